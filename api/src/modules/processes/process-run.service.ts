import { DEFAULT_STEP_OWNER } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AppError, badInput, conflict, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { lockVersioned, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { Contact } from '../customer-org/contact.entity';
import { lockAccountRow } from '../customer-org/customer-org.access';
import { ApprovalStep } from './approval-step.entity';
import type {
  InsertRunStepInput,
  MoveRunStepInput,
  PlanRunInput,
  ProcessRunFilter,
  StartProcessRunInput,
} from './dtos/process.inputs';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from './process-run.entity';
import { ProcessTemplate } from './process-template.entity';
import type { RunPreview } from './chain.types';
import type { ProcessTemplateService } from './process-template.service';
import { carryOfSteps, syncGapTasks } from './run-gaps';
import { applyingSteps, reschedule, startRun, templateSteps } from './run-planner';
import { canMoveStep, isFinished } from './run-step-transitions';
import { lockSubject, readSubject } from './run-subject';
import { requireStepOwner } from './step-owner';

export class ProcessRunService {
  constructor(
    private readonly db: DataSource,
    private readonly templates: ProcessTemplateService,
  ) {}

  async list(ctx: Caller, filter: ProcessRunFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'r.account_id');
    const query = this.db
      .getRepository(ProcessRun)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('r.account_id = :accountId', { accountId: filter.accountId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.subjectType)
      query.andWhere('r.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter.subjectId)
      query.andWhere('r.subject_id = :subjectId', { subjectId: filter.subjectId });
    return paginate(
      query,
      [
        {
          sql: 'r.started_at',
          direction: 'DESC',
          value: (r) => isoTime(r.startedAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  get(ctx: Caller, id: string): Promise<ProcessRun | null> {
    return ctx.loaders.processes.runById.load(requireUuid('id', id));
  }

  /**
   * Starts a run on a deal, a contract or the account: the steps that apply come from the
   * subject's own amount, product lines and region; they are scheduled from now, and every
   * gap (an approver nobody on our side knows, an empty owner role) becomes a task.
   */
  async start(ctx: Caller, input: StartProcessRunInput): Promise<ProcessRun> {
    return runMutation(ctx, async ({ manager, audit }) => {
      // Everything is read on the transaction's connection: waiting for a second pool
      // connection while holding one would deadlock a full pool.
      const { template, facts } = await this.prepare(ctx, manager, input);
      if (input.subjectType === 'OPPORTUNITY')
        await oneRunPerDeal(manager, template.id, input.subjectId);
      const run = await startRun(
        manager,
        ctx.viewer.userId,
        template,
        input.subjectType,
        input.subjectId,
        facts,
        input.title?.trim() || `${facts.name} · ${template.name}`,
      );
      await audit({
        action: 'process_run.start',
        entity: 'ProcessRun',
        entityId: run.id,
        after: run,
      });
      return run;
    });
  }

  /**
   * The run that `start` would make, without making it: the same planner runs in a
   * transaction that is rolled back, so the preview cannot drift from the real thing.
   */
  async preview(ctx: Caller, input: PlanRunInput): Promise<RunPreview> {
    let preview: RunPreview | undefined;
    try {
      await this.db.transaction(async (manager) => {
        const { template, facts } = await this.prepare(ctx, manager, input, 'TEAM_READ');
        const run = await startRun(
          manager,
          ctx.viewer.userId,
          template,
          input.subjectType,
          input.subjectId,
          facts,
          `${facts.name} · ${template.name}`,
        );
        const steps = await manager
          .getRepository(ProcessRunStep)
          .find({ where: { runId: run.id }, order: { position: 'ASC' } });
        const carry = await carryOfSteps(
          manager,
          steps.map((s) => s.id),
        );
        preview = {
          template,
          subjectName: facts.name,
          amount: facts.amount,
          currency: facts.currency,
          productLines: facts.productLines,
          region: facts.region,
          expectedCloseDate: facts.expectedCloseDate,
          steps: steps.map((step) => ({
            ...step,
            // The preview's steps are not saved: no ids to follow.
            id: step.stepId ?? step.id,
            ownerId: carry.get(step.id)?.ownerId ?? null,
            gaps: carry.get(step.id)?.gaps ?? [],
          })),
        };
        throw new RollBack();
      });
    } catch (error) {
      if (!(error instanceof RollBack)) throw error;
    }
    return preview!;
  }

  /** The template and the subject's facts, checked: the subject is visible, the template fits. */
  private async prepare(
    ctx: Caller,
    manager: EntityManager,
    input: PlanRunInput,
    level: 'TEAM' | 'TEAM_READ' = 'TEAM',
  ) {
    if (input.subjectType === 'ACCOUNT') requireUuid('subjectId', input.subjectId);
    let facts = await readSubject(manager, input.subjectType, input.subjectId);
    if (level === 'TEAM') {
      await lockAccountForWrite(ctx, manager, facts.accountId, 'TEAM');
      // Read again under the locks: an edit that committed since the first read is the one the
      // run is planned from, and one still to come waits for the run and re-plans it.
      await lockSubject(manager, input.subjectType, input.subjectId);
      facts = await readSubject(manager, input.subjectType, input.subjectId);
    }
    const template = await this.templates.getInTx(ctx, manager, input.templateId);
    if (!template) throw badInput('templateId', 'NO_SUCH_TEMPLATE');
    if (template.accountId && template.accountId !== facts.accountId)
      throw badInput('templateId', 'TEMPLATE_OF_ANOTHER_CUSTOMER');
    const applying = applyingSteps(await templateSteps(manager, template.id), facts);
    if (!applying.length) throw badInput('templateId', 'NO_STEP_APPLIES');
    return { template, facts };
  }

  /**
   * A signature nobody predicted goes into a running chain, with the reason; ADMIN or the
   * account's AR may add it to the account's template at once, for every later run.
   */
  async insertStep(ctx: Caller, runId: string, input: InsertRunStepInput): Promise<ProcessRunStep> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const run = await lockAccountRow(ctx, manager, ProcessRun, 'ProcessRun', runId, 'runId');
      if (run.status !== 'RUNNING') throw badInput('runId', 'RUN_CLOSED', { status: run.status });
      if (!input.approverContactId && !input.approverOrgUnitId)
        throw badInput('approverContactId', 'APPROVER_REQUIRED');
      await requireOfAccount(manager, run.accountId, input);
      const steps = await manager
        .getRepository(ProcessRunStep)
        .find({ where: { runId }, order: { position: 'ASC' } });
      const after = input.afterStepId ? steps.find((s) => s.id === input.afterStepId) : undefined;
      if (input.afterStepId && !after) throw badInput('afterStepId', 'NOT_RUN_STEP');
      const at = after ? after.position + 1 : 1;

      let templateStepId: string | null = null;
      if (input.addToTemplate) {
        await lockAccountForWrite(ctx, manager, run.accountId, 'OWNER');
        const template = await manager
          .getRepository(ProcessTemplate)
          .findOneByOrFail({ id: run.templateId });
        if (template.accountId !== run.accountId)
          throw badInput('addToTemplate', 'GLOBAL_TEMPLATE_RUN');
        const all = await templateSteps(manager, template.id);
        const afterTemplate = after?.stepId ? all.find((t) => t.id === after.stepId) : undefined;
        const position = afterTemplate ? afterTemplate.position + 1 : after ? all.length + 1 : 1;
        await manager.query(
          `UPDATE approval_step SET position = -position - 1 WHERE template_id = $1 AND position >= $2`,
          [template.id, position],
        );
        await manager.query(
          `UPDATE approval_step SET position = -position WHERE template_id = $1 AND position < 0`,
          [template.id],
        );
        const saved = await manager.getRepository(ApprovalStep).save(
          manager.getRepository(ApprovalStep).create({
            templateId: template.id,
            position,
            name: input.name.trim(),
            approverContactId: input.approverContactId ?? null,
            approverOrgUnitId: input.approverOrgUnitId ?? null,
            rule: 'ALL',
            condition: null,
            typicalDays: input.typicalDays,
            documentsRequired: [],
            ownerRole: input.ownerRole ?? null,
            ownerUserId: input.ownerUserId ?? null,
          }),
        );
        templateStepId = saved.id;
      }
      const template = await manager
        .getRepository(ProcessTemplate)
        .findOneByOrFail({ id: run.templateId });
      await manager.query(
        `UPDATE process_run_step SET position = -position - 1 WHERE run_id = $1 AND position >= $2`,
        [runId, at],
      );
      await manager.query(
        `UPDATE process_run_step SET position = -position WHERE run_id = $1 AND position < 0`,
        [runId],
      );
      const inserted = await manager.getRepository(ProcessRunStep).save(
        manager.getRepository(ProcessRunStep).create({
          runId,
          stepId: templateStepId,
          position: at,
          name: input.name.trim(),
          approverContactId: input.approverContactId ?? null,
          approverOrgUnitId: input.approverOrgUnitId ?? null,
          typicalDays: input.typicalDays,
          ownerUserId: input.ownerUserId ?? null,
          ownerRole: input.ownerUserId
            ? (input.ownerRole ?? null)
            : (input.ownerRole ?? DEFAULT_STEP_OWNER[template.kind]),
          unplanned: true,
          planNote: input.reason.trim(),
        }),
      );
      await manager.insert(ProcessRunPlan, {
        runId,
        cause: 'STEP_INSERTED',
        amount: run.amount,
        productLines: run.productLines,
        region: run.region,
        added: [inserted.name],
        note: input.reason.trim(),
        actorId: ctx.viewer.userId,
      });
      await reschedule(manager, run);
      await syncGapTasks(manager, run.accountId);
      const saved = await manager
        .getRepository(ProcessRunStep)
        .findOneByOrFail({ id: inserted.id });
      await audit({
        action: 'process_run.insert_step',
        entity: 'ProcessRunStep',
        entityId: saved.id,
        after: { ...saved, addedToTemplate: templateStepId },
      });
      return saved;
    });
  }

  /**
   * Moves one step and records when it really started (in review) and finished (passed or
   * skipped); a step passed while an earlier one is open is flagged, not refused (customers
   * skip). The run is DONE once every step has passed or been skipped.
   */
  async moveStep(
    ctx: Caller,
    id: string,
    input: MoveRunStepInput,
    version: number,
  ): Promise<ProcessRunStep> {
    const moved = await runMutation(ctx, async ({ manager, audit }) => {
      requireUuid('id', id);
      const step = await manager.getRepository(ProcessRunStep).findOneBy({ id });
      if (!step) throw notFound('ProcessRunStep', id);
      // Refused as the step sent, not as its run: the run's id is not the caller's to learn.
      const run = await lockAccountRow(
        ctx,
        manager,
        ProcessRun,
        'ProcessRunStep',
        step.runId,
      ).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'NOT_FOUND'
          ? notFound('ProcessRunStep', id)
          : error;
      });
      // Read again, locked, under the run's lock: a move may have landed since the read above.
      const before = await lockVersioned(manager, ProcessRunStep, 'ProcessRunStep', id, version);
      if (run.status !== 'RUNNING') throw badInput('id', 'RUN_CLOSED', { status: run.status });
      if (!canMoveStep(before.status, input.status)) {
        throw badInput('status', 'STEP_TRANSITION', { from: before.status, to: input.status });
      }
      const now = new Date();
      const changes: Partial<ProcessRunStep> = {
        status: input.status,
        since: now,
        blockerContactId: null,
        blockReason: null,
      };
      if (input.status === 'IN_REVIEW' && !before.startedAt) changes.startedAt = now;
      if (isFinished(input.status)) {
        changes.finishedAt = now;
        if (!before.startedAt) changes.startedAt = now;
      }
      let outOfOrder = false;
      if (input.status === 'PASSED') {
        const earlier: { name: string }[] = await manager.query(
          `SELECT name FROM process_run_step
            WHERE run_id = $1 AND position < $2 AND status IN ('PENDING', 'IN_REVIEW', 'BLOCKED')
            ORDER BY position`,
          [run.id, before.position],
        );
        if (earlier.length) {
          outOfOrder = true;
          changes.outOfOrder = true;
        }
      }
      if (input.status === 'BLOCKED') {
        if (!input.reason?.trim()) throw badInput('reason', 'BLOCK_REASON_REQUIRED');
        if (input.blockerContactId) {
          const blocker = await manager
            .getRepository(Contact)
            .findOneBy({ id: input.blockerContactId });
          if (!blocker || blocker.accountId !== run.accountId)
            throw badInput('blockerContactId', 'NO_SUCH_CONTACT');
        }
        changes.blockerContactId = input.blockerContactId ?? null;
        changes.blockReason = input.reason.trim();
      }
      const after = await updateVersioned(
        manager,
        ProcessRunStep,
        'ProcessRunStep',
        id,
        version,
        changes,
      );
      const note = input.note?.trim() || input.reason?.trim() || null;
      await manager.insert(ProcessRunStepChange, {
        runStepId: id,
        fromStatus: before.status,
        toStatus: input.status,
        note: outOfOrder
          ? `${note ? `${note} · ` : ''}越序通过 Passed before an earlier step`
          : note,
        actorId: ctx.viewer.userId,
      });
      const open: unknown[] = await manager.query(
        `SELECT 1 FROM process_run_step WHERE run_id = $1 AND status NOT IN ('PASSED', 'SKIPPED') LIMIT 1`,
        [run.id],
      );
      if (isFinished(after.status) && open.length === 0) {
        await manager.update(ProcessRun, { id: run.id }, { status: 'DONE', finishedAt: now });
      }
      await reschedule(manager, run);
      await syncGapTasks(manager, run.accountId);
      const saved = await manager.getRepository(ProcessRunStep).findOneByOrFail({ id });
      await audit({
        action: 'process_run.step',
        entity: 'ProcessRunStep',
        entityId: id,
        before,
        after: saved,
      });
      return saved;
    });
    // A step passed, blocked or reopened changes what is blocked or late: the worker
    // re-evaluates those rules (raising or resolving) off the request path, after the commit.
    await ctx.writes.escalations.request(['APPROVAL_BLOCKED', 'APPROVAL_LATE'], 'process_run.step');
    return moved;
  }

  /**
   * Steps blocked for longer than `olderThanDays`, or, without it, longer than each step's
   * typical days: what the escalation engine picks up. Longest blocked first.
   */
  async blockedSteps(ctx: Caller, olderThanDays: number | undefined, page: PageArgs) {
    if (olderThanDays !== undefined && (olderThanDays < 0 || olderThanDays > 3650)) {
      throw badInput('olderThanDays', 'BETWEEN', { min: 0, max: 3650 });
    }
    const scope = accountScopeCondition(await ctx.accountScope(), 'r.account_id');
    const query = this.db
      .getRepository(ProcessRunStep)
      .createQueryBuilder('s')
      .innerJoin(ProcessRun, 'r', 'r.id = s.run_id')
      .where(`s.status = 'BLOCKED'`)
      .andWhere(`r.status = 'RUNNING'`)
      .andWhere(scope.sql, scope.params);
    if (olderThanDays !== undefined) {
      query.andWhere(`s.since < now() - make_interval(days => :days)`, { days: olderThanDays });
    } else {
      query.andWhere(`s.since < now() - make_interval(days => s.typical_days)`);
    }
    return paginate(
      query,
      [{ sql: 's.since', direction: 'ASC', value: (s) => isoTime(s.since), cast: 'timestamptz' }],
      page,
    );
  }
}

/**
 * A deal runs each of its customer's processes once at a time: the run follows the deal (it
 * is re-planned when the deal changes) and its gaps become tasks, so a second run of the same
 * process would double both. An account's or a contract's runs are not limited (several
 * procurements of one customer, a payment run per milestone). Two starts at once queue here.
 */
async function oneRunPerDeal(manager: EntityManager, templateId: string, dealId: string) {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [
    `process-run:${templateId}:${dealId}`,
  ]);
  const [running] = (await manager.query(
    `SELECT id, started_at FROM process_run
      WHERE template_id = $1 AND subject_type = 'OPPORTUNITY' AND subject_id = $2
        AND status = 'RUNNING'
      LIMIT 1`,
    [templateId, dealId],
  )) as { id: string; started_at: Date }[];
  if (running)
    throw conflict('RUN_RUNNING', {
      field: 'templateId',
      runId: running.id,
      startedAt: running.started_at.toISOString(),
    });
}

/** The approver and the named owner of an inserted step belong with the run's customer. */
async function requireOfAccount(
  manager: EntityManager,
  accountId: string,
  input: InsertRunStepInput,
) {
  if (input.approverContactId) {
    const contact = await manager.getRepository(Contact).findOneBy({ id: input.approverContactId });
    if (!contact || contact.accountId !== accountId)
      throw badInput('approverContactId', 'NO_SUCH_CONTACT');
  }
  if (input.approverOrgUnitId) {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM org_unit WHERE id = $1 AND account_id = $2',
      [input.approverOrgUnitId, accountId],
    );
    if (!rows.length) throw badInput('approverOrgUnitId', 'NO_SUCH_DEPARTMENT');
  }
  if (input.ownerUserId)
    await requireStepOwner(manager, accountId, input.ownerUserId, 'ownerUserId');
}

/** Thrown to end the preview's transaction without keeping anything. */
class RollBack extends Error {}
