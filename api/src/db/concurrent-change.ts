import { anyCause } from './connection-lost';

/**
 * SQLSTATEs by which Postgres rolls a transaction back because of another one, not because of
 * anything in it: two writers that each hold a row the other needs (deadlock_detected) and a
 * serialization failure. The transaction did nothing; the same work run again sees the other's
 * result.
 */
const CONCURRENT_CODES = new Set(['40P01', '40001']);

export function concurrentChange(error: unknown): boolean {
  return anyCause(error, (e) => typeof e.code === 'string' && CONCURRENT_CODES.has(e.code));
}

/**
 * A unique violation that reached the transaction's end untranslated: a check-then-write (is
 * this position free? has this person preferences yet?) that another writer beat between its
 * read and its write. Run again, the check sees the winner's row and answers as it would have
 * (a refusal in words, or an update instead of an insert). A service that means a violation
 * as its answer (a claim, a taken email) translates it before it gets here.
 */
function lostRace(error: unknown): boolean {
  return concurrentChange(error) || anyCause(error, (e) => e.code === '23505');
}

/** Tries after the first: Postgres picks one victim per deadlock, so the next try nearly always passes. */
const RETRIES = 4;

/**
 * Runs a transaction again when it lost to another one (above), after a short random pause
 * that grows with each try (two victims retrying in step would meet again). A rollback for
 * another transaction left after the last try reaches the caller as CONFLICT
 * (CONCURRENT_CHANGE, `format-error.ts`); a unique violation left then is a service's bug, and
 * is logged as one.
 */
export async function retryOnConcurrentChange<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= RETRIES || !lostRace(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, (attempt + 1) * (5 + Math.random() * 20)));
    }
  }
}
