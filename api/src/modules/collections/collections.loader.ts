import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { ProcessRunStep } from '../processes/process-run.entity';
import { battleMapLines } from './battle-map.service';
import type { BattleMapRow } from './collections.types';
import { Contract, EvidenceItem, Payment, PaymentMilestone } from './contract.entity';

/** Contract relations, read only through a contract or milestone already visible. */
export function createCollectionLoaders(db: DataSource, today: () => string) {
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
    // A contract's line of the battle map at the request's today: one statement per page.
    collectionByContractId: new DataLoader<string, BattleMapRow | null>((keys) =>
      battleMapLines(db, today(), keys),
    ),
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
    /** The run steps a milestone waits on (its gates), in run order. */
    gatesByMilestoneId: new DataLoader<string, ProcessRunStep[]>(async (keys) => {
      const gates: { milestone_id: string; run_step_id: string }[] = await db.query(
        'SELECT milestone_id, run_step_id FROM milestone_gate WHERE milestone_id = ANY($1::uuid[])',
        [ids(keys)],
      );
      if (!gates.length) return keys.map(() => []);
      const steps = await db
        .getRepository(ProcessRunStep)
        .createQueryBuilder('s')
        .where('s.id = ANY(:ids::uuid[])', { ids: [...new Set(gates.map((g) => g.run_step_id))] })
        .orderBy('s.position')
        .getMany();
      const byId = new Map(steps.map((step) => [step.id, step]));
      return keys.map((key) =>
        gates
          .filter((g) => g.milestone_id === key)
          .map((g) => byId.get(g.run_step_id))
          .filter((step): step is ProcessRunStep => !!step),
      );
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
