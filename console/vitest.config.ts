import { defineConfig } from 'vitest/config';

// Unit tests cover providers and translations (no JSX), so no React plugin is needed here.
export default defineConfig({
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    // One jsdom per worker instead of one per file: 75 s → 10 s for the suite, most of it was
    // building jsdom 53 times. The files share no state but the browser's storage (cleared
    // before each file, below) and the globals they stub (each restores its own afterEach).
    isolate: false,
    setupFiles: ['./src/test-setup.ts'],
  },
});
