import type { EntityManager } from 'typeorm';
import { returnedRows } from '../../db/mutation';
import { notifyUser } from '../notifications/notify-user';

/** How long a customer's map may go unchanged before its AR is asked to refresh it. */
export const REFRESH_AFTER_DAYS = 90;

/**
 * Seed 000: the customer framework and our internal resources list are refreshed on a
 * schedule. For each account whose map (its units and contacts) nobody touched, and whose last
 * refresh task closed, more than 90 days before `now`, the worker raises one REFRESH task for
 * the AR, due in two weeks — at most one per account and quarter: the unique reminder key
 * decides when two workers race. Returns how many were raised.
 */
export async function raiseRefreshReminders(manager: EntityManager, now: Date): Promise<number> {
  const raised = returnedRows<{
    id: string;
    account_id: string;
    assignee_id: string;
    title: string;
  }>(
    await manager.query(
      `INSERT INTO task (account_id, kind, title, content, expected_result, due, assignee_id,
                         requester_id, reminder_key)
       SELECT a.id, 'REFRESH',
              '更新客户组织架构与内部资源清单 Refresh the customer framework and internal resources',
              '核对部门、关键人、汇报线与影响力，补全新人，标记离职者；更新我方可调用的内部资源。 Check units, key people, reporting lines and influence; add newcomers, mark leavers; update the internal resources we can call on.',
              '组织架构图与资源清单为最新 The org chart and resources list are current',
              $1::timestamptz + interval '14 days', ar.user_id, ar.user_id,
              'FRAMEWORK:' || to_char($1::timestamptz, 'YYYY-"Q"Q')
         FROM account a
         CROSS JOIN LATERAL (
           SELECT m.user_id FROM account_team_member m JOIN "user" u ON u.id = m.user_id AND u.status = 'ACTIVE'
            WHERE m.account_id = a.id AND m.team_role = 'AR' ORDER BY m.id LIMIT 1) ar
        WHERE greatest(
                a.created_at,
                (SELECT max(c.updated_at) FROM contact c WHERE c.account_id = a.id),
                (SELECT max(u.updated_at) FROM org_unit u WHERE u.account_id = a.id),
                (SELECT max(coalesce(t.done_at, t.updated_at)) FROM task t
                  WHERE t.account_id = a.id AND t.kind = 'REFRESH' AND t.status IN ('DONE', 'CANCELLED'))
              ) < $1::timestamptz - make_interval(days => $2)
          AND NOT EXISTS (SELECT 1 FROM task t WHERE t.account_id = a.id AND t.kind = 'REFRESH'
                            AND t.status NOT IN ('DONE', 'CANCELLED'))
        ORDER BY a.id
       ON CONFLICT (account_id, reminder_key) WHERE reminder_key IS NOT NULL DO NOTHING
       RETURNING id, account_id, assignee_id, title`,
      [now, REFRESH_AFTER_DAYS],
    ),
  );
  for (const task of raised)
    await notifyUser(manager, {
      userId: task.assignee_id,
      kind: 'TASK',
      title: { key: 'TASK_NEW', task: task.title },
      body: { key: 'MAP_REFRESH' },
      entity: 'Task',
      entityId: task.id,
      accountId: task.account_id,
    });
  return raised.length;
}
