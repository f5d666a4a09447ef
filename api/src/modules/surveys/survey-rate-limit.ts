import type { DataSource } from 'typeorm';
import { refusal } from '../../common/app-error';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';

/**
 * Requests per calendar minute to the public survey page from one client address, counted
 * in Postgres by one atomic upsert (as BI tokens are), so every API process counts the same:
 * the limit holds with one replica or four. A fixed window; 0 turns it off.
 */
export class SurveyRateLimit {
  constructor(
    private readonly db: DataSource,
    private readonly perMinute: number,
  ) {}

  async take(client: string): Promise<void> {
    if (this.perMinute <= 0) return;
    const [row] = (await withDbScope(SYSTEM_SCOPE, () =>
      this.db.query(
        `INSERT INTO survey_request_usage AS u (client, minute, requests)
         VALUES ($1, date_trunc('minute', clock_timestamp()), 1)
         ON CONFLICT (client, minute) DO UPDATE SET requests = u.requests + 1
         RETURNING u.requests,
                   ceil(extract(epoch FROM u.minute + interval '1 minute' - clock_timestamp()))::int
                     AS retry_after`,
        [client],
      ),
    )) as { requests: number; retry_after: number }[];
    if (row!.requests === 1) {
      // A new minute for this address: its earlier minutes (and anyone's older ones) go.
      void withDbScope(SYSTEM_SCOPE, () =>
        this.db.query(
          `DELETE FROM survey_request_usage
            WHERE minute < date_trunc('minute', clock_timestamp()) - interval '1 minute'
               OR (client = $1 AND minute < date_trunc('minute', clock_timestamp()))`,
          [client],
        ),
      ).catch(() => undefined);
    }
    if (row!.requests > this.perMinute) {
      throw refusal('RATE_LIMITED', 'SURVEY_RATE_LIMITED', {
        retryAfterSeconds: Math.max(1, row!.retry_after),
        limitPerMinute: this.perMinute,
      });
    }
  }
}
