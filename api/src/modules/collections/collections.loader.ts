import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { EvidenceItem, Payment, PaymentMilestone } from './contract.entity';

/** Contract relations, read only through a contract or milestone already visible. */
export function createCollectionLoaders(db: DataSource) {
  const ids = (keys: readonly string[]) => keys.filter(isUuid);
  return {
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
