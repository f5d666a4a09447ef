import fs from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Where the built console is: CONSOLE_DIR, else the @trident/console package's dist. */
export function findConsoleDir(configured?: string): string | null {
  const candidate =
    configured ??
    (() => {
      try {
        return path.join(path.dirname(require.resolve('@trident/console/package.json')), 'dist');
      } catch {
        return null;
      }
    })();
  return candidate && fs.existsSync(path.join(candidate, 'index.html')) ? candidate : null;
}

/** Serves the single-page console; unknown paths get index.html so deep links work. */
export function consoleRoutes(dir: string): Router {
  const router = express.Router();
  // Vite names built assets by content hash: they never change under their name.
  // The build writes .br and .gz beside each: served as they are, never compressed per request.
  router.use(
    '/assets',
    expressStaticGzip(path.join(dir, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      index: false,
      serveStatic: { maxAge: '1y', immutable: true },
    }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(dir, 'index.html'));
  });
  return router;
}
