import type { EntityManager } from 'typeorm';

/** Whether `managerId` is somewhere above `userId` in the reporting line. */
export async function isAboveInLine(
  manager: EntityManager,
  managerId: string,
  userId: string,
): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE chain(id) AS (
       SELECT manager_id FROM "user" WHERE id = $2
       UNION
       SELECT u.manager_id FROM "user" u JOIN chain ON u.id = chain.id WHERE u.manager_id IS NOT NULL
     )
     SELECT 1 FROM chain WHERE id = $1 LIMIT 1`,
    [managerId, userId],
  );
  return rows.length > 0;
}
