import { DEFAULT_STEP_OWNER, type ProcessKind } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { AMOUNT_CHANGED_NOTE } from '../modules/pipeline/opportunity.service';
import { ProcessRun, ProcessRunPlan } from '../modules/processes/process-run.entity';
import { ProcessTemplate } from '../modules/processes/process-template.entity';
import { syncGapTasks } from '../modules/processes/run-gaps';
import { readSubject } from '../modules/processes/run-subject';
import { replan, reschedule, startRun } from '../modules/processes/run-planner';

const DAY = 86_400_000;

/**
 * The customer's chains as an AR meets them on a morning (issue 16): deals on time and
 * late in their chain, one blocked, one re-planned after its amount changed, steps whose
 * approver nobody on our side knows (and the tasks to cover them), and an acceptance
 * signature holding an overdue payment. Runs the planner itself, then moves the clock of
 * what the demo says happened earlier.
 */
export async function seedChains(manager: EntityManager): Promise<void> {
  // Steps the demo wrote directly: their owner by process kind, their observed dates.
  for (const [kind, role] of Object.entries(DEFAULT_STEP_OWNER) as [ProcessKind, string][]) {
    await manager.query(
      `UPDATE process_run_step s SET owner_role = $2
         FROM process_run r JOIN process_template t ON t.id = r.template_id
        WHERE s.run_id = r.id AND t.kind = $1 AND s.owner_role IS NULL AND s.owner_user_id IS NULL`,
      [kind, role],
    );
  }
  await manager.query(
    `UPDATE process_run_step SET
       started_at = CASE WHEN status <> 'PENDING' THEN since END,
       finished_at = CASE WHEN status IN ('PASSED', 'SKIPPED') THEN since END
     WHERE started_at IS NULL AND finished_at IS NULL`,
  );

  // The account-level runs of the customer maps follow the account's biggest open deal,
  // whose amount is the one the run was planned on.
  const accountRuns: { id: string; account_id: string; amount: string; title: string }[] =
    await manager.query(
      `SELECT id, account_id, amount::text, title FROM process_run
        WHERE subject_type = 'ACCOUNT' AND status = 'RUNNING' ORDER BY started_at`,
    );
  for (const run of accountRuns) {
    const [deal] = (await manager.query(
      `SELECT o.id FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
        WHERE o.account_id = $1 AND NOT (s.is_won OR s.is_lost)
          AND NOT EXISTS (SELECT 1 FROM process_run r WHERE r.subject_id = o.id)
        ORDER BY o.amount DESC, o.id LIMIT 1`,
      [run.account_id],
    )) as { id: string }[];
    if (!deal) continue;
    // The deal takes the run's facts: its amount, its name and the product lines it was planned on.
    await manager.query(
      `UPDATE opportunity SET amount = $2, name = $3, expected_close_date = (now() + interval '20 days')::date,
              products = (SELECT product_lines FROM process_run WHERE id = $4)
        WHERE id = $1`,
      [deal.id, run.amount, run.title, run.id],
    );
    await manager.query(
      `UPDATE process_run SET subject_type = 'OPPORTUNITY', subject_id = $2 WHERE id = $1`,
      [run.id, deal.id],
    );
  }

  // A run's amount is in its deal's currency.
  await manager.query(
    `UPDATE process_run r SET currency = o.currency FROM opportunity o
      WHERE r.subject_type = 'OPPORTUNITY' AND o.id = r.subject_id AND r.currency IS NULL`,
  );
  // A run is planned on its subject's region (DESIGN.md §2: a run follows its subject); the
  // demo's templates have no condition on it, so the steps stay what they are.
  await manager.query(
    `UPDATE process_run r SET region = a.region FROM account a
      WHERE a.id = r.account_id AND r.region IS DISTINCT FROM a.region`,
  );
  // Every run's history starts with its plan.
  await manager.query(
    `INSERT INTO process_run_plan (run_id, cause, amount, currency, product_lines, region, added, actor_id, at)
     SELECT r.id, 'START', r.amount, r.currency, r.product_lines, r.region,
            ARRAY(SELECT s.name FROM process_run_step s WHERE s.run_id = r.id ORDER BY s.position),
            r.started_by_id, r.started_at
       FROM process_run r
      WHERE NOT EXISTS (SELECT 1 FROM process_run_plan p WHERE p.run_id = r.id)`,
  );

  // Re-planned: the transport upgrade grew past 2 M, so the public tender now applies.
  const [grown] = (await manager.query(
    `SELECT r.id, r.subject_id, m.user_id AS ar FROM process_run r
       JOIN account_team_member m ON m.account_id = r.account_id AND m.team_role = 'AR'
      WHERE r.title = '传输网改造 Transport network upgrade' AND r.subject_type = 'OPPORTUNITY' LIMIT 1`,
  )) as { id: string; subject_id: string; ar: string }[];
  if (grown) {
    await manager.query(`UPDATE opportunity SET amount = 2600000 WHERE id = $1`, [
      grown.subject_id,
    ]);
    await replan(manager, grown.id, grown.ar, AMOUNT_CHANGED_NOTE);
  }

  // Money held by a signature: a payment run on a contract of the 5G customer, whose
  // acceptance sign-off gates the acceptance milestone that is now overdue.
  const [held] = (await manager.query(
    `SELECT c.id AS contract_id, m.id AS milestone_id, m.account_id, ar.user_id AS ar, t.id AS template_id
       FROM payment_milestone m
       JOIN contract c ON c.id = m.contract_id
       JOIN account a ON a.id = m.account_id
       JOIN process_template t ON t.account_id = a.id AND t.kind = 'PAYMENT'
       JOIN account_team_member ar ON ar.account_id = a.id AND ar.team_role = 'AR'
      WHERE m.kind = 'ON_ACCEPTANCE' AND m.stage <> 'PAID'
      ORDER BY (a.name LIKE '%深圳%') DESC, m.due LIMIT 1`,
  )) as {
    contract_id: string;
    milestone_id: string;
    account_id: string;
    ar: string;
    template_id: string;
  }[];
  if (held) {
    const template = await manager
      .getRepository(ProcessTemplate)
      .findOneByOrFail({ id: held.template_id });
    const facts = await readSubject(manager, 'CONTRACT', held.contract_id);
    const run = await startRun(
      manager,
      held.ar,
      template,
      'CONTRACT',
      held.contract_id,
      facts,
      `${facts.name} · ${template.name}`,
    );
    // Started three weeks ago; the acceptance is in review, past its five days.
    const started = new Date(Date.now() - 21 * DAY);
    await manager.update(ProcessRun, { id: run.id }, { startedAt: started });
    await manager.update(ProcessRunPlan, { runId: run.id }, { at: started });
    await manager.query(
      `UPDATE process_run_step SET status = 'IN_REVIEW', since = $2, started_at = $2
        WHERE run_id = $1 AND position = 1`,
      [run.id, new Date(started.getTime() + DAY)],
    );
    const [acceptance] = (await manager.query(
      'SELECT id FROM process_run_step WHERE run_id = $1 AND position = 1',
      [run.id],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO milestone_gate (milestone_id, run_step_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [held.milestone_id, acceptance!.id],
    );
    await manager.query(
      `UPDATE payment_milestone SET due = (now() - interval '12 days')::date WHERE id = $1`,
      [held.milestone_id],
    );
  }

  // Expected dates for every run, then the gaps of every running chain become tasks.
  const runs = await manager.getRepository(ProcessRun).find();
  for (const run of runs) await reschedule(manager, run);
  const accounts: { account_id: string }[] = await manager.query(
    `SELECT DISTINCT account_id FROM process_run WHERE status = 'RUNNING'`,
  );
  for (const { account_id } of accounts) await syncGapTasks(manager, account_id);
}
