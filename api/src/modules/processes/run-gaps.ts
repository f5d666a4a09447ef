import type { DealTeamRole, RunStepGap } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { notifyUser } from '../notifications/notify-user';

/**
 * For open steps of running runs: who on our side carries each one and which gaps it has
 * (seed 000: every approver must be someone our team knows). A named owner carries it while
 * they may see the account, else the team role, else the AR. A relationship counts when its
 * owner sits on the account's team. `$1` filters the steps (see callers).
 */
const CHAIN_SQL = (where: string) => `
  SELECT s.id, s.name, s.run_id, s.status, s.owner_role, s.owner_user_id, s.step_id,
         s.approver_contact_id, s.approver_org_unit_id, s.expected_start,
         r.account_id, r.title AS run_title, r.started_by_id, r.subject_type, r.subject_id,
         c.name AS contact_name, u.name AS unit_name,
         COALESCE(
           (SELECT x.id FROM "user" x WHERE x.id = s.owner_user_id
               AND trident_may_see_account(x.id, r.account_id)),
           (SELECT m.user_id FROM account_team_member m
              JOIN "user" x ON x.id = m.user_id AND x.status = 'ACTIVE'
             WHERE m.account_id = r.account_id AND m.team_role = s.owner_role
             ORDER BY m.id LIMIT 1)) AS owner_id,
         (SELECT m.user_id FROM account_team_member m
            JOIN "user" x ON x.id = m.user_id AND x.status = 'ACTIVE'
           WHERE m.account_id = r.account_id AND m.team_role = 'AR' ORDER BY m.id LIMIT 1) AS ar_id,
         (s.approver_contact_id IS NULL AND s.approver_org_unit_id IS NULL) AS approver_unknown,
         (c.id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM account_team_member m
             WHERE m.account_id = r.account_id AND m.user_id = c.relationship_owner_id)) AS approver_uncovered,
         (s.approver_contact_id IS NULL AND s.approver_org_unit_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM contact k JOIN account_team_member m
                ON m.account_id = r.account_id AND m.user_id = k.relationship_owner_id
             WHERE k.org_unit_id = s.approver_org_unit_id AND k.status = 'ACTIVE')) AS unit_uncovered
    FROM process_run_step s
    JOIN process_run r ON r.id = s.run_id
    LEFT JOIN contact c ON c.id = s.approver_contact_id
    LEFT JOIN org_unit u ON u.id = s.approver_org_unit_id
   WHERE ${where}`;

interface ChainRow {
  id: string;
  name: string;
  run_id: string;
  status: string;
  owner_role: DealTeamRole | null;
  owner_user_id: string | null;
  step_id: string | null;
  approver_contact_id: string | null;
  approver_org_unit_id: string | null;
  expected_start: Date | null;
  account_id: string;
  run_title: string;
  started_by_id: string;
  subject_type: string;
  subject_id: string;
  contact_name: string | null;
  unit_name: string | null;
  owner_id: string | null;
  ar_id: string | null;
  approver_unknown: boolean;
  approver_uncovered: boolean;
  unit_uncovered: boolean;
}

export interface StepCarry {
  /** The colleague who carries the step: the named one, else the team member in its role. */
  ownerId: string | null;
  /** Open steps only: finished steps have no gaps. */
  gaps: RunStepGap[];
}

const OPEN = `s.status IN ('PENDING', 'IN_REVIEW', 'BLOCKED') AND r.status = 'RUNNING'`;

function gapsOf(row: ChainRow): RunStepGap[] {
  const gaps: RunStepGap[] = [];
  if (row.approver_unknown) gaps.push('APPROVER_UNKNOWN');
  if (row.approver_uncovered) gaps.push('APPROVER_UNCOVERED');
  if (row.unit_uncovered) gaps.push('UNIT_UNCOVERED');
  if (!row.owner_id) gaps.push('NO_OWNER');
  return gaps;
}

/** Owner and gaps of the given run steps, one statement (a DataLoader's batch). */
export async function carryOfSteps(
  manager: EntityManager,
  stepIds: readonly string[],
): Promise<Map<string, StepCarry>> {
  const rows = (await manager.query(CHAIN_SQL('s.id = ANY($1::uuid[])'), [stepIds])) as ChainRow[];
  return new Map(
    rows.map((row) => [
      row.id,
      {
        ownerId: row.owner_id,
        gaps: ['PENDING', 'IN_REVIEW', 'BLOCKED'].includes(row.status) ? gapsOf(row) : [],
      },
    ]),
  );
}

const TITLES: Record<RunStepGap, (row: ChainRow) => string> = {
  APPROVER_UNKNOWN: (r) => `查明审批人 · Find out who approves "${r.name}"`,
  APPROVER_UNCOVERED: (r) => `结识 ${r.contact_name} · Cover ${r.contact_name} before "${r.name}"`,
  UNIT_UNCOVERED: (r) => `覆盖 ${r.unit_name} · Cover ${r.unit_name} before "${r.name}"`,
  NO_OWNER: (r) =>
    `指定 ${r.owner_role ?? 'AR'} · Name our ${r.owner_role ?? 'AR'} for "${r.name}"`,
};

const DAY = 86_400_000;

/**
 * What a gap is, whichever run meets it: covering 张伟 once covers him for every run that
 * waits on him, so the gap is the contact (the unit, the empty role, the template step
 * whose approver nobody knows), not the step.
 */
function gapKey(row: ChainRow, gap: RunStepGap): string {
  switch (gap) {
    case 'APPROVER_UNKNOWN':
      return `unknown:${row.step_id ?? row.id}`;
    case 'APPROVER_UNCOVERED':
      return `contact:${row.approver_contact_id}`;
    case 'UNIT_UNCOVERED':
      return `unit:${row.approver_org_unit_id}`;
    case 'NO_OWNER':
      return row.owner_user_id ? `user:${row.owner_user_id}` : `role:${row.owner_role ?? 'AR'}`;
  }
}

/**
 * Gaps become tasks: exactly one open task per gap of the account's running chains — for
 * the owner of the first step that needs it (or the AR), due the day before that step is
 * expected to start. A task whose gap is covered is closed (DONE); one no step needs any
 * more is cancelled. The partial unique index on (account, gap key) over open tasks keeps
 * it one when re-plans race. Call it in the transaction of anything that changes a chain
 * or who covers whom.
 */
export async function syncGapTasks(manager: EntityManager, accountId: string): Promise<void> {
  const rows = (await manager.query(CHAIN_SQL(`r.account_id = $1 AND ${OPEN}`), [
    accountId,
  ])) as ChainRow[];
  // The first step (by expected start) that needs each gap speaks for it.
  const first = new Map<string, { row: ChainRow; gap: RunStepGap }>();
  for (const row of rows)
    for (const gap of gapsOf(row)) {
      const key = gapKey(row, gap);
      const known = first.get(key);
      if (
        !known ||
        (row.expected_start?.getTime() ?? Infinity) <
          (known.row.expected_start?.getTime() ?? Infinity)
      )
        first.set(key, { row, gap });
    }
  const wanted = [...first.entries()];
  const now = Date.now();
  if (wanted.length) {
    const values = wanted.map(([key, { row, gap }]) => ({
      key,
      stepId: row.id,
      gap,
      title: TITLES[gap](row).slice(0, 200),
      content: `客户链条「${row.run_title}」有一步无人覆盖。Run "${row.run_title}": nobody on our side carries "${row.name}" (seed 000: every approver must be someone our team knows).`,
      assignee: (gap === 'NO_OWNER' ? row.ar_id : (row.owner_id ?? row.ar_id)) ?? row.started_by_id,
      requester: row.started_by_id,
      due: new Date(Math.max((row.expected_start?.getTime() ?? now) - DAY, now + DAY)),
      opportunityId: row.subject_type === 'OPPORTUNITY' ? row.subject_id : null,
    }));
    const created = (await manager.query(
      `INSERT INTO task (account_id, opportunity_id, kind, title, content, due, assignee_id,
                         requester_id, status, gap_step_id, gap_kind, gap_key)
       SELECT $1, v.opportunity_id, 'RELATIONSHIP', v.title, v.content, v.due, v.assignee,
              v.requester, 'PROPOSED', v.step_id, v.gap, v.key
         FROM unnest($2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::uuid[],
                     $8::uuid[], $9::timestamptz[], $10::uuid[])
           AS v(key, step_id, gap, title, content, assignee, requester, due, opportunity_id)
       ON CONFLICT (account_id, gap_key)
         WHERE gap_key IS NOT NULL AND status NOT IN ('DONE', 'CANCELLED') DO NOTHING
       RETURNING id, assignee_id, title`,
      [
        accountId,
        values.map((v) => v.key),
        values.map((v) => v.stepId),
        values.map((v) => v.gap),
        values.map((v) => v.title),
        values.map((v) => v.content),
        values.map((v) => v.assignee),
        values.map((v) => v.requester),
        values.map((v) => v.due),
        values.map((v) => v.opportunityId),
      ],
    )) as { id: string; assignee_id: string; title: string }[];
    for (const task of created)
      await notifyUser(manager, {
        userId: task.assignee_id,
        kind: 'TASK',
        title: { key: 'TEXT', text: task.title },
        body: null,
        entity: 'Task',
        entityId: task.id,
        accountId,
      });
  }
  // Close what no step needs any more: covered (DONE), or no open step waits on it
  // (CANCELLED: the step passed, was skipped, or its run ended).
  await manager.query(
    `UPDATE task t
        SET status = CASE WHEN still.needed THEN 'DONE' ELSE 'CANCELLED' END,
            done_at = CASE WHEN still.needed THEN now() END,
            review_notes = CASE WHEN still.needed
                                THEN '已覆盖 Covered: the gap is closed'
                                ELSE '不再需要 No open step needs this any more' END,
            version = t.version + 1
       FROM (SELECT x.id, x.gap_key = ANY($3::text[]) AS needed
               FROM task x
              WHERE x.account_id = $1 AND x.gap_key IS NOT NULL
                AND x.status NOT IN ('DONE', 'CANCELLED')
                AND NOT (x.gap_key = ANY($2::text[]))) still
      WHERE t.id = still.id`,
    [accountId, wanted.map(([key]) => key), needed(rows)],
  );
}

/**
 * The gap keys that open steps still have, covered or not: a task whose key is among them
 * closed because someone covered the gap; otherwise because no step needs it.
 */
function needed(rows: ChainRow[]): string[] {
  return rows.flatMap((row) => [
    `unknown:${row.step_id ?? row.id}`,
    ...(row.approver_contact_id ? [`contact:${row.approver_contact_id}`] : []),
    ...(row.approver_org_unit_id ? [`unit:${row.approver_org_unit_id}`] : []),
    row.owner_user_id ? `user:${row.owner_user_id}` : `role:${row.owner_role ?? 'AR'}`,
  ]);
}
