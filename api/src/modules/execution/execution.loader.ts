import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import type { AccountScope } from '../accounts/account-scope';
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

  const tasksBy = (column: 'plan_id' | 'handover_id', keyOf: (task: Task) => string | null) =>
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
    tasksByPlanId: tasksBy('plan_id', (task) => task.planId),
    tasksByHandoverId: tasksBy('handover_id', (task) => task.handoverId),
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
