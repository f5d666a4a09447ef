import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** Probes for orchestrators: /healthz = the process answers, /readyz = the database too. */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database timeout')), 2000).unref(),
        ),
      ]);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      // The reason goes to the log; the public answer names no host, port or driver message.
      req.log?.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'not ready', database: 'unavailable' });
    }
  });
  return router;
}
