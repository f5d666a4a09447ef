import type { CadenceKey } from '@trident/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import type { ContactRhythm, StaleRelationship } from './customer-org.types';
import { RelationshipCadence } from './relationship-cadence.entity';
import { cadenceDaysSql, lastContactsSql, staleContactsSql } from './relationship-rhythm';
import { requirePageBounds } from '../../graphql/pagination/page-bounds';

const DAY = 86_400_000;

interface StaleRow {
  contact_id: string;
  account_id: string;
  relationship_owner_id: string | null;
  last_at: Date | null;
  recent: number | null;
  cadence: number;
  due_at: Date;
}

/**
 * Last contact, cadence and cooling relationships (issue 20, seed 003). Cadences are ADMIN's;
 * everything else is derived from the visit log in SQL.
 */
export class RelationshipRhythmService {
  constructor(private readonly db: DataSource) {}

  cadences(): Promise<RelationshipCadence[]> {
    return this.db.getRepository(RelationshipCadence).find({ order: { key: 'ASC' } });
  }

  /** Sets (or, with `days` null, removes) the cadence of a level; audited. */
  async setCadence(ctx: Caller, key: CadenceKey, days: number | null) {
    if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= 730))
      throw badInput('days', 'BETWEEN', { min: 1, max: 730 });
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(RelationshipCadence);
      const before = await repository
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.key = :key', { key })
        .getOne();
      if (days === null) await repository.delete({ key });
      else
        await manager.query(
          `INSERT INTO relationship_cadence (key, days) VALUES ($1, $2)
           ON CONFLICT (key) DO UPDATE SET days = EXCLUDED.days, updated_at = now()`,
          [key, days],
        );
      const after = days === null ? null : await repository.findOneByOrFail({ key });
      await audit({
        action: 'relationshipCadence.set',
        entity: 'RelationshipCadence',
        entityId: key,
        before: before ?? null,
        after: after ?? { key, days: null },
      });
      return repository.find({ order: { key: 'ASC' } });
    });
  }

  /** The rhythm of each contact asked for, in one statement per batch. */
  rhythmLoader(): DataLoader<string, ContactRhythm> {
    return new DataLoader(async (ids) => {
      const now = new Date();
      const rows: {
        id: string;
        last_at: Date | null;
        recent: number | null;
        cadence: number | null;
        created_at: Date;
        active: boolean;
      }[] = await this.db.query(
        `SELECT c.id, m.last_at, m.recent, ${cadenceDaysSql('c')} AS cadence, c.created_at,
                c.status = 'ACTIVE' AS active
           FROM contact c
           LEFT JOIN (${lastContactsSql(
             '$1::uuid[]',
             'SELECT k.account_id FROM contact k WHERE k.id = ANY($1::uuid[])',
             '$2::timestamptz',
           )}) m ON m.contact_id = c.id
          WHERE c.id = ANY($1::uuid[])`,
        [ids, now],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => {
        const row = byId.get(id);
        const last = row?.last_at ? new Date(row.last_at) : null;
        const cadence = row?.cadence ?? null;
        const dueAt =
          row && cadence !== null
            ? new Date((last ?? new Date(row.created_at)).getTime() + cadence * DAY)
            : null;
        return {
          lastContactedAt: last,
          contactsLast90Days: row?.recent ?? 0,
          cadenceDays: cadence,
          dueAt,
          stale: !!row?.active && dueAt !== null && dueAt.getTime() < now.getTime(),
        };
      });
    });
  }

  /** Cooling relationships of the caller's accounts (or one of them), most overdue first. */
  async stale(
    ctx: Caller,
    accountId: string | undefined,
    first = 50,
    offset = 0,
  ): Promise<{ rows: StaleRelationship[]; total: number }> {
    requirePageBounds(first, offset);
    const now = new Date();
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'c.account_id', 2);
    const params: unknown[] = [now, ...scope.values];
    let where = scope.sql;
    if (accountId !== undefined) {
      requireUuid('accountId', accountId);
      params.push(accountId);
      where += ` AND c.account_id = $${params.length}::uuid`;
    }
    params.push(first, offset);
    const rows: (StaleRow & { total_rows: string })[] = await this.db.query(
      `SELECT s.*, count(*) OVER () AS total_rows FROM (${staleContactsSql(where)}) s
        ORDER BY s.due_at, s.contact_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      rows: rows.map((r) => ({
        contactId: r.contact_id,
        accountId: r.account_id,
        relationshipOwnerId: r.relationship_owner_id,
        lastContactedAt: r.last_at ? new Date(r.last_at) : null,
        contactsLast90Days: r.recent ?? 0,
        cadenceDays: r.cadence,
        dueAt: new Date(r.due_at),
        daysOverdue: Math.floor((now.getTime() - new Date(r.due_at).getTime()) / DAY),
      })),
      total: rows[0] ? Number(rows[0].total_rows) : 0,
    };
  }
}
