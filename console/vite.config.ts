import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built console on the same origin as /graphql; in dev, Vite proxies it.
export default defineConfig({
  plugins: [react()],
  base: '/',
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/events': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    // One chunk: react-admin, MUI, recharts, and since codegen the typed documents and the
    // static introspection the adapter reads (≈ 0.6 MB of the 3.2 MB, 35 kB gzipped).
    chunkSizeWarningLimit: 3300,
  },
});
