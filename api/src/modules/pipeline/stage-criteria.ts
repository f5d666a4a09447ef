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

/** What the database holds of the criteria, read ahead (e.g. with the deal's lock). */
export type HeldCriteria = Partial<Record<StageCriterion, boolean>>;

/**
 * The criteria that do not hold yet: those kept in the database from `known` when read
 * ahead, else checked in one statement.
 */
export async function unmetCriteria(
  manager: EntityManager,
  deal: Pick<Opportunity, 'id' | 'accountId' | 'contractAmount' | 'leadId'>,
  stages: FunnelStage[],
  facts: MoveFacts,
  known?: HeldCriteria,
): Promise<StageCriterion[]> {
  const wanted = [...new Set(stages.flatMap((s) => s.entryCriteria))];
  const inSql = wanted.filter((criterion) => criterion in HELD_IN_SQL);
  const held: HeldCriteria = { ...known };
  if (inSql.some((criterion) => held[criterion] === undefined)) {
    const [row] = (await manager.query(
      `SELECT ${inSql.map((c) => `EXISTS (${HELD_IN_SQL[c as keyof typeof HELD_IN_SQL]}) AS "${c}"`).join(', ')}
         FROM (SELECT $1::uuid AS deal, $2::uuid AS account, $3::uuid AS lead) p`,
      [deal.id, deal.accountId, deal.leadId],
    )) as Record<string, boolean>[];
    Object.assign(held, row);
  }
  held.CONTRACT_AMOUNT = (facts.contractAmount ?? deal.contractAmount) != null;
  held.REASON_NOTE = !!facts.note?.trim();
  return wanted.filter((criterion) => !held[criterion]);
}

/**
 * The criteria kept in the database that a move of the deal `o` to the stage named by
 * `targetSql` may ask for, as one JSON object: what the read of a move takes with the row, so
 * the move needs no statement for them. Only criteria of the target, or of a stage at or below
 * it, are worked out (a move back asks for none); any other is left out, and `unmetCriteria`
 * reads one left out that a move does ask for.
 */
export function heldCriteriaSql(targetSql: string): string {
  const pairs = Object.entries(HELD_IN_SQL).map(
    ([c, sql]) => `'${c}', CASE WHEN '${c}' = ANY (n.wanted) THEN EXISTS (${sql}) END`,
  );
  return `(SELECT jsonb_strip_nulls(jsonb_build_object(${pairs.join(', ')}))
             FROM (SELECT o.id AS deal, o.account_id AS account, o.lead_id AS lead) p,
                  (SELECT ARRAY(SELECT unnest(s.entry_criteria)
                                  FROM funnel_stage s JOIN funnel_stage t ON t.id = ${targetSql}
                                 WHERE s.id = t.id
                                    OR (NOT t.is_lost AND NOT s.is_lost AND s.position <= t.position))
                  ) n(wanted))`;
}

/** Each criterion kept in the database, as a query on `p`: the deal, its account and its lead. */
const HELD_IN_SQL = {
  // A visit, call or meeting in the log — or the qualified lead the deal came from: budget,
  // authority, need and timing each confirmed with a note saying how we know means we have
  // talked to the customer (a lead converted over missing items does not).
  ACTIVITY_LOGGED: `SELECT 1 FROM activity WHERE opportunity_id = p.deal OR account_id = p.account
                    UNION ALL
                    SELECT 1 FROM lead l
                     WHERE l.id = p.lead AND l.budget_confirmed AND l.authority_confirmed
                       AND l.need_confirmed AND l.timing_confirmed`,
  DECISION_MAKER: `SELECT 1 FROM opportunity_contact
                    WHERE opportunity_id = p.deal AND role IN ('DECISION_MAKER', 'ECONOMIC_BUYER')`,
  SOLUTION_WORK: `SELECT 1 FROM process_run
                   WHERE subject_type = 'OPPORTUNITY' AND subject_id = p.deal AND status <> 'CANCELLED'
                  UNION ALL
                  SELECT 1 FROM task
                   WHERE opportunity_id = p.deal AND kind IN ('SOLUTION', 'BID') AND status <> 'CANCELLED'`,
} satisfies Partial<Record<StageCriterion, string>>;
