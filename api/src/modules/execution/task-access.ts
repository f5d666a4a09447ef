import type { AccountScope } from '../accounts/account-scope';
import { accountScopeCondition } from '../accounts/account-scope';

/**
 * Tasks follow the account scope, and are always visible to their assignee and requester
 * (an expert from outside the account team must see the task they are asked to do).
 */
export function taskScopeCondition(scope: AccountScope, alias: string, me: string) {
  const account = accountScopeCondition(scope, `${alias}.account_id`);
  return {
    sql: `(${account.sql} OR ${alias}.assignee_id = :taskMe OR ${alias}.requester_id = :taskMe)`,
    params: { ...account.params, taskMe: me },
  };
}
