import type { TimelineKind } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import type { Page } from '../../graphql/pagination/connection';
import { decodeCursor, encodeCursor } from '../../graphql/pagination/cursor';
import { DEFAULT_PAGE_SIZE } from '@trident/domain';
import type { TimelineEntry } from './pipeline.types';

const encode = (row: TimelineEntry) => encodeCursor([row.at.toISOString(), row.id]);
const decode = (cursor: string) =>
  decodeCursor(cursor, ['timestamptz', 'uuid']) as [string, string];

/**
 * One account's history, newest first: visits, stage moves of its deals and contested
 * claims, merged in SQL and paged by a (time, id) keyset. Rows are loaded afterwards
 * through the request's DataLoaders, one batch per kind.
 */
export class TimelineService {
  constructor(private readonly db: DataSource) {}

  async forAccount(
    ctx: Caller,
    accountId: string,
    page: PageArgs,
  ): Promise<Page<TimelineEntry> | null> {
    requireUuid('accountId', accountId);
    if (!(await ctx.loaders.accountById.load(accountId))) return null;
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decode(page.after) : null;
    if (after && page.offset) throw badInput('offset', 'NOT_WITH_AFTER');
    const union = `
      SELECT 'ACTIVITY' AS kind, v.id, v.occurred_at AS at, v.created_by_id AS actor_id
        FROM activity v WHERE v.account_id = $1
      UNION ALL
      SELECT 'STAGE_CHANGE', c.id, c.at, c.actor_id
        FROM stage_change c JOIN opportunity o ON o.id = c.opportunity_id WHERE o.account_id = $1
      UNION ALL
      SELECT 'CLAIM_ATTEMPT', a.id, a.attempted_at, a.claimer_id
        FROM claim_attempt a WHERE a.account_id = $1`;
    const rows: { kind: TimelineKind; id: string; at: Date; actor_id: string | null }[] =
      await this.db.query(
        `SELECT * FROM (${union}) t
          WHERE ($2::timestamptz IS NULL OR (t.at, t.id) < ($2::timestamptz, $3::uuid))
          ORDER BY t.at DESC, t.id DESC
          LIMIT $4 OFFSET $5`,
        [accountId, after?.[0] ?? null, after?.[1] ?? null, first + 1, page.offset ?? 0],
      );
    const nodes = rows
      .slice(0, first)
      .map((r) => ({ id: r.id, kind: r.kind, at: new Date(r.at), actorId: r.actor_id }));
    const cursors = nodes.map(encode);
    return {
      nodes,
      cursors,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null || (page.offset ?? 0) > 0,
        startCursor: cursors[0] ?? null,
        endCursor: cursors[cursors.length - 1] ?? null,
      },
      count: async () => {
        const [row] = (await this.db.query(`SELECT count(*)::int AS n FROM (${union}) t`, [
          accountId,
        ])) as { n: number }[];
        return row!.n;
      },
    };
  }
}
