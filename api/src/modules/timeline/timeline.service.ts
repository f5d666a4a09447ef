import type { TimelineKind } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import type { Page } from '../../graphql/pagination/connection';
import { decodeCursor, encodeCursor } from '../../graphql/pagination/cursor';
import { DEFAULT_PAGE_SIZE } from '@trident/domain';
import type { TimelineEntry } from './timeline.types';
import { visibleAccountCte } from '../accounts/account-scope';

const encode = (row: TimelineEntry) => encodeCursor([row.at.toISOString(), row.id]);
const decode = (cursor: string) =>
  decodeCursor(cursor, ['timestamptz', 'uuid']) as [string, string];

/**
 * Every kind of event of one account in one UNION ALL: each branch gives the row, its time,
 * who did it and what the entry opens (`ref_id`). Each branch is read through its table's
 * account index.
 */
const EVENTS_SQL = `
  SELECT 'ACTIVITY' AS kind, v.id, v.occurred_at AS at, v.created_by_id AS actor_id, v.id AS ref_id
    FROM activity v WHERE v.account_id = $1
  UNION ALL
  SELECT 'STAGE_CHANGE', c.id, c.at, c.actor_id, c.id
    FROM stage_change c JOIN opportunity o ON o.id = c.opportunity_id WHERE o.account_id = $1
  UNION ALL
  SELECT 'CLAIM_ATTEMPT', a.id, a.attempted_at, a.claimer_id, a.id
    FROM claim_attempt a WHERE a.account_id = $1
  UNION ALL
  SELECT 'FEEDBACK', f.id, f.created_at, f.reporter_id, f.id FROM feedback f WHERE f.account_id = $1
  UNION ALL
  SELECT 'TASK_DONE', t.id, t.done_at, t.assignee_id, t.id
    FROM task t WHERE t.account_id = $1 AND t.status = 'DONE' AND t.done_at IS NOT NULL
  UNION ALL
  SELECT 'PAYMENT', p.id, p.recorded_at, p.recorded_by_id, p.milestone_id
    FROM payment p JOIN payment_milestone m ON m.id = p.milestone_id WHERE m.account_id = $1
  UNION ALL
  SELECT 'ESCALATION', e.id, e.created_at, NULL::uuid, e.id FROM escalation e WHERE e.account_id = $1
  UNION ALL
  SELECT 'CONTRACT', k.id, k.signed_at::timestamptz, k.created_by_id, k.id
    FROM contract k WHERE k.account_id = $1 AND k.signed_at IS NOT NULL
  UNION ALL
  SELECT 'RISK', r.id, r.created_at, r.created_by_id, r.id FROM account_risk r WHERE r.account_id = $1`;

/**
 * One account's history, newest first: visits, stage moves, contested claims, feedback
 * (surveys too), tasks done, payments, escalations, contracts signed and risks, merged in SQL,
 * filtered by kind and paged by a (time, id) keyset. Rows are loaded afterwards through the
 * request's DataLoaders, one batch per kind, each in its own list's scope: an entry whose row
 * the caller may not read (an escalation they are not party to…) opens nothing.
 */
export class TimelineService {
  constructor(private readonly db: DataSource) {}

  async forAccount(
    ctx: Caller,
    accountId: string,
    page: PageArgs,
    kinds?: TimelineKind[],
  ): Promise<Page<TimelineEntry> | null> {
    requireUuid('accountId', accountId);
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? decode(page.after) : null;
    if (after && page.offset) throw badInput('offset', 'NOT_WITH_AFTER');
    const only = kinds?.length ? kinds : null;
    // One statement: the account's visibility (the caller's accounts, as accountById), the
    // count of the kinds asked and the page. The events are merged once: every branch is read
    // whole anyway to sort the union, so counting them costs next to nothing.
    const visible = visibleAccountCte(await ctx.accountScope(), 7);
    const [result] = (await this.db.query(
      `WITH ${visible.sql},
       events AS MATERIALIZED (
         SELECT * FROM (${EVENTS_SQL}) t
          WHERE EXISTS (SELECT 1 FROM v) AND ($6::text[] IS NULL OR t.kind = ANY($6::text[])))
       SELECT EXISTS (SELECT 1 FROM v) AS visible,
              (SELECT count(*)::int FROM events) AS total,
              (SELECT COALESCE(json_agg(json_build_object('kind', p.kind, 'id', p.id, 'at', p.at,
                                                          'actor_id', p.actor_id, 'ref_id', p.ref_id)
                                        ORDER BY p.at DESC, p.id DESC), '[]'::json)
                 FROM (SELECT * FROM events e
                        WHERE $2::timestamptz IS NULL OR (e.at, e.id) < ($2::timestamptz, $3::uuid)
                        ORDER BY e.at DESC, e.id DESC
                        LIMIT $4 OFFSET $5) p) AS rows`,
      [
        accountId,
        after?.[0] ?? null,
        after?.[1] ?? null,
        first + 1,
        page.offset ?? 0,
        only,
        ...visible.values,
      ],
    )) as {
      visible: boolean;
      total: number;
      rows: {
        kind: TimelineKind;
        id: string;
        at: string;
        actor_id: string | null;
        ref_id: string;
      }[];
    }[];
    if (!result?.visible) return null;
    const { rows, total } = result;
    const nodes = rows.slice(0, first).map((r) => ({
      id: r.id,
      kind: r.kind,
      at: new Date(r.at),
      actorId: r.actor_id,
      refId: r.ref_id,
    }));
    const cursor = (i: number) => encode(nodes[i]!);
    return {
      nodes,
      cursor,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null || (page.offset ?? 0) > 0,
        startCursor: nodes.length ? cursor(0) : null,
        endCursor: nodes.length ? cursor(nodes.length - 1) : null,
      },
      count: async () => total,
    };
  }
}
