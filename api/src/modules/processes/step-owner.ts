import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireMaySeeAccount } from '../accounts/account-scope';

/**
 * The colleague named to carry a step gets its gap tasks, notifications and late-approval
 * escalations, which name the customer: so on a customer's own template or run it is someone
 * who may see that customer. A global template is a pattern: its named owner carries a run's
 * step only while they may see the run's account (`run-gaps.ts`, the APPROVAL_LATE trigger).
 */
export async function requireStepOwner(
  manager: EntityManager,
  accountId: string | null,
  userId: string,
  field: string,
): Promise<void> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM "user" WHERE id = $1 AND status = 'ACTIVE'`,
    [userId],
  );
  if (!rows.length) throw badInput(field, 'NOT_ACTIVE_COLLEAGUE');
  if (accountId) await requireMaySeeAccount(manager, accountId, [userId], field);
}
