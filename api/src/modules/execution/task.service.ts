import { canMoveTask, type TaskStatus } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { holdsSeat, lockAccountForWrite } from '../accounts/account-access';
import { hasRole } from '../identity/viewer';
import { isAboveInLine } from '../identity/reporting-line';
import { notifyUser } from '../notifications/notify-user';
import type {
  CreateTaskInput,
  ReviewTaskInput,
  TaskFilter,
  UpdateTaskInput,
} from './dtos/execution.inputs';
import { completeHandoverItem } from './handover.service';
import { taskScopeCondition } from './task-access';
import { lockDependencies, openBlockers, setBlockers } from './task-dependencies';
import { Task } from './task.entity';
import { requireDealOfAccount } from '../pipeline/opportunity.service';
import { requireMaySeeAccount } from '../accounts/account-scope';

/**
 * The team task table (seed 000). Who may do what:
 * - the requester (or a manager/admin) edits, reviews and cancels;
 * - only the assignee acknowledges, starts and submits — and only after acknowledging.
 */
export class TaskService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: TaskFilter = {}, page: PageArgs) {
    const scope = taskScopeCondition(await ctx.accountScope(), 't', ctx.viewer.userId);
    const query = this.db
      .getRepository(Task)
      .createQueryBuilder('t')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('t.account_id = :accountId', { accountId: filter.accountId });
    if (filter.opportunityId)
      query.andWhere('t.opportunity_id = :opportunityId', { opportunityId: filter.opportunityId });
    if (filter.planId) query.andWhere('t.plan_id = :planId', { planId: filter.planId });
    if (filter.handoverId)
      query.andWhere('t.handover_id = :handoverId', { handoverId: filter.handoverId });
    if (filter.assigneeId)
      query.andWhere('t.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.requesterId)
      query.andWhere('t.requester_id = :requesterId', { requesterId: filter.requesterId });
    if (filter.mine) query.andWhere('t.assignee_id = :me', { me: ctx.viewer.userId });
    if (filter.statuses?.length)
      query.andWhere('t.status = ANY(:statuses)', { statuses: filter.statuses });
    if (filter.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    if (filter.dueBefore) query.andWhere('t.due < :dueBefore', { dueBefore: filter.dueBefore });
    if (filter.dueAfter) query.andWhere('t.due >= :dueAfter', { dueAfter: filter.dueAfter });
    return paginate(
      query,
      [{ sql: 't.due', direction: 'ASC', value: (t) => isoTime(t.due), cast: 'timestamptz' }],
      page,
    );
  }

  async get(ctx: Caller, id: string): Promise<Task | null> {
    requireUuid('id', id);
    const scope = taskScopeCondition(await ctx.accountScope(), 't', ctx.viewer.userId);
    return this.db
      .getRepository(Task)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateTaskInput): Promise<Task> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      if (input.blockedByIds?.length) await lockDependencies(manager, input.accountId);
      if (input.kind === 'HANDOVER') throw badInput('kind', 'HANDOVER_TASK_FROM_HANDOVER');
      await checkLinks(manager, input.accountId, input.opportunityId ?? null, input.planId ?? null);
      if (input.riskId) await requireRiskOfAccount(manager, input.accountId, input.riskId);
      if (input.assigneeId) await requireAssignee(ctx, manager, input.accountId, input.assigneeId);
      const pastDue = requireFutureDue(input.due, input.allowPastDue);
      const task = await manager.getRepository(Task).save(
        manager.getRepository(Task).create({
          accountId: input.accountId,
          opportunityId: input.opportunityId ?? null,
          planId: input.planId ?? null,
          kind: input.kind,
          title: input.title.trim(),
          content: input.content?.trim() || null,
          qualityRequirement: input.qualityRequirement?.trim() || null,
          expectedResult: input.expectedResult?.trim() || null,
          resourcesNeeded: input.resourcesNeeded?.trim() || null,
          due: input.due,
          assigneeId: input.assigneeId ?? null,
          requesterId: ctx.viewer.userId,
          riskId: input.riskId ?? null,
        }),
      );
      if (input.blockedByIds?.length) await setBlockers(manager, task, input.blockedByIds);
      if (task.assigneeId && task.assigneeId !== ctx.viewer.userId) {
        await notifyUser(manager, {
          userId: task.assigneeId,
          kind: 'TASK',
          title: { key: 'TASK_NEW', task: task.title },
          body: { key: 'TASK_CONFIRM' },
          entity: 'Task',
          entityId: task.id,
          accountId: task.accountId,
        });
      }
      await audit({
        action: 'task.create',
        entity: 'Task',
        entityId: task.id,
        after: pastDue ? { ...task, pastDueConfirmed: true } : task,
      });
      return task;
    });
  }

  /** Edits by the requester; a changed assignment or content asks for a new acknowledgement. */
  async update(ctx: Caller, id: string, input: UpdateTaskInput, version: number): Promise<Task> {
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.blockedByIds !== undefined) {
        requireUuid('id', id);
        const [row] = (await manager.query('SELECT account_id FROM task WHERE id = $1', [id])) as {
          account_id: string;
        }[];
        if (row) await lockDependencies(manager, row.account_id);
      }
      const before = await this.lock(ctx, manager, id, version);
      this.requireRequester(ctx, before);
      if (before.status !== 'PROPOSED' && before.status !== 'ACKNOWLEDGED') {
        throw badInput('id', 'TASK_CLOSED', { status: before.status });
      }
      const changes: Partial<Task> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.content !== undefined) changes.content = input.content?.trim() || null;
      if (input.qualityRequirement !== undefined)
        changes.qualityRequirement = input.qualityRequirement?.trim() || null;
      if (input.expectedResult !== undefined)
        changes.expectedResult = input.expectedResult?.trim() || null;
      if (input.resourcesNeeded !== undefined)
        changes.resourcesNeeded = input.resourcesNeeded?.trim() || null;
      let pastDue = false;
      if (input.due !== undefined) {
        changes.due = input.due;
        pastDue = requireFutureDue(input.due, input.allowPastDue);
      }
      if (input.planId !== undefined) {
        await checkLinks(manager, before.accountId, null, input.planId);
        changes.planId = input.planId;
      }
      if (input.assigneeId !== undefined) {
        if (input.assigneeId)
          await requireAssignee(ctx, manager, before.accountId, input.assigneeId);
        changes.assigneeId = input.assigneeId;
      }
      const blockersChanged = input.blockedByIds !== undefined;
      if (blockersChanged) await setBlockers(manager, before, input.blockedByIds ?? []);
      const contentChanged = Object.keys(changes).some((k) => k !== 'planId');
      if (contentChanged && before.status === 'ACKNOWLEDGED') {
        changes.status = 'PROPOSED';
        changes.acknowledgedAt = null;
      }
      const after = await updateVersioned(manager, Task, 'Task', id, version, changes);
      await audit({
        action: 'task.update',
        entity: 'Task',
        entityId: id,
        before,
        after: {
          ...after,
          ...(pastDue ? { pastDueConfirmed: true } : {}),
          ...(blockersChanged ? { blockedByIds: input.blockedByIds ?? [] } : {}),
        },
      });
      return after;
    });
  }

  /**
   * Seed 000: "if you are stuck, ask the leader at once". The assignee says why; the requester
   * and the account's AR hear it now, and TASK_STUCK escalates while nobody answers.
   */
  reportStuck(ctx: Caller, id: string, version: number, reason: string) {
    const why = reason.trim();
    if (!why) throw badInput('reason', 'BLANK');
    return this.move(ctx, id, version, 'STUCK', 'ASSIGNEE', {
      stuckReason: why,
      stuckAt: new Date(),
      stuckAnswer: null,
    });
  }

  /** The requester, the AR or a manager answers a stuck task: work goes on. */
  answerStuck(ctx: Caller, id: string, version: number, answer: string) {
    const said = answer.trim();
    if (!said) throw badInput('answer', 'BLANK');
    return this.move(
      ctx,
      id,
      version,
      'IN_PROGRESS',
      'LEADER',
      { stuckAnswer: said },
      'task.answer',
    );
  }

  acknowledge(ctx: Caller, id: string, version: number) {
    return this.move(ctx, id, version, 'ACKNOWLEDGED', 'ASSIGNEE', { acknowledgedAt: new Date() });
  }

  start(ctx: Caller, id: string, version: number) {
    return this.move(ctx, id, version, 'IN_PROGRESS', 'ASSIGNEE', {});
  }

  submit(ctx: Caller, id: string, version: number, note: string | undefined) {
    return this.move(ctx, id, version, 'SUBMITTED', 'ASSIGNEE', {
      submittedAt: new Date(),
      submissionNote: note?.trim() || null,
    });
  }

  review(ctx: Caller, id: string, version: number, input: ReviewTaskInput) {
    if (input.decision === 'ACCEPT' && input.score == null) {
      throw badInput('score', 'REVIEW_SCORE_REQUIRED');
    }
    if (input.decision === 'REWORK' && !input.notes?.trim()) {
      throw badInput('notes', 'REDO_NOTE_REQUIRED');
    }
    // A score sent with rework would be dropped without a word: refused instead.
    if (input.decision === 'REWORK' && input.score != null)
      throw badInput('score', 'SCORE_ON_ACCEPT_ONLY');
    return input.decision === 'ACCEPT'
      ? this.move(ctx, id, version, 'DONE', 'REQUESTER', {
          reviewScore: input.score!,
          reviewNotes: input.notes?.trim() || null,
          doneAt: new Date(),
        })
      : this.move(ctx, id, version, 'REWORK', 'REQUESTER', { reviewNotes: input.notes!.trim() });
  }

  cancel(ctx: Caller, id: string, version: number, reason: string | undefined) {
    return this.move(ctx, id, version, 'CANCELLED', 'REQUESTER', {
      reviewNotes: reason?.trim() || null,
    });
  }

  private async move(
    ctx: Caller,
    id: string,
    version: number,
    to: TaskStatus,
    who: 'ASSIGNEE' | 'REQUESTER' | 'LEADER',
    changes: Partial<Task>,
    action = `task.${to.toLowerCase()}`,
  ): Promise<Task> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.lock(ctx, manager, id, version);
      if (who === 'ASSIGNEE') {
        if (!before.assigneeId) throw badInput('assigneeId', 'TASK_WITHOUT_ASSIGNEE');
        if (before.assigneeId !== ctx.viewer.userId) {
          throw forbidden('Only the assignee may acknowledge, start or submit this task');
        }
      } else if (to === 'DONE' || to === 'REWORK') {
        await this.requireReviewer(ctx, manager, before);
      } else if (who === 'LEADER') {
        await this.requireLeader(ctx, manager, before);
      } else {
        this.requireRequester(ctx, before);
      }
      if (!canMoveTask(before.status, to)) {
        throw badInput(
          'status',
          before.status === 'PROPOSED' && to === 'IN_PROGRESS'
            ? 'TASK_ACKNOWLEDGE_FIRST'
            : 'TASK_TRANSITION',
          {
            from: before.status,
            to,
          },
        );
      }
      // Seed 001: a handover ends when every account and deal has passed to the successor; an
      // item cancelled would end it with that one still held by the person leaving.
      if (to === 'CANCELLED' && before.handoverId)
        throw badInput('id', 'HANDOVER_ITEM_KEPT', { handoverId: before.handoverId });
      // Seed 000: the leader answers a stuck task; its assignee does not start it again.
      if (to === 'IN_PROGRESS' && before.status === 'STUCK' && who !== 'LEADER')
        throw badInput('status', 'TASK_ANSWER_FIRST', { from: before.status, to });
      // However it gets there (started, answered after being stuck), work waits for its blockers.
      if (to === 'IN_PROGRESS') {
        const waiting = await openBlockers(manager, id);
        if (waiting.length) throw badInput('status', 'TASK_BLOCKED', { blockedBy: waiting });
      }
      const after = await updateVersioned(manager, Task, 'Task', id, version, {
        ...changes,
        status: to,
      });
      if (to === 'STUCK') await this.tellLeaders(ctx, manager, after);
      if (who === 'LEADER' && after.assigneeId && after.assigneeId !== ctx.viewer.userId) {
        await notifyUser(manager, {
          userId: after.assigneeId,
          kind: 'TASK',
          title: { key: 'TASK_ANSWERED', task: after.title },
          body: after.stuckAnswer,
          entity: 'Task',
          entityId: id,
          accountId: after.accountId,
        });
      }
      const tell =
        to === 'SUBMITTED' ? after.requesterId : to === 'REWORK' ? after.assigneeId : null;
      if (tell && tell !== ctx.viewer.userId) {
        await notifyUser(manager, {
          userId: tell,
          kind: 'TASK',
          title: { key: to === 'SUBMITTED' ? 'TASK_SUBMITTED' : 'TASK_REWORK', task: after.title },
          body: to === 'REWORK' ? after.reviewNotes : after.submissionNote,
          entity: 'Task',
          entityId: id,
          accountId: after.accountId,
        });
      }
      if (to === 'DONE' && after.handoverId) await completeHandoverItem(manager, after);
      await audit({
        action,
        entity: 'Task',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  /**
   * Separation of duties: nobody accepts or scores their own work. The requester reviews;
   * a task someone asked of themselves is reviewed by a manager above them (or an admin).
   * Other managers and admins who see the task may review it, never its assignee.
   */
  private async requireReviewer(ctx: Caller, manager: EntityManager, task: Task) {
    const me = ctx.viewer.userId;
    if (task.assigneeId === me) {
      throw forbidden('Nobody reviews their own work: the requester or their manager does', {
        reason: 'SELF_REVIEW',
      });
    }
    if (task.requesterId !== task.assigneeId) return this.requireRequester(ctx, task);
    if (hasRole(ctx.viewer, 'ADMIN') || (await isAboveInLine(manager, me, task.requesterId)))
      return;
    throw forbidden('A task someone set themselves is reviewed by a manager above them', {
      reason: 'SELF_REVIEW',
    });
  }

  /** The requester and the account's AR hear of a stuck task at once (each once). */
  private async tellLeaders(ctx: Caller, manager: EntityManager, task: Task) {
    const ars: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM account_team_member WHERE account_id = $1 AND team_role = 'AR'`,
      [task.accountId],
    );
    const leaders = new Set([task.requesterId, ...ars.map((r) => r.user_id)]);
    leaders.delete(ctx.viewer.userId);
    for (const userId of leaders)
      await notifyUser(manager, {
        userId,
        kind: 'TASK',
        title: { key: 'TASK_STUCK', task: task.title },
        body: task.stuckReason,
        entity: 'Task',
        entityId: task.id,
        accountId: task.accountId,
      });
  }

  /** Who answers a stuck task: its requester, the account's AR, a manager or an admin. */
  private async requireLeader(ctx: Caller, manager: EntityManager, task: Task) {
    if (task.requesterId === ctx.viewer.userId || hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) return;
    if (!(await holdsSeat(manager, task.accountId, ctx.viewer.userId, 'AR')))
      throw forbidden("Only the requester, the account's AR or a manager answers a stuck task");
  }

  private requireRequester(ctx: Caller, task: Task) {
    if (task.requesterId !== ctx.viewer.userId && !hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) {
      throw forbidden('Only the requester, a manager or an admin may do this');
    }
  }

  /** The task locked for the transaction, if the caller can see it; CONFLICT when stale. */
  private async lock(ctx: Caller, manager: EntityManager, id: string, version: number) {
    requireUuid('id', id);
    const scope = taskScopeCondition(await ctx.accountScope(), 't', ctx.viewer.userId);
    const task = await manager
      .getRepository(Task)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
    if (!task) throw notFound('Task', id);
    assertVersion('Task', task, version);
    return task;
  }
}

/**
 * A task is read by its assignee, so it goes to someone who may see its account: a member of
 * its team, a manager above one, finance or an admin; or the requester taking it on.
 */
async function requireAssignee(
  ctx: Caller,
  manager: EntityManager,
  accountId: string,
  userId: string,
) {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM "user" WHERE id = $1 AND status = 'ACTIVE'`,
    [userId],
  );
  if (!rows.length) throw badInput('assigneeId', 'NOT_ACTIVE_USER');
  if (userId === ctx.viewer.userId) return;
  await requireMaySeeAccount(manager, accountId, [userId], 'assigneeId');
}

async function requireRiskOfAccount(manager: EntityManager, accountId: string, riskId: string) {
  const rows: unknown[] = await manager.query(
    'SELECT 1 FROM account_risk WHERE id = $1 AND account_id = $2',
    [riskId, accountId],
  );
  if (!rows.length) throw badInput('riskId', 'NOT_CUSTOMER_RISK');
}

async function checkLinks(
  manager: EntityManager,
  accountId: string,
  opportunityId: string | null,
  planId: string | null,
) {
  await requireDealOfAccount(manager, accountId, opportunityId);
  if (planId) {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM work_plan WHERE id = $1 AND account_id = $2',
      [planId, accountId],
    );
    if (!rows.length) throw badInput('planId', 'NOT_CUSTOMER_WORK_PLAN');
  }
}

/**
 * A task is planned work: its due time is ahead. One already past is refused (field `due`,
 * reason DUE_IN_PAST) unless the requester confirms it (`allowPastDue`) — recording work
 * that is already late; the audit event then says `pastDueConfirmed`. Returns whether it
 * was confirmed past.
 */
function requireFutureDue(due: Date, allowPastDue: boolean | undefined): boolean {
  if (due.getTime() >= Date.now()) return false;
  if (!allowPastDue) throw badInput('due', 'DUE_IN_PAST', { due: due.toISOString() });
  return true;
}
