import type { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { lockVersioned, runMutation, updateVersioned } from '../../db/mutation';
import type { AuthedContext } from '../../graphql/context';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { Contact } from '../customer-org/contact.entity';
import { lockAccountRow } from '../customer-org/customer-org.access';
import { approvalPath } from './approval-path';
import type {
  MoveRunStepInput,
  ProcessRunFilter,
  StartProcessRunInput,
} from './dtos/process.inputs';
import { ProcessRun, ProcessRunStep, ProcessRunStepChange } from './process-run.entity';
import type { ProcessTemplateService } from './process-template.service';
import { canMoveStep, isFinished } from './run-step-transitions';
import { requireDealOfAccount } from '../pipeline/opportunity.service';

export class ProcessRunService {
  constructor(
    private readonly db: DataSource,
    private readonly templates: ProcessTemplateService,
  ) {}

  async list(ctx: AuthedContext, filter: ProcessRunFilter = {}, page: PageArgs) {
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

  get(ctx: AuthedContext, id: string): Promise<ProcessRun | null> {
    return ctx.loaders.processes.runById.load(requireUuid('id', id));
  }

  /** Starts a run with the steps that apply to this deal, copied from the template. */
  async start(ctx: AuthedContext, input: StartProcessRunInput): Promise<ProcessRun> {
    return runMutation(ctx, async ({ manager, audit }) => {
      // Everything is read on the transaction's connection: waiting for a second pool
      // connection while holding one would deadlock a full pool.
      const account = await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      const template = await this.templates.getInTx(ctx, manager, input.templateId);
      if (!template) throw badInput('templateId', 'no such process template');
      if (template.accountId && template.accountId !== input.accountId) {
        throw badInput('templateId', "another customer's template: copy it to this account first");
      }
      await requireSubject(manager, input);
      const path = approvalPath(await this.templates.steps(template.id, manager), {
        amount: input.amount,
        productLine: input.productLine,
        region: account.region,
      });
      if (path.steps.length === 0)
        throw badInput('amount', 'no step of this process applies to this deal');
      const run = await manager.getRepository(ProcessRun).save(
        manager.getRepository(ProcessRun).create({
          templateId: template.id,
          accountId: input.accountId,
          subjectType: input.subjectType,
          subjectId: input.subjectId,
          title: input.title.trim(),
          amount: input.amount ?? null,
          productLine: input.productLine?.trim() || null,
          startedById: ctx.viewer.userId,
        }),
      );
      await manager.getRepository(ProcessRunStep).insert(
        path.steps.map((step, i) => ({
          runId: run.id,
          stepId: step.id,
          position: i + 1,
          name: step.name,
          approverContactId: step.approverContactId,
          approverOrgUnitId: step.approverOrgUnitId,
          typicalDays: step.typicalDays,
        })),
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

  /** Moves one step; the run is DONE once every step has passed or been skipped. */
  async moveStep(
    ctx: AuthedContext,
    id: string,
    input: MoveRunStepInput,
    version: number,
  ): Promise<ProcessRunStep> {
    return runMutation(ctx, async ({ manager, audit }) => {
      requireUuid('id', id);
      const step = await manager.getRepository(ProcessRunStep).findOneBy({ id });
      if (!step) throw notFound('ProcessRunStep', id);
      const run = await lockAccountRow(ctx, manager, ProcessRun, 'ProcessRunStep', step.runId);
      // Read again, locked, under the run's lock: a move may have landed since the read above.
      const before = await lockVersioned(manager, ProcessRunStep, 'ProcessRunStep', id, version);
      if (run.status !== 'RUNNING') throw badInput('id', `the run is ${run.status.toLowerCase()}`);
      if (!canMoveStep(before.status, input.status)) {
        throw badInput('status', `a ${before.status} step cannot become ${input.status}`);
      }
      const changes: Partial<ProcessRunStep> = {
        status: input.status,
        since: new Date(),
        blockerContactId: null,
        blockReason: null,
      };
      if (input.status === 'BLOCKED') {
        if (!input.reason?.trim()) throw badInput('reason', 'say why the step is blocked');
        if (input.blockerContactId) {
          const blocker = await manager
            .getRepository(Contact)
            .findOneBy({ id: input.blockerContactId });
          if (!blocker || blocker.accountId !== run.accountId)
            throw badInput('blockerContactId', 'no such contact at this customer');
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
      await manager.insert(ProcessRunStepChange, {
        runStepId: id,
        fromStatus: before.status,
        toStatus: input.status,
        note: input.note?.trim() || input.reason?.trim() || null,
        actorId: ctx.viewer.userId,
      });
      const open: unknown[] = await manager.query(
        `SELECT 1 FROM process_run_step WHERE run_id = $1 AND status NOT IN ('PASSED', 'SKIPPED') LIMIT 1`,
        [run.id],
      );
      if (isFinished(after.status) && open.length === 0) {
        await manager.update(
          ProcessRun,
          { id: run.id },
          { status: 'DONE', finishedAt: new Date() },
        );
      }
      await audit({
        action: 'process_run.step',
        entity: 'ProcessRunStep',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Steps blocked for longer than `olderThanDays`, or, without it, longer than each step's
   * typical days: what the escalation engine picks up. Longest blocked first.
   */
  async blockedSteps(ctx: AuthedContext, olderThanDays: number | undefined, page: PageArgs) {
    if (olderThanDays !== undefined && (olderThanDays < 0 || olderThanDays > 3650)) {
      throw badInput('olderThanDays', 'must be 0–3650');
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

/** A run follows something real on the same customer: the account, one of its deals or contracts. */
async function requireSubject(manager: EntityManager, input: StartProcessRunInput) {
  requireUuid('subjectId', input.subjectId);
  if (input.subjectType === 'ACCOUNT' && input.subjectId !== input.accountId) {
    throw badInput('subjectId', 'an ACCOUNT run follows the account itself');
  }
  if (input.subjectType === 'OPPORTUNITY') {
    await requireDealOfAccount(manager, input.accountId, input.subjectId, 'subjectId');
  }
  if (input.subjectType === 'CONTRACT') {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM contract WHERE id = $1 AND account_id = $2',
      [input.subjectId, input.accountId],
    );
    if (!rows.length) throw badInput('subjectId', 'is not a contract of this customer');
  }
}
