import { defineConfig } from 'vitest/config';

// Unit tests cover providers and translations (no JSX), so no React plugin is needed here.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
