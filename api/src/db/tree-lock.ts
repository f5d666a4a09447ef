import type { EntityManager } from 'typeorm';

export type Tree = 'org_unit.parent' | 'contact.reports_to' | 'user.manager' | 'account.parent';

/**
 * Edits that hang a record elsewhere in a tree (a unit below another, a contact's or a user's
 * line, an account in a group) take turns, one tree at a time. Each checks that the move makes
 * no loop and then writes it: two at once could each pass the check before the other's write,
 * or wait on each other's row until Postgres rolls one back. Taken first in the transaction,
 * before any row lock, so it never waits for a lock that waits for it. Such edits are rare and
 * short: one lock per tree costs nothing that matters.
 */
export async function lockTree(manager: EntityManager, tree: Tree): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tree:${tree}`]);
}
