import type { DataSource } from 'typeorm';
import { AppError } from '../../common/app-error';

/** Failed sign-ins allowed per window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 50 } as const;

/**
 * Slows password guessing: after too many failures for an account (or from one address)
 * in the window, sign-in is refused with RATE_LIMITED — even with the right password —
 * until the window has passed. A success clears the account's count.
 */
export class LoginThrottleService {
  constructor(private readonly db: DataSource) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const rows: { key: string; failures: number }[] = await this.db.query(
      `SELECT key, failures FROM login_throttle
        WHERE key = ANY($1::text[]) AND window_start > now() - make_interval(mins => $2)`,
      [keys(email, ip), LOGIN_LIMITS.windowMinutes],
    );
    for (const row of rows) {
      const limit = row.key.startsWith('email:') ? LOGIN_LIMITS.perEmail : LOGIN_LIMITS.perIp;
      if (row.failures >= limit) {
        throw new AppError(
          'RATE_LIMITED',
          `Too many failed sign-ins: try again in ${LOGIN_LIMITS.windowMinutes} minutes`,
          { retryAfterMinutes: LOGIN_LIMITS.windowMinutes },
        );
      }
    }
  }

  async recordFailure(email: string, ip: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO login_throttle (key, window_start, failures)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(mins => $2)
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(mins => $2)
                             THEN login_throttle.window_start ELSE now() END`,
      [keys(email, ip), LOGIN_LIMITS.windowMinutes],
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_throttle WHERE key = $1', [`email:${normalize(email)}`]);
  }
}

const normalize = (email: string) => email.trim().toLowerCase();
const keys = (email: string, ip: string | null) => [
  `email:${normalize(email)}`,
  ...(ip ? [`ip:${ip}`] : []),
];
