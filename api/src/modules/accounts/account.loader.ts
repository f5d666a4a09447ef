import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { AccountTeamMember } from './account-team-member.entity';
import { Account } from './account.entity';
import { accountScopeCondition, type AccountScope } from './account-scope';

/** Account relations, one SQL statement per relation per request, scoped to the caller. */
export function createAccountLoaders(db: DataSource, scopeOf: () => Promise<AccountScope>) {
  const visibleAccounts = async (column: 'id' | 'parent_id', keys: readonly string[]) => {
    const scope = accountScopeCondition(await scopeOf(), 'a.id');
    return db
      .getRepository(Account)
      .createQueryBuilder('a')
      .where(`a.${column} = ANY(:keys::uuid[])`, { keys: keys.filter(isUuid) })
      .andWhere(scope.sql, scope.params)
      .orderBy('a.name')
      .getMany();
  };

  return {
    accountById: new DataLoader<string, Account | null>(async (ids) => {
      const byId = new Map((await visibleAccounts('id', ids)).map((a) => [a.id, a]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    childrenByAccountId: new DataLoader<string, Account[]>(async (ids) => {
      return groupByKeys(ids, await visibleAccounts('parent_id', ids), (child) => child.parentId);
    }),
    // Team rows are read only through an account the caller could already load.
    teamByAccountId: new DataLoader<string, AccountTeamMember[]>(async (ids) => {
      const members = await db
        .getRepository(AccountTeamMember)
        .createQueryBuilder('m')
        .where('m.account_id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
        .orderBy('m.team_role')
        .addOrderBy('m.created_at')
        .getMany();
      return groupByKeys(ids, members, (member) => member.accountId);
    }),
  };
}
