/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type-checking is `pnpm typecheck`'s job; tests only transpile, which is much faster.
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  setupFiles: ['reflect-metadata'],
  testSequencer: '<rootDir>/test/support/sequencer.mjs',
  testTimeout: 60_000,
  // Two cores: more workers only fight over the CPU with Postgres.
  maxWorkers: 2,
};
