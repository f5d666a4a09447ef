import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { InternalResource } from '../resources/internal-resource.entity';
import { EscalationRule } from './escalation.entity';

/** Rules and resources: configuration, readable by everyone who may see the rows. */
export function createEscalationLoaders(db: DataSource) {
  const byId = <T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) =>
    new DataLoader<string, T | null>(async (keys) => {
      const rows = await load(keys.filter(isUuid));
      const map = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => map.get(key) ?? null);
    });
  return {
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
  };
}
