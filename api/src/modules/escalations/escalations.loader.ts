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
  };
}
