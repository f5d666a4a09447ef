import type { EntityManager } from 'typeorm';
import { returnedRows } from '../../db/mutation';
import { staleContactsSql } from '../customer-org/relationship-rhythm';

/**
 * The live signals that raise an account risk (issue 20, seed 004), each a SELECT of
 * (account, cause, title, likelihood, impact, owner, since) at `$1` (now), `since` being when
 * this episode of the cause began. The worker raises one live risk per cause — the unique index
 * on the open (account, source, cause) decides, so two workers racing raise one — and raises it
 * again only for a new episode after a person closed it (a contact cooling again after a
 * visit), never for the one they closed.
 */
const AR_OF = (account: string) =>
  `(SELECT m.user_id FROM account_team_member m
     WHERE m.account_id = ${account} AND m.team_role = 'AR' ORDER BY m.id LIMIT 1)`;

export const RISK_SIGNALS: { source: string; sql: string }[] = [
  {
    // The same people as the KEY_CONTACT_LEFT trigger: a decision maker or an influential
    // contact who left in the last 30 days.
    source: 'KEY_CONTACT_LEFT',
    sql: `SELECT c.account_id, c.id, '关键人离职 Key contact left: ' || c.name, 4, 4, ${AR_OF('c.account_id')},
                 c.left_at
            FROM contact c
           WHERE c.status = 'LEFT' AND c.left_at IS NOT NULL AND c.left_at > $1::timestamptz - interval '30 days'
             AND (c.influence >= 4 OR c.buying_roles && ARRAY['DECISION_MAKER', 'ECONOMIC_BUYER']::text[])`,
  },
  {
    // Past the cadence of their level: decision level weighs more.
    source: 'RELATIONSHIP_STALE',
    sql: `SELECT s.account_id, s.contact_id, '关系变冷 Relationship cooling: ' || s.name, 3,
                 CASE WHEN s.level IN ('EXECUTIVE', 'DECISION') THEN 4 ELSE 2 END, ${AR_OF('s.account_id')},
                 s.due_at
            FROM (${staleContactsSql()}) s`,
  },
  {
    // A competitor named on an open deal that closes within 90 days.
    source: 'COMPETITOR',
    sql: `SELECT o.account_id, o.id, '竞争对手 Competitor on: ' || o.name, 3,
                 CASE WHEN st.probability >= 75 THEN 4 ELSE 3 END, o.owner_id,
                 '-infinity'::timestamptz
            FROM opportunity o JOIN funnel_stage st ON st.id = o.stage_id
           WHERE NOT (st.is_won OR st.is_lost) AND jsonb_array_length(o.competitors) > 0
             AND o.expected_close_date IS NOT NULL AND o.expected_close_date <= ($1::timestamptz + interval '90 days')::date`,
  },
  {
    // A step of the customer's chain past its expected finish.
    source: 'CHAIN_LATE',
    sql: `SELECT r.account_id, s.id, '审批逾期 Chain late: ' || r.title || ' · ' || s.name, 3, 3, ${AR_OF('r.account_id')},
                 s.expected_finish
            FROM process_run_step s JOIN process_run r ON r.id = s.run_id
           WHERE s.status IN ('PENDING', 'IN_REVIEW', 'BLOCKED') AND r.status = 'RUNNING'
             AND s.expected_finish IS NOT NULL AND s.expected_finish < $1::timestamptz`,
  },
];

/**
 * Raises the risks the signals hold for; returns how many were new. Rows go in one fixed order
 * so that two workers racing wait for each other rather than deadlock.
 */
export async function raiseSignalledRisks(manager: EntityManager, now: Date): Promise<number> {
  let raised = 0;
  for (const signal of RISK_SIGNALS) {
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO account_risk (account_id, cause_id, title, likelihood, impact, owner_id, source)
         SELECT q.account_id, q.cause_id, q.title, q.likelihood, q.impact, q.owner_id, $2::text
           FROM (${signal.sql}) AS q(account_id, cause_id, title, likelihood, impact, owner_id, since)
          WHERE NOT EXISTS (
            SELECT 1 FROM account_risk r
             WHERE r.account_id = q.account_id AND r.source = $2::text AND r.cause_id = q.cause_id
               AND (r.status <> 'CLOSED' OR r.closed_at >= q.since))
          ORDER BY q.account_id, q.cause_id
         ON CONFLICT (account_id, source, cause_id) WHERE cause_id IS NOT NULL AND status <> 'CLOSED'
         DO NOTHING
         RETURNING id`,
        [now, signal.source],
      ),
    );
    raised += rows.length;
  }
  return raised;
}
