import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { InternalResource } from '../resources/internal-resource.entity';
import { Escalation, EscalationRule } from './escalation.entity';

/** Rules and resources: configuration, readable by everyone who may see the rows. */
export function createEscalationLoaders(
  db: DataSource,
  scopeOf: () => Promise<AccountScope>,
  viewerId: () => string,
) {
  const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (keys) => {
      const rows = await load(keys.filter(isUuid));
      const map = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => map.get(key) ?? null);
    });
  return {
    /** Escalations by id, as the list shows them: the account's team, or whom it reached. */
    escalationById: new DataLoader<string, Escalation | null>(async (keys) => {
      const scope = accountScopeCondition(await scopeOf(), 'e.account_id');
      const rows = await db
        .getRepository(Escalation)
        .createQueryBuilder('e')
        .where('e.id = ANY(:ids::uuid[])', { ids: keys.filter(isUuid) })
        .andWhere(`(e.target_user_id = :me OR ${scope.sql})`, { ...scope.params, me: viewerId() })
        .getMany();
      const map = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => map.get(key) ?? null);
    }),
    ruleById: byId((ids) => db.getRepository(EscalationRule).findBy({ id: In(ids) })),
    resourceById: byId((ids) => db.getRepository(InternalResource).findBy({ id: In(ids) })),
    /** The highest open level on an object (a milestone, a task…): how far its chain has gone. */
    openLevelByObjectId: new DataLoader<string, number | null>(async (keys) => {
      const rows: { object_id: string; level: number }[] = await db.query(
        `SELECT object_id, max(level) AS level FROM escalation
          WHERE status = 'OPEN' AND object_id = ANY($1::uuid[]) GROUP BY object_id`,
        [keys.filter(isUuid)],
      );
      const levels = new Map(rows.map((row) => [row.object_id, Number(row.level)]));
      return keys.map((key) => levels.get(key) ?? null);
    }),
    /** The run of a run step, the contract of a milestone: what to open for the object. */
    objectParentId: new DataLoader<Escalation, string | null, string>(
      async (rows) => {
        const ids = (type: string) =>
          rows.filter((r) => r.objectType === type).map((r) => r.objectId);
        const parents: { id: string; parent: string }[] = await db.query(
          `SELECT id, run_id AS parent FROM process_run_step WHERE id = ANY($1::uuid[])
           UNION ALL
           SELECT id, contract_id FROM payment_milestone WHERE id = ANY($2::uuid[])`,
          [ids('RUN_STEP'), ids('MILESTONE')],
        );
        const byId = new Map(parents.map((row) => [row.id, row.parent]));
        return rows.map((row) => byId.get(row.objectId) ?? null);
      },
      { cacheKeyFn: (row) => row.id },
    ),
  };
}
