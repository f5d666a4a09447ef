import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { Contract, EvidenceItem, Payment, PaymentMilestone } from './contract.entity';

/** Contract relations, read only through a contract or milestone already visible. */
export function createCollectionLoaders(db: DataSource) {
  const ids = (keys: readonly string[]) => keys.filter(isUuid);
  return {
    // Contracts are reached from rows (milestones, battle map lines) already scoped.
    contractById: new DataLoader<string, Contract | null>(async (keys) => {
      const rows = await db
        .getRepository(Contract)
        .createQueryBuilder('c')
        .where('c.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    // Milestones reached from a payment the caller was already allowed to read.
    milestoneById: new DataLoader<string, PaymentMilestone | null>(async (keys) => {
      const rows = await db
        .getRepository(PaymentMilestone)
        .createQueryBuilder('m')
        .where('m.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    milestonesByContractId: new DataLoader<string, PaymentMilestone[]>(async (keys) => {
      const rows = await db
        .getRepository(PaymentMilestone)
        .createQueryBuilder('m')
        .where('m.contract_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('m.position')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.contractId);
    }),
    evidenceByMilestoneId: new DataLoader<string, EvidenceItem[]>(async (keys) => {
      const rows = await db
        .getRepository(EvidenceItem)
        .createQueryBuilder('e')
        .where('e.milestone_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('e.required', 'DESC')
        .addOrderBy('e.code')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.milestoneId);
    }),
    paymentsByMilestoneId: new DataLoader<string, Payment[]>(async (keys) => {
      const rows = await db
        .getRepository(Payment)
        .createQueryBuilder('p')
        .where('p.milestone_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('p.paid_at')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.milestoneId);
    }),
  };
}
