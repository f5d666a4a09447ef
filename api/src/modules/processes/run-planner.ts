import {
  DEFAULT_STEP_OWNER,
  replanRun,
  scheduleRun,
  type DealTeamRole,
  type ProcessKind,
  type RunPlanCause,
  type RunSubjectType,
} from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { approvalPath } from './approval-path';
import { ApprovalStep } from './approval-step.entity';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from './process-run.entity';
import { ProcessTemplate } from './process-template.entity';
import { syncGapTasks } from './run-gaps';
import { dealOf, readSubject, type SubjectFacts } from './run-subject';

/**
 * A run follows its subject (seed 000: the customer's chain is decided by the deal): the
 * steps come from the deal's or contract's own amount and product lines and the account's
 * region; when those change, open runs are re-planned in the same transaction. Everything
 * here runs inside a caller's transaction on its connection.
 */

/** Who carries a template step on our side: named, or by role, or the kind's default. */
export function ownerOfTemplateStep(step: ApprovalStep, kind: ProcessKind) {
  return {
    ownerUserId: step.ownerUserId,
    ownerRole: step.ownerUserId ? step.ownerRole : (step.ownerRole ?? DEFAULT_STEP_OWNER[kind]),
  } as { ownerUserId: string | null; ownerRole: DealTeamRole | null };
}

export async function templateSteps(manager: EntityManager, templateId: string) {
  return manager.getRepository(ApprovalStep).find({
    where: { templateId },
    order: { position: 'ASC' },
  });
}

/** The template steps that apply to the subject, in order. */
export function applyingSteps(steps: ApprovalStep[], facts: SubjectFacts) {
  return approvalPath(steps, dealOf(facts)).steps;
}

/** A new run step from a template step (not yet saved). */
function runStepFrom(step: ApprovalStep, kind: ProcessKind, runId: string, position: number) {
  return {
    runId,
    stepId: step.id,
    position,
    name: step.name,
    approverContactId: step.approverContactId,
    approverOrgUnitId: step.approverOrgUnitId,
    typicalDays: step.typicalDays,
    ...ownerOfTemplateStep(step, kind),
  };
}

/** Recomputes the expected dates of every step of the run, writing the ones that moved. */
export async function reschedule(manager: EntityManager, run: ProcessRun): Promise<void> {
  const steps = await manager
    .getRepository(ProcessRunStep)
    .find({ where: { runId: run.id }, order: { position: 'ASC' } });
  const schedule = scheduleRun(run.startedAt, steps);
  const moved = steps.filter(
    (step, i) =>
      step.expectedStart?.getTime() !== schedule[i]!.expectedStart?.getTime() ||
      step.expectedFinish?.getTime() !== schedule[i]!.expectedFinish?.getTime(),
  );
  if (!moved.length) return;
  const at = new Map(steps.map((step, i) => [step.id, schedule[i]!]));
  await manager.query(
    `UPDATE process_run_step s SET expected_start = v.expected_start, expected_finish = v.expected_finish
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS v(id, expected_start, expected_finish)
      WHERE s.id = v.id`,
    [
      moved.map((s) => s.id),
      moved.map((s) => at.get(s.id)!.expectedStart),
      moved.map((s) => at.get(s.id)!.expectedFinish),
    ],
  );
}

/** Starts a run on its subject with the steps that apply, scheduled, gaps turned into tasks. */
export async function startRun(
  manager: EntityManager,
  actorId: string,
  template: ProcessTemplate,
  subjectType: RunSubjectType,
  subjectId: string,
  facts: SubjectFacts,
  title: string,
): Promise<ProcessRun> {
  const applying = applyingSteps(await templateSteps(manager, template.id), facts);
  const run = await manager.getRepository(ProcessRun).save(
    manager.getRepository(ProcessRun).create({
      templateId: template.id,
      accountId: facts.accountId,
      subjectType,
      subjectId,
      title,
      amount: facts.amount,
      currency: facts.currency,
      productLines: facts.productLines,
      region: facts.region,
      startedById: actorId,
    }),
  );
  if (applying.length)
    await manager
      .getRepository(ProcessRunStep)
      .insert(applying.map((step, i) => runStepFrom(step, template.kind, run.id, i + 1)));
  await manager.insert(ProcessRunPlan, {
    runId: run.id,
    cause: 'START',
    amount: facts.amount,
    currency: facts.currency,
    productLines: facts.productLines,
    region: facts.region,
    added: applying.map((s) => s.name),
    actorId,
  });
  await reschedule(manager, run);
  await syncGapTasks(manager, facts.accountId);
  return run;
}

export interface ReplanSummary {
  runId: string;
  added: string[];
  skipped: string[];
  reopened: string[];
}

/**
 * Re-plans one running run against its subject as it is now. Locks the run, so concurrent
 * re-plans of one run follow each other; records the re-plan in the run's history when
 * anything changed; never touches a passed step.
 */
export async function replan(
  manager: EntityManager,
  runId: string,
  actorId: string | null,
  note: string | null,
): Promise<ReplanSummary | null> {
  const run = await manager
    .getRepository(ProcessRun)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :runId', { runId })
    .getOne();
  if (!run || run.status !== 'RUNNING') return null;
  const facts = await readSubject(manager, run.subjectType, run.subjectId);
  const template = await manager
    .getRepository(ProcessTemplate)
    .findOneByOrFail({ id: run.templateId });
  const all = await templateSteps(manager, run.templateId);
  const applying = new Set(applyingSteps(all, facts).map((s) => s.id));
  const steps = await manager
    .getRepository(ProcessRunStep)
    .find({ where: { runId }, order: { position: 'ASC' } });
  const change = replanRun(
    all.map((t) => ({ id: t.id, position: t.position, applies: applying.has(t.id) })),
    steps.map((s) => ({
      id: s.id,
      templateStepId: s.stepId,
      status: s.status,
      skippedByPlan: s.skippedByPlan,
    })),
  );
  const factsChanged =
    run.amount !== facts.amount ||
    run.currency !== facts.currency ||
    run.region !== facts.region ||
    run.productLines.join('\u0000') !== facts.productLines.join('\u0000');
  if (!change.add.length && !change.skip.length && !change.reopen.length) {
    if (factsChanged)
      await manager.update(
        ProcessRun,
        { id: runId },
        {
          amount: facts.amount,
          currency: facts.currency,
          productLines: facts.productLines,
          region: facts.region,
        },
      );
    return null;
  }
  const byId = new Map(steps.map((s) => [s.id, s]));
  const templateById = new Map(all.map((t) => [t.id, t]));
  const why = note ?? 'the deal changed';
  const now = new Date();

  // Positions are unique per run: park the existing ones below zero, then write the order.
  await manager.query('UPDATE process_run_step SET position = -position WHERE run_id = $1', [
    runId,
  ]);
  const finalPosition = new Map(change.order.map((key, i) => [key, i + 1]));
  if (change.add.length)
    await manager.getRepository(ProcessRunStep).insert(
      change.add.map((id) => ({
        ...runStepFrom(
          templateById.get(id)!,
          template.kind,
          runId,
          finalPosition.get(`template:${id}`)!,
        ),
        planNote: `新增：${why} · Added: ${why}`,
      })),
    );
  const existing = steps.map((s) => s.id);
  await manager.query(
    `UPDATE process_run_step s SET position = v.position
       FROM unnest($1::uuid[], $2::int[]) AS v(id, position) WHERE s.id = v.id`,
    [existing, existing.map((id) => finalPosition.get(id)!)],
  );
  for (const id of change.skip) {
    const step = byId.get(id)!;
    await manager.update(
      ProcessRunStep,
      { id },
      {
        status: 'SKIPPED',
        since: now,
        finishedAt: now,
        skippedByPlan: true,
        planNote: `不再适用：${why} · No longer applies: ${why}`,
        version: step.version + 1,
      },
    );
    await manager.insert(ProcessRunStepChange, {
      runStepId: id,
      fromStatus: step.status,
      toStatus: 'SKIPPED',
      note: `No longer applies: ${why}`,
      actorId,
    });
  }
  for (const id of change.reopen) {
    const step = byId.get(id)!;
    await manager.update(
      ProcessRunStep,
      { id },
      {
        status: 'PENDING',
        since: now,
        finishedAt: null,
        skippedByPlan: false,
        planNote: `重新适用：${why} · Applies again: ${why}`,
        version: step.version + 1,
      },
    );
    await manager.insert(ProcessRunStepChange, {
      runStepId: id,
      fromStatus: 'SKIPPED',
      toStatus: 'PENDING',
      note: `Applies again: ${why}`,
      actorId,
    });
  }
  await manager.update(
    ProcessRun,
    { id: runId },
    {
      amount: facts.amount,
      currency: facts.currency,
      productLines: facts.productLines,
      region: facts.region,
    },
  );
  const summary: ReplanSummary = {
    runId,
    added: change.add.map((id) => templateById.get(id)!.name),
    skipped: change.skip.map((id) => byId.get(id)!.name),
    reopened: change.reopen.map((id) => byId.get(id)!.name),
  };
  await manager.insert(ProcessRunPlan, {
    runId,
    cause: 'SUBJECT_CHANGED' as RunPlanCause,
    amount: facts.amount,
    currency: facts.currency,
    productLines: facts.productLines,
    region: facts.region,
    added: summary.added,
    skipped: summary.skipped,
    reopened: summary.reopened,
    note: why,
    actorId,
  });
  await reschedule(manager, run);
  return summary;
}

/**
 * Re-plans every running run that follows what changed: a deal (and the contracts signed
 * from it, whose product lines are the deal's), or a whole account (its region). Returns
 * what changed, for the audit event of the change that caused it.
 */
export async function replanRunsOf(
  manager: EntityManager,
  actorId: string,
  changed: { opportunityId: string } | { accountId: string },
  note: string,
): Promise<ReplanSummary[]> {
  const rows = (await manager.query(
    'opportunityId' in changed
      ? `SELECT r.id, r.account_id FROM process_run r
          WHERE r.status = 'RUNNING' AND (
                (r.subject_type = 'OPPORTUNITY' AND r.subject_id = $1)
             OR (r.subject_type = 'CONTRACT' AND r.subject_id IN (
                   SELECT c.id FROM contract c WHERE c.opportunity_id = $1)))
          ORDER BY r.id`
      : `SELECT r.id, r.account_id FROM process_run r
          WHERE r.status = 'RUNNING' AND r.account_id = $1 ORDER BY r.id`,
    ['opportunityId' in changed ? changed.opportunityId : changed.accountId],
  )) as { id: string; account_id: string }[];
  const summaries: ReplanSummary[] = [];
  for (const row of rows) {
    const summary = await replan(manager, row.id, actorId, note);
    if (summary) summaries.push(summary);
  }
  const accounts = new Set(rows.map((r) => r.account_id));
  for (const accountId of accounts) await syncGapTasks(manager, accountId);
  return summaries;
}
