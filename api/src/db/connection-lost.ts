/** SQLSTATEs meaning the server cannot serve us right now, and the socket errors of an unreachable one. */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown: the server is stopping (fast shutdown ends every session)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** node-postgres reports a connection lost under a query by message only. */
const CONNECTION_LOST =
  /^Connection terminated|is not queryable|^timeout exceeded when trying to connect/;
/**
 * TypeORM's answer when a transaction's connection died under it and was released before the
 * next statement (or the rollback) ran: the connection was lost, not the request wrong.
 */
const RELEASED_RUNNER = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * Whether `test` holds for the error or one it wraps (Apollo's originalError, TypeORM's
 * driverError, a cause, an AggregateError's errors).
 */
export function anyCause(error: unknown, test: (e: ErrorLike) => boolean, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as ErrorLike;
  if (test(e)) return true;
  return [
    e.originalError,
    e.driverError,
    e.cause,
    ...(Array.isArray(e.errors) ? e.errors : []),
  ].some((inner) => inner !== error && anyCause(inner, test, depth + 1));
}

/**
 * Whether the error says the database is unreachable: class 08 (connection exception), a
 * shutdown, or a refused or dropped socket.
 */
export function databaseUnavailable(error: unknown): boolean {
  return anyCause(
    error,
    (e) =>
      (typeof e.code === 'string' &&
        (UNAVAILABLE_CODES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code))) ||
      (typeof e.message === 'string' && CONNECTION_LOST.test(e.message)) ||
      (e instanceof Error && RELEASED_RUNNER.has(e.name)),
  );
}

/** Backends ended under an open connection: terminated by an administrator, or a crash. */
const ENDED_CODES = new Set(['57P01', '57P02', 'ECONNRESET', 'EPIPE']);

/**
 * Whether a connection that was open is gone: its backend was ended or its socket dropped.
 * Narrower than `databaseUnavailable`: a refused connect (the server is down) or a wait for
 * the pool that timed out (it is busy) is not a lost connection, and trying again would only
 * wait again.
 */
export function connectionLost(error: unknown): boolean {
  return anyCause(
    error,
    (e) =>
      (typeof e.code === 'string' && ENDED_CODES.has(e.code)) ||
      (typeof e.message === 'string' &&
        /^Connection terminated|is not queryable/.test(e.message) &&
        !/timeout/.test(e.message)) ||
      (e instanceof Error && RELEASED_RUNNER.has(e.name)),
  );
}

/**
 * Runs `work` again while it fails on a lost connection before it did anything, at most once
 * more than the pool holds connections. Postgres ends idle backends (an administrator's
 * pg_terminate_backend, a failover, a firewall's idle timeout), and the pool hears of it only
 * when the socket says so, or when a connection is next used: every idle one may be dead. A
 * connection that fails on its first statement did nothing, and fails at once, so another one
 * may do the work. `untouched` says whether the failed attempt had done nothing yet.
 */
export async function retryOnLostConnection<T>(
  db: { options: object },
  work: () => Promise<T>,
  untouched: () => boolean = () => true,
): Promise<T> {
  const attempts = ((db.options as { extra?: { max?: number } }).extra?.max ?? 10) + 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !untouched() || !connectionLost(error)) throw error;
    }
  }
}
