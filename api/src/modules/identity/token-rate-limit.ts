import type { DataSource } from 'typeorm';
import { refusal } from '../../common/app-error';

/**
 * Requests per calendar minute allowed to one BI token, counted in Postgres by one atomic
 * upsert, so every API process counts the same requests: the limit is the same with one
 * replica or four. A fixed window: at most the limit in each minute (so up to twice the limit
 * across a minute's boundary).
 */
export class TokenRateLimit {
  constructor(
    private readonly db: DataSource,
    private readonly perMinute: number,
  ) {}

  async take(tokenId: string): Promise<void> {
    if (this.perMinute <= 0) return;
    const [row] = (await this.db.query(
      `INSERT INTO api_token_usage AS u (token_id, minute, requests)
       VALUES ($1, date_trunc('minute', clock_timestamp()), 1)
       ON CONFLICT (token_id, minute) DO UPDATE SET requests = u.requests + 1
       RETURNING u.requests,
                 ceil(extract(epoch FROM u.minute + interval '1 minute' - clock_timestamp()))::int
                   AS retry_after`,
      [tokenId],
    )) as { requests: number; retry_after: number }[];
    if (row!.requests === 1) {
      // A new minute for this token: its earlier minutes are of no more use.
      void this.db
        .query(
          `DELETE FROM api_token_usage
            WHERE token_id = $1 AND minute < date_trunc('minute', clock_timestamp())`,
          [tokenId],
        )
        .catch(() => undefined);
    }
    if (row!.requests > this.perMinute) {
      throw refusal('RATE_LIMITED', 'TOKEN_RATE_LIMITED', {
        retryAfterSeconds: Math.max(1, row!.retry_after),
        limitPerMinute: this.perMinute,
      });
    }
  }
}
