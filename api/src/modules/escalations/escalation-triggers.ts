import type { EscalationObject, EscalationTrigger } from '@trident/domain';
import { staleContactsSql } from '../customer-org/relationship-rhythm';

/**
 * For each trigger, the SQL that finds the objects it holds for at `$1` (now) with the
 * rule's threshold `$2` (hours): the object, its account, its owner (the first person a
 * chain reaches) and when the chain's clock started. Everything is relative to the
 * injected `now`, never the database clock, so tests control time.
 */
export const TRIGGERS: Record<EscalationTrigger, { object: EscalationObject; sql: string }> = {
  // Seed 003: the collection manager first, then the AR (their relationship with the
  // customer's finance head), then the manager.
  PAYMENT_OVERDUE: {
    object: 'MILESTONE',
    sql: `SELECT m.id, m.account_id, COALESCE(fm.user_id, ar.user_id),
                 (m.due + 1)::timestamptz + make_interval(hours => $2),
                 '回款逾期 Payment overdue: ' || c.title || ' · ' || m.kind
            FROM payment_milestone m
            JOIN contract c ON c.id = m.contract_id
            LEFT JOIN account_team_member ar ON ar.account_id = m.account_id AND ar.team_role = 'AR'
            LEFT JOIN LATERAL (SELECT f.user_id FROM account_team_member f
                                WHERE f.account_id = m.account_id AND f.team_role = 'FINANCE' LIMIT 1) fm ON TRUE
           WHERE m.stage <> 'PAID' AND (m.due + 1)::timestamptz + make_interval(hours => $2) <= $1`,
  },
  // Seed 000: the reminder the day before a task is due.
  TASK_DUE_SOON: {
    object: 'TASK',
    sql: `SELECT t.id AS object_id, t.account_id, COALESCE(t.assignee_id, t.requester_id) AS owner_id,
                 t.due - make_interval(hours => $2) AS started_at, '即将到期 Due soon: ' || t.title AS summary
            FROM task t
           WHERE t.status NOT IN ('DONE', 'CANCELLED') AND t.due > $1
             AND t.due <= $1 + make_interval(hours => $2)`,
  },
  TASK_OVERDUE: {
    object: 'TASK',
    sql: `SELECT t.id, t.account_id, COALESCE(t.assignee_id, t.requester_id),
                 t.due + make_interval(hours => $2), '已逾期 Overdue: ' || t.title
            FROM task t
           WHERE t.status NOT IN ('DONE', 'CANCELLED') AND t.due + make_interval(hours => $2) <= $1`,
  },
  APPROVAL_BLOCKED: {
    object: 'RUN_STEP',
    sql: `SELECT s.id, r.account_id, m.user_id,
                 s.since + make_interval(hours => $2), '审批受阻 Approval blocked: ' || r.title || ' · ' || s.name
            FROM process_run_step s
            JOIN process_run r ON r.id = s.run_id
            LEFT JOIN account_team_member m ON m.account_id = r.account_id AND m.team_role = 'AR'
           WHERE s.status = 'BLOCKED' AND r.status = 'RUNNING' AND s.since + make_interval(hours => $2) <= $1`,
  },
  // Issue 16: a step of the customer's chain past its expected finish, for the colleague
  // who carries it (named while they may see the account, else the team role, else the AR).
  APPROVAL_LATE: {
    object: 'RUN_STEP',
    sql: `SELECT s.id, r.account_id,
                 COALESCE(
                   (SELECT u.id FROM "user" u WHERE u.id = s.owner_user_id
                      AND trident_may_see_account(u.id, r.account_id)),
                   (SELECT m.user_id FROM account_team_member m
                      JOIN "user" x ON x.id = m.user_id AND x.status = 'ACTIVE'
                     WHERE m.account_id = r.account_id AND m.team_role = s.owner_role ORDER BY m.id LIMIT 1),
                   (SELECT m.user_id FROM account_team_member m
                     WHERE m.account_id = r.account_id AND m.team_role = 'AR' ORDER BY m.id LIMIT 1)),
                 s.expected_finish + make_interval(hours => $2),
                 '审批逾期 Approval late: ' || r.title || ' · ' || s.name
            FROM process_run_step s
            JOIN process_run r ON r.id = s.run_id
           WHERE s.status IN ('PENDING', 'IN_REVIEW', 'BLOCKED') AND r.status = 'RUNNING'
             AND s.expected_finish IS NOT NULL
             AND s.expected_finish + make_interval(hours => $2) <= $1`,
  },
  FEEDBACK_UNACKED: {
    object: 'FEEDBACK',
    sql: `SELECT f.id, f.account_id, f.routed_to_id,
                 f.created_at + make_interval(hours => $2), '反馈未确认 Feedback not acknowledged: ' || left(f.text, 80)
            FROM feedback f
           WHERE f.acknowledged_at IS NULL AND f.created_at + make_interval(hours => $2) <= $1`,
  },
  // Seed 003: a major incident reaches us first — a major complaint, or a customer who
  // answered a survey 0–4 (issue 20: the customer's own voice).
  NEGATIVE_FEEDBACK: {
    object: 'FEEDBACK',
    sql: `SELECT f.id, f.account_id, f.routed_to_id,
                 f.created_at + make_interval(hours => $2), '负面反馈 Negative feedback: ' || left(f.text, 80)
            FROM feedback f
           WHERE ((f.kind = 'NEGATIVE' AND f.severity IN ('MAJOR', 'CRITICAL'))
                  OR (f.kind = 'SURVEY' AND f.survey_score <= 4))
             AND f.acknowledged_at IS NULL
             AND f.created_at + make_interval(hours => $2) <= $1`,
  },
  STAGE_STALLED: {
    object: 'OPPORTUNITY',
    sql: `SELECT o.id, o.account_id, o.owner_id,
                 o.stage_entered_at + make_interval(hours => $2), '商机停滞 Deal stalled: ' || o.name
            FROM opportunity o JOIN funnel_stage st ON st.id = o.stage_id
           WHERE NOT (st.is_won OR st.is_lost) AND o.stage_entered_at + make_interval(hours => $2) <= $1`,
  },
  // A decision maker or influential contact left in the last 30 days: the relationship is at risk.
  KEY_CONTACT_LEFT: {
    object: 'CONTACT',
    sql: `SELECT c.id, c.account_id, COALESCE(c.relationship_owner_id, m.user_id),
                 c.left_at + make_interval(hours => $2), '关键人离职 Key contact left: ' || c.name
            FROM contact c
            LEFT JOIN account_team_member m ON m.account_id = c.account_id AND m.team_role = 'AR'
           WHERE c.status = 'LEFT' AND c.left_at IS NOT NULL
             AND c.left_at + make_interval(hours => $2) <= $1 AND c.left_at > $1 - interval '30 days'
             AND (c.influence >= 4 OR c.buying_roles && ARRAY['DECISION_MAKER', 'ECONOMIC_BUYER']::text[])`,
  },
  // Seed 003: a decision maker or rising star not met within the cadence of their level, for
  // their relationship owner while they hold a seat on the team, else the AR. Cleared (and the
  // escalation resolved) by the next visit that meets them.
  RELATIONSHIP_STALE: {
    object: 'CONTACT',
    sql: `SELECT s.contact_id, s.account_id,
                 COALESCE((SELECT m.user_id FROM account_team_member m
                            WHERE m.account_id = s.account_id AND m.user_id = s.relationship_owner_id LIMIT 1),
                          (SELECT m.user_id FROM account_team_member m
                            WHERE m.account_id = s.account_id AND m.team_role = 'AR' ORDER BY m.id LIMIT 1)),
                 s.due_at + make_interval(hours => $2), '关系变冷 Relationship cooling: ' || s.name
            FROM (${staleContactsSql()}) s
           WHERE s.due_at + make_interval(hours => $2) <= $1`,
  },
  // Seed 000: "if you are stuck, ask the leader at once" — the requester first, then the AR,
  // then the manager, while nobody answers.
  TASK_STUCK: {
    object: 'TASK',
    sql: `SELECT t.id, t.account_id, t.requester_id,
                 t.stuck_at + make_interval(hours => $2), '受阻求助 Stuck: ' || t.title
            FROM task t
           WHERE t.status = 'STUCK' AND t.stuck_at + make_interval(hours => $2) <= $1`,
  },
};
