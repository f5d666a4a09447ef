import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';

/**
 * Edits of one customer's dependencies take turns (a transaction lock per account), so two
 * edits at once cannot close a cycle between them. Taken before any task row is locked: an
 * edit holding a task's row while waiting for this lock would deadlock with one holding it.
 */
export async function lockDependencies(manager: EntityManager, accountId: string) {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
    `task_dependency:${accountId}`,
  ]);
}

/**
 * Sets the tasks `taskId` waits for (issue 20, seed 000): tasks of the same customer, never
 * itself nor anything that already waits for it.
 */
export async function setBlockers(
  manager: EntityManager,
  task: { id: string; accountId: string },
  blockedByIds: string[],
): Promise<void> {
  const ids = [...new Set(blockedByIds)];
  if (ids.includes(task.id)) throw badInput('blockedByIds', 'TASK_DEPENDENCY_CYCLE');
  await lockDependencies(manager, task.accountId);
  if (ids.length) {
    const found: unknown[] = await manager.query(
      'SELECT id FROM task WHERE id = ANY($1::uuid[]) AND account_id = $2',
      [ids, task.accountId],
    );
    if (found.length !== ids.length) throw badInput('blockedByIds', 'NOT_CUSTOMER_TASK');
    // Walk what the new blockers wait for, and what those wait for: meeting this task again
    // would close a loop.
    const loop: unknown[] = await manager.query(
      `WITH RECURSIVE waits(id) AS (
         SELECT unnest($1::uuid[])
         UNION
         SELECT d.blocked_by_id FROM task_dependency d JOIN waits w ON d.task_id = w.id
       )
       SELECT 1 FROM waits WHERE id = $2 LIMIT 1`,
      [ids, task.id],
    );
    if (loop.length) throw badInput('blockedByIds', 'TASK_DEPENDENCY_CYCLE');
  }
  await manager.query('DELETE FROM task_dependency WHERE task_id = $1', [task.id]);
  if (ids.length)
    await manager.query(
      `INSERT INTO task_dependency (task_id, blocked_by_id) SELECT $1, unnest($2::uuid[])`,
      [task.id, ids],
    );
}

/** The tasks `taskId` still waits for: neither done nor cancelled. */
export async function openBlockers(manager: EntityManager, taskId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `SELECT b.id FROM task_dependency d JOIN task b ON b.id = d.blocked_by_id
      WHERE d.task_id = $1 AND b.status NOT IN ('DONE', 'CANCELLED') ORDER BY b.due, b.id`,
    [taskId],
  );
  return rows.map((r) => r.id);
}
