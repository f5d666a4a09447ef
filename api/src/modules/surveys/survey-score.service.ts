import { DEFAULT_TIME_ZONE } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import type { SurveyQuarter, SurveyScore } from './surveys.types';

interface ScoreRow {
  account_id: string;
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  average: number;
  nps: number;
  quarters: SurveyQuarter[];
}

/** The four quarters ending with the one `today` falls in, oldest first (e.g. 2026-Q1…Q4). */
export function lastFourQuarters(today: string): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const index = year * 4 + Math.floor((month - 1) / 3);
  return [3, 2, 1, 0].map((back) => {
    const i = index - back;
    return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  });
}

/**
 * The customer's voice in numbers, in SQL: per account, NPS (% promoters 9–10 − % detractors
 * 0–6, one decimal), answers and their average over the last four quarters (in the company's
 * time zone, this quarter included), and each quarter's NPS and answers. A contact is one voice
 * a quarter, their latest answer: the team holds every link it sends, so links answered by
 * the same contact (or by whoever held them) do not add up.
 */
export class SurveyScoreService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {}

  /** One account's score; null when the account is not visible to the caller. */
  async score(ctx: Caller, accountId: string): Promise<SurveyScore | null> {
    if (!isUuid(accountId)) return null;
    const account = await ctx.loaders.accountById.load(accountId);
    if (!account) return null;
    const [row] = await this.rows(ctx, accountId, 1);
    const quarters = lastFourQuarters(ctx.today());
    return row
      ? shaped(row, quarters)
      : {
          accountId,
          nps: null,
          responses: 0,
          average: null,
          promoters: 0,
          passives: 0,
          detractors: 0,
          trend: quarters.map((quarter) => ({ quarter, nps: null, responses: 0 })),
        };
  }

  /** The visible accounts with answers, lowest NPS first (the manager desk's worst first). */
  async worst(ctx: Caller, first: number): Promise<SurveyScore[]> {
    const quarters = lastFourQuarters(ctx.today());
    return (await this.rows(ctx, null, first)).map((row) => shaped(row, quarters));
  }

  private async rows(ctx: Caller, accountId: string | null, limit: number): Promise<ScoreRow[]> {
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'f.account_id', 5);
    return this.db.query(
      `WITH answers AS (
         SELECT f.account_id, f.survey_score AS s, f.created_at,
                date_trunc('quarter', f.created_at AT TIME ZONE $1) AS q,
                COALESCE(i.contact_id, f.id) AS voice
           FROM feedback f
           LEFT JOIN survey_invitation i ON i.id = (f.survey_answers ->> 'invitationId')::uuid
          WHERE f.kind = 'SURVEY' AND f.survey_score IS NOT NULL
            AND f.created_at AT TIME ZONE $1 >= date_trunc('quarter', $2::date::timestamp) - interval '9 months'
            AND f.created_at AT TIME ZONE $1 < date_trunc('quarter', $2::date::timestamp) + interval '3 months'
            AND ($3::uuid IS NULL OR f.account_id = $3) AND ${scope.sql}
       ),
       a AS (
         SELECT DISTINCT ON (account_id, voice, q) account_id, s, q
           FROM answers ORDER BY account_id, voice, q, created_at DESC
       ),
       by_quarter AS (
         SELECT account_id, to_char(q, 'YYYY-"Q"Q') AS quarter, count(*)::int AS responses,
                count(*) FILTER (WHERE s >= 9) - count(*) FILTER (WHERE s <= 6) AS net
           FROM a GROUP BY account_id, q
       ),
       per_account AS (
         SELECT account_id, count(*)::int AS responses,
                count(*) FILTER (WHERE s >= 9)::int AS promoters,
                count(*) FILTER (WHERE s BETWEEN 7 AND 8)::int AS passives,
                count(*) FILTER (WHERE s <= 6)::int AS detractors,
                round(avg(s), 2)::float8 AS average
           FROM a GROUP BY account_id
       )
       SELECT p.*, round(100.0 * (p.promoters - p.detractors) / p.responses, 1)::float8 AS nps,
              (SELECT json_agg(json_build_object('quarter', b.quarter, 'responses', b.responses,
                        'nps', round(100.0 * b.net / b.responses, 1)::float8))
                 FROM by_quarter b WHERE b.account_id = p.account_id) AS quarters
         FROM per_account p
        ORDER BY nps ASC, p.responses DESC, p.account_id
        LIMIT $4`,
      [this.timeZone, ctx.today(), accountId, limit, ...scope.values],
    );
  }
}

function shaped(row: ScoreRow, quarters: string[]): SurveyScore {
  const byQuarter = new Map(row.quarters.map((q) => [q.quarter, q]));
  return {
    accountId: row.account_id,
    nps: row.nps,
    responses: row.responses,
    average: row.average,
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    trend: quarters.map(
      (quarter) => byQuarter.get(quarter) ?? { quarter, nps: null, responses: 0 },
    ),
  };
}
