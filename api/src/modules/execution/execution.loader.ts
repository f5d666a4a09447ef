import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { Feedback } from './feedback.entity';
import type { HandoverProgress } from './execution.types';
import { taskScopeCondition } from './task-access';
import { Task } from './task.entity';

/** The most tasks one plan or handover answers with (as the task list's page did before). */
export const TASKS_PER_PARENT = 500;

/**
 * Execution relations: one statement per relation per request, whatever the number of
 * plans or handovers on a page. Tasks keep the task list's own scope (the account's team,
 * or the caller as assignee or requester), soonest due first, at most 500 per parent.
 */
export function createExecutionLoaders(
  db: DataSource,
  scopeOf: () => Promise<AccountScope>,
  viewerId: () => string,
) {
  const ids = (keys: readonly string[]) => keys.filter(isUuid);

  const tasksBy = (
    column: 'plan_id' | 'handover_id' | 'risk_id',
    keyOf: (task: Task) => string | null,
  ) =>
    new DataLoader<string, Task[]>(async (keys) => {
      const visible = taskScopeCondition(await scopeOf(), 'x', viewerId());
      const rows = await db
        .getRepository(Task)
        .createQueryBuilder('t')
        .where(
          `t.id IN (SELECT top.id FROM unnest(:ids::uuid[]) AS parent(id)
              CROSS JOIN LATERAL (
                SELECT x.id FROM task x WHERE x.${column} = parent.id AND ${visible.sql}
                 ORDER BY x.due, x.id LIMIT :top) top)`,
          { ...visible.params, ids: ids(keys), top: TASKS_PER_PARENT },
        )
        .orderBy('t.due', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getMany();
      return groupByKeys(keys, rows, keyOf);
    });

  return {
    /** Tasks by id, in the task list's own scope (the timeline reads them). */
    taskById: new DataLoader<string, Task | null>(async (keys) => {
      const visible = taskScopeCondition(await scopeOf(), 't', viewerId());
      const rows = await db
        .getRepository(Task)
        .createQueryBuilder('t')
        .where('t.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(visible.sql, visible.params)
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    /** Feedback by id, in the feedback list's scope: the account's team and the line above. */
    feedbackById: new DataLoader<string, Feedback | null>(async (keys) => {
      const scope = accountScopeCondition(await scopeOf(), 'f.account_id');
      const rows = await db
        .getRepository(Feedback)
        .createQueryBuilder('f')
        .where('f.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(scope.sql, scope.params)
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    tasksByPlanId: tasksBy('plan_id', (task) => task.planId),
    tasksByHandoverId: tasksBy('handover_id', (task) => task.handoverId),
    tasksByRiskId: tasksBy('risk_id', (task) => task.riskId),
    /** The tasks each task waits for, among those the caller may see. */
    blockersByTaskId: new DataLoader<string, Task[]>(async (keys) => {
      const visible = taskScopeCondition(await scopeOf(), 't', viewerId());
      const rows = await db
        .getRepository(Task)
        .createQueryBuilder('t')
        .innerJoin('task_dependency', 'd', 'd.blocked_by_id = t.id')
        .addSelect('d.task_id', 'waiting_task_id')
        .where('d.task_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(visible.sql, visible.params)
        .orderBy('t.due', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getRawAndEntities<{ waiting_task_id: string }>();
      const byTask = new Map<string, Task[]>();
      rows.raw.forEach((raw, i) => {
        const list = byTask.get(raw.waiting_task_id) ?? [];
        list.push(rows.entities[i]!);
        byTask.set(raw.waiting_task_id, list);
      });
      return keys.map((key) => byTask.get(key) ?? []);
    }),
    /**
     * Whether each task still waits for another (whoever may see that one: a yes or no reveals
     * nothing of it).
     */
    blockedTaskIds: new DataLoader<string, boolean>(async (keys) => {
      const rows: { task_id: string }[] = await db.query(
        `SELECT DISTINCT d.task_id FROM task_dependency d JOIN task b ON b.id = d.blocked_by_id
          WHERE d.task_id = ANY($1::uuid[]) AND b.status NOT IN ('DONE', 'CANCELLED')`,
        [ids(keys)],
      );
      const blocked = new Set(rows.map((r) => r.task_id));
      return keys.map((key) => blocked.has(key));
    }),
    /** Items and items closed per handover (every item counts, as the handover's own total). */
    progressByHandoverId: new DataLoader<string, HandoverProgress>(async (keys) => {
      const rows: { handover_id: string; total: number; done: number }[] = await db.query(
        `SELECT handover_id, count(*)::int AS total,
                count(*) FILTER (WHERE status IN ('DONE', 'CANCELLED'))::int AS done
           FROM task WHERE handover_id = ANY($1::uuid[]) GROUP BY handover_id`,
        [ids(keys)],
      );
      const byId = new Map(rows.map((row) => [row.handover_id, row]));
      return keys.map((key) => {
        const row = byId.get(key);
        return { total: row?.total ?? 0, done: row?.done ?? 0 };
      });
    }),
  };
}
