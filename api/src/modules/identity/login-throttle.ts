import type { DataSource } from 'typeorm';
import { refusal } from '../../common/app-error';

/** Failed sign-ins allowed per window, per account and per client address. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 50 } as const;

/** The keys one sign-in attempt was counted under. */
export interface CountedAttempt {
  email: string;
  ip: string | null;
}

/**
 * Slows password guessing: every attempt is counted per account and per client address
 * *before* its password is checked, in one atomic statement, so N parallel guesses get at
 * most the limit checked; past the limit sign-in is refused with RATE_LIMITED — even with
 * the right password — until the window has passed. A success takes its own attempt back
 * and clears the account's count.
 */
export class LoginThrottleService {
  constructor(private readonly db: DataSource) {}

  async countAttempt(email: string, ip: string | null): Promise<CountedAttempt> {
    const rows: { key: string; failures: number }[] = await this.db.query(
      `INSERT INTO login_throttle (key, window_start, failures)
       SELECT k, now(), 1 FROM unnest($1::text[]) AS k
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start > now() - make_interval(mins => $2)
                         THEN login_throttle.failures + 1 ELSE 1 END,
         window_start = CASE WHEN login_throttle.window_start > now() - make_interval(mins => $2)
                             THEN login_throttle.window_start ELSE now() END
       RETURNING key, failures`,
      [keys(email, ip), LOGIN_LIMITS.windowMinutes],
    );
    for (const row of rows) {
      const limit = row.key.startsWith('email:') ? LOGIN_LIMITS.perEmail : LOGIN_LIMITS.perIp;
      if (row.failures > limit) {
        throw refusal('RATE_LIMITED', 'TOO_MANY_SIGN_INS', {
          retryAfterMinutes: LOGIN_LIMITS.windowMinutes,
        });
      }
    }
    return { email, ip };
  }

  /** The attempt was right: the account starts afresh, the address gets its count back. */
  async recordSuccess({ email, ip }: CountedAttempt): Promise<void> {
    await this.db.query(
      `WITH cleared AS (DELETE FROM login_throttle WHERE key = $1)
       UPDATE login_throttle SET failures = greatest(failures - 1, 0) WHERE key = $2`,
      [`email:${normalize(email)}`, ip ? `ip:${ip}` : null],
    );
  }
}

const normalize = (email: string) => email.trim().toLowerCase();
const keys = (email: string, ip: string | null) => [
  `email:${normalize(email)}`,
  ...(ip ? [`ip:${ip}`] : []),
];
