import type { StageCriterion } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import type { FunnelStage } from './funnel-stage.entity';
import type { Opportunity } from './opportunity.entity';

export interface MoveFacts {
  note?: string | null;
  contractAmount?: string | null;
}

/**
 * The stages whose entry criteria a move must satisfy: moving forward, every stage
 * passed on the way and the target (a deal that skips a stage still needs what that
 * stage asks for); moving into a lost stage, only the lost stage's own; moving back, none.
 */
export function stagesToCheck(
  stages: FunnelStage[],
  from: FunnelStage | null,
  to: FunnelStage,
): FunnelStage[] {
  if (to.isLost) return [to];
  const fromPosition = from && !from.isLost ? from.position : Number.NEGATIVE_INFINITY;
  if (to.position <= fromPosition) return [];
  return stages.filter((s) => !s.isLost && s.position > fromPosition && s.position <= to.position);
}

/** The criteria that do not hold yet, checked in SQL against the deal as it stands. */
export async function unmetCriteria(
  manager: EntityManager,
  deal: Pick<Opportunity, 'id' | 'accountId' | 'contractAmount' | 'leadId'>,
  stages: FunnelStage[],
  facts: MoveFacts,
): Promise<StageCriterion[]> {
  const wanted = [...new Set(stages.flatMap((s) => s.entryCriteria))];
  const unmet: StageCriterion[] = [];
  for (const criterion of wanted) {
    if (!(await holds(manager, deal, criterion, facts))) unmet.push(criterion);
  }
  return unmet;
}

async function holds(
  manager: EntityManager,
  deal: Pick<Opportunity, 'id' | 'accountId' | 'contractAmount' | 'leadId'>,
  criterion: StageCriterion,
  facts: MoveFacts,
): Promise<boolean> {
  const exists = async (sql: string, params: unknown[]) =>
    ((await manager.query(`SELECT EXISTS (${sql}) AS ok`, params)) as { ok: boolean }[])[0]!.ok;
  switch (criterion) {
    case 'ACTIVITY_LOGGED':
      // A visit, call or meeting in the log — or the qualified lead the deal came from:
      // budget, authority, need and timing each confirmed with a note saying how we know
      // means we have talked to the customer (a lead converted over missing items does not).
      return exists(
        `SELECT 1 FROM activity WHERE opportunity_id = $1 OR account_id = $2
         UNION ALL
         SELECT 1 FROM lead l
          WHERE l.id = $3 AND l.budget_confirmed AND l.authority_confirmed
            AND l.need_confirmed AND l.timing_confirmed`,
        [deal.id, deal.accountId, deal.leadId],
      );
    case 'DECISION_MAKER':
      return exists(
        `SELECT 1 FROM opportunity_contact
          WHERE opportunity_id = $1 AND role IN ('DECISION_MAKER', 'ECONOMIC_BUYER')`,
        [deal.id],
      );
    case 'SOLUTION_WORK':
      return exists(
        `SELECT 1 FROM process_run
          WHERE subject_type = 'OPPORTUNITY' AND subject_id = $1 AND status <> 'CANCELLED'
         UNION ALL
         SELECT 1 FROM task
          WHERE opportunity_id = $1 AND kind IN ('SOLUTION', 'BID') AND status <> 'CANCELLED'`,
        [deal.id],
      );
    case 'CONTRACT_AMOUNT':
      return (facts.contractAmount ?? deal.contractAmount) != null;
    case 'REASON_NOTE':
      return !!facts.note?.trim();
  }
}
