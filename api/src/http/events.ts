import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { AppError } from '../common/app-error';
import type { NotificationHub } from '../modules/notifications/notification-hub';
import { readsAsBi, type Viewer } from '../modules/identity/viewer';

/** A stream whose credential cannot be re-read (LISTEN down) is checked this often. */
const RECHECK_MS = 60_000;
/**
 * Streams one person may hold open at once: a tab each, with room to spare. Each holds a
 * socket, timers and a credential check on every change; past this, one insider could use
 * up the process's connections.
 */
export const MAX_STREAMS_PER_USER = 20;
/** How far the streams' checks after a credential change are spread. */
const CHECK_SPREAD_MS = 250;
/** setTimeout's own ceiling; a later expiry is caught by the periodic check. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `GET /events`: server-sent events for the signed-in user (Authorization header as for
 * /graphql). Each stored notification arrives as `event: notification`; a comment every
 * 25 s keeps proxies from closing the stream. The console reconnects by itself and reads
 * what it missed from `notifications`.
 *
 * A stream lives no longer than its credential: it ends with `event: ended` when its token
 * expires, and when the user's password, roles or status change or the user departs (the
 * credential NOTIFY makes every stream check its token again).
 */
export function eventRoutes(
  hub: NotificationHub,
  authenticate: (header: string | undefined) => Promise<Viewer>,
  credentialChanges: (listener: () => void) => () => void,
  log: Logger,
  open: Set<Response>,
) {
  const router = express.Router();
  const streamsOf = new Map<string, number>();
  router.get('/events', async (req: Request, res: Response) => {
    let viewer: Viewer;
    try {
      viewer = await authenticate(req.headers.authorization);
      if (readsAsBi(viewer)) throw new AppError('FORBIDDEN', 'Live events are for people');
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'UNAUTHENTICATED';
      res.status(code === 'FORBIDDEN' ? 403 : 401).json({ error: { code } });
      return;
    }
    const held = streamsOf.get(viewer.userId) ?? 0;
    if (held >= MAX_STREAMS_PER_USER) {
      res.set('retry-after', '60');
      res.status(429).json({ error: { code: 'RATE_LIMITED', limit: MAX_STREAMS_PER_USER } });
      return;
    }
    streamsOf.set(viewer.userId, held + 1);
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    open.add(res);
    let unsubscribe: () => void = () => undefined;
    const timers: NodeJS.Timeout[] = [];
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 25_000);
    timers.push(heartbeat);
    let stopWatching: () => void = () => undefined;
    let closed = false;
    let pendingCheck: NodeJS.Timeout | null = null;
    const close = () => {
      if (closed) return;
      closed = true;
      if (pendingCheck) clearTimeout(pendingCheck);
      const left = (streamsOf.get(viewer.userId) ?? 1) - 1;
      if (left > 0) streamsOf.set(viewer.userId, left);
      else streamsOf.delete(viewer.userId);
      timers.forEach((timer) => clearTimeout(timer));
      stopWatching();
      unsubscribe();
      open.delete(res);
    };
    const end = (reason: string) => {
      if (res.writableEnded) return;
      res.write(`event: ended\ndata: ${JSON.stringify({ code: 'UNAUTHENTICATED', reason })}\n\n`);
      res.end();
      close();
    };
    const recheck = () => {
      authenticate(req.headers.authorization).then(
        (again) => {
          if (again.userId !== viewer.userId) end('SESSION_ENDED');
        },
        (error: unknown) => {
          const reason = error instanceof AppError ? error.extensions.reason : undefined;
          // Only a refused credential ends the stream; a database hiccup does not.
          if (error instanceof AppError && error.code === 'UNAUTHENTICATED')
            end(typeof reason === 'string' ? reason : 'SESSION_ENDED');
        },
      );
    };
    // A change NOTIFY reaches every stream at once; each checks a moment later, spread over a
    // quarter second, and several changes in that moment cost one check (the cache reads each
    // user once for all their streams).
    stopWatching = credentialChanges(() => {
      if (pendingCheck || closed) return;
      pendingCheck = setTimeout(() => {
        pendingCheck = null;
        recheck();
      }, Math.random() * CHECK_SPREAD_MS);
      pendingCheck.unref();
    });
    timers.push(setInterval(recheck, RECHECK_MS));
    if (viewer.expiresAt !== undefined) {
      const left = viewer.expiresAt - Date.now();
      if (left < MAX_TIMER_MS) timers.push(setTimeout(() => end('TOKEN_EXPIRED'), left));
    }
    timers.forEach((timer) => timer.unref());
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
