import { planScore } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../common/app-error';
import { likePattern } from '../../common/text';

import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { holdsSeat, lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import type {
  CreateWorkPlanInput,
  UpdateWorkPlanInput,
  WorkPlanFilter,
} from './dtos/execution.inputs';
import { Task } from './task.entity';
import { WorkPlanReview } from './work-plan-review.entity';
import { WorkPlan } from './work-plan.entity';
import { requireDealOfAccount } from '../pipeline/opportunity.service';
import { lockAccountRow } from '../customer-org/customer-org.access';
import { isAboveInLine } from '../identity/reporting-line';
import { hasRole } from '../identity/viewer';
import type { PlanReadiness } from './execution.types';

export class WorkPlanService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: WorkPlanFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'p.account_id');
    const query = this.db
      .getRepository(WorkPlan)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('p.account_id = :accountId', { accountId: filter.accountId });
    if (filter.opportunityId)
      query.andWhere('p.opportunity_id = :opportunityId', { opportunityId: filter.opportunityId });
    if (filter.search)
      query.andWhere('p.name ILIKE :search', { search: likePattern(filter.search) });
    return paginate(
      query,
      [
        {
          sql: 'p.created_at',
          direction: 'DESC',
          value: (p) => isoTime(p.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async get(ctx: Caller, id: string): Promise<WorkPlan | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'p.account_id');
    return this.db
      .getRepository(WorkPlan)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateWorkPlanInput): Promise<WorkPlan> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      await requireDealOfAccount(manager, input.accountId, input.opportunityId);
      const plan = await manager.getRepository(WorkPlan).save(
        manager.getRepository(WorkPlan).create({
          accountId: input.accountId,
          opportunityId: input.opportunityId ?? null,
          name: input.name.trim(),
          createdById: ctx.viewer.userId,
        }),
      );
      await audit({
        action: 'workPlan.create',
        entity: 'WorkPlan',
        entityId: plan.id,
        after: plan,
      });
      return plan;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateWorkPlanInput, version: number) {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, WorkPlan, 'WorkPlan', id);
      assertVersion('WorkPlan', before, version);
      const changes: Partial<WorkPlan> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.presentationScore !== undefined) {
        await requirePresentationScorer(ctx, manager, before);
        changes.presentationScore = input.presentationScore;
      }
      const after = await updateVersioned(manager, WorkPlan, 'WorkPlan', id, version, changes);
      await audit({ action: 'workPlan.update', entity: 'WorkPlan', entityId: id, before, after });
      return after;
    });
  }

  /**
   * Seed 000: the AR goes through the whole table with the team. Recorded with notes and the
   * number of tasks it held; a task added, moved in or cancelled afterwards asks for another.
   */
  async review(ctx: Caller, planId: string, notes: string): Promise<WorkPlanReview> {
    requireUuid('id', planId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const plan = await lockAccountRow(ctx, manager, WorkPlan, 'WorkPlan', planId);
      if (
        !hasRole(ctx.viewer, 'MANAGER', 'ADMIN') &&
        !(await holdsSeat(manager, plan.accountId, ctx.viewer.userId, 'AR'))
      )
        throw forbidden("The account's AR (or a manager) reviews its task table");
      const taskIds = await tableTaskIds(manager, planId);
      const repository = manager.getRepository(WorkPlanReview);
      const review = await repository.save(
        repository.create({
          planId,
          accountId: plan.accountId,
          reviewerId: ctx.viewer.userId,
          notes: notes.trim(),
          tasks: taskIds.length,
          taskIds,
        }),
      );
      await audit({
        action: 'workPlan.review',
        entity: 'WorkPlan',
        entityId: planId,
        after: review,
      });
      return review;
    });
  }

  /** Seed 000: a task table is good when every task has an assignee who confirmed it. */
  async readiness(ctx: Caller, planId: string): Promise<PlanReadiness | null> {
    const plan = await this.get(ctx, planId);
    if (!plan) return null;
    const [row] = (await this.db.query(
      `SELECT round(avg(CASE WHEN status = 'DONE' THEN review_score ELSE 0 END)
                FILTER (WHERE status <> 'CANCELLED'), 2)::float8 AS execution,
              count(*)::int AS tasks
         FROM task WHERE plan_id = $1 AND status <> 'CANCELLED'`,
      [planId],
    )) as { execution: number | null; tasks: number }[];
    // The plan is visible, so its open tasks are: one statement, not one per task.
    const waiting = await this.db.getRepository(Task).find({
      where: { planId, status: 'PROPOSED' },
      order: { due: 'ASC' },
    });
    const execution = row!.execution;
    const lastReview = await this.db.getRepository(WorkPlanReview).findOne({
      where: { planId },
      order: { reviewedAt: 'DESC' },
    });
    // Reviewed while the table holds the very tasks its review saw: none added, none left
    // (moved to another table or cancelled), none swapped for another.
    const reviewed =
      !!lastReview && sameIds(await tableTaskIds(this.db.manager, planId), lastReview.taskIds);
    // An empty table has nobody to confirm anything: it is not complete, so never ready.
    const complete = row!.tasks > 0 && waiting.length === 0;
    return {
      lastReview: lastReview ?? null,
      reviewed,
      ready: complete && reviewed,
      planId,
      unassigned: waiting.filter((t) => !t.assigneeId),
      unacknowledged: waiting.filter((t) => t.assigneeId),
      complete,
      execution,
      presentation: plan.presentationScore,
      score: planScore(execution, plan.presentationScore),
    };
  }
}

/**
 * Separation of duties: the plan's author presents it and a manager above them (or an
 * admin) scores the presentation; nobody scores their own.
 */
async function requirePresentationScorer(ctx: Caller, manager: EntityManager, plan: WorkPlan) {
  const me = ctx.viewer.userId;
  if (plan.createdById === me)
    throw forbidden('Nobody scores their own presentation: a manager above you does', {
      field: 'presentationScore',
      reason: 'SELF_REVIEW',
    });
  if (hasRole(ctx.viewer, 'ADMIN') || (await isAboveInLine(manager, me, plan.createdById))) return;
  throw forbidden("A manager above the plan's author scores its presentation", {
    field: 'presentationScore',
  });
}

/** The open and done tasks of a table (not the cancelled), by id. */
async function tableTaskIds(manager: EntityManager, planId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT id FROM task WHERE plan_id = $1 AND status <> 'CANCELLED' ORDER BY id`,
    [planId],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

const sameIds = (a: readonly string[], b: readonly string[]) => {
  const seen = new Set(b);
  return a.length === seen.size && a.every((id) => seen.has(id));
};
