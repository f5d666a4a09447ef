import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../common/app-error';
import type { NotificationHub } from '../modules/notifications/notification-hub';
import type { Viewer } from '../modules/identity/viewer';

/**
 * `GET /events`: server-sent events for the signed-in user (Authorization header as for
 * /graphql). Each stored notification arrives as `event: notification`; a comment every
 * 25 s keeps proxies from closing the stream. The console reconnects by itself and reads
 * what it missed from `notifications`.
 */
export function eventRoutes(
  hub: NotificationHub,
  authenticate: (header: string | undefined) => Promise<Viewer>,
  log: Logger,
  open: Set<Response>,
) {
  const router = express.Router();
  router.get('/events', async (req: Request, res: Response) => {
    let viewer: Viewer;
    try {
      viewer = await authenticate(req.headers.authorization);
      if (viewer.kind !== 'USER') throw new AppError('FORBIDDEN', 'Live events are for people');
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'UNAUTHENTICATED';
      res.status(code === 'FORBIDDEN' ? 403 : 401).json({ error: { code } });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    open.add(res);
    let unsubscribe: () => void = () => undefined;
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    heartbeat.unref();
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    };
    req.on('close', close);
    try {
      unsubscribe = await hub.subscribe(viewer.userId, (event) => {
        res.write(`event: notification\nid: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      if (res.writableEnded || req.destroyed) unsubscribe();
      // Only now is the listener in place: a client that waits for this misses nothing.
      else res.write(': connected\n\n');
    } catch (error) {
      log.error({ err: error }, 'cannot listen for notifications');
      res.end();
    }
  });
  return router;
}
