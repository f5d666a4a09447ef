import { Router } from 'express';
import type { DataSource } from 'typeorm';

/** Probes for orchestrators: /healthz = the process answers, /readyz = the database too. */
export function healthRoutes(db: DataSource): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([
        db.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('database timeout')), 2000).unref(),
        ),
      ]);
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', database: (error as Error).message });
    }
  });
  return router;
}
