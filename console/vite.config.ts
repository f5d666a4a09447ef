import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// `pnpm dev`: the API listens on PORT (as in `pnpm start`), Vite on CONSOLE_PORT.
const apiPort = Number(process.env.PORT ?? 4000);

// The API serves the built console on the same origin as /graphql; in dev, Vite proxies it.
export default defineConfig({
  // .br and .gz beside each asset, built once: the API serves them as they are.
  plugins: [react(), compression({ algorithms: ['gzip', 'brotliCompress'] })],
  base: '/',
  server: {
    port: Number(process.env.CONSOLE_PORT ?? 5173),
    proxy: Object.fromEntries(
      ['/graphql', '/events', '/files', '/survey'].map((route) => [
        route,
        `http://localhost:${apiPort}`,
      ]),
    ),
  },
  build: {
    outDir: 'dist',
    // Pages, charts, the org chart and the board are split off (resources/registry.ts,
    // lazy-named.ts); the entry keeps react, MUI, react-admin and Apollo (≈ 1.3 MB, 280 kB
    // gzipped). The first load is measured by test/e2e/console-weight.e2e.test.ts in the API.
    chunkSizeWarningLimit: 1400,
  },
});
