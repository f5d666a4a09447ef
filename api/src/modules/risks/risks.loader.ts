import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { AccountRisk } from './account-risk.entity';

/** Risks by id in the caller's scope, one statement per batch (the timeline reads them). */
export function createRiskLoader(db: DataSource, scopeOf: () => Promise<AccountScope>) {
  return new DataLoader<string, AccountRisk | null>(async (ids) => {
    const scope = accountScopeCondition(await scopeOf(), 'r.account_id');
    const rows = await db
      .getRepository(AccountRisk)
      .createQueryBuilder('r')
      .where('r.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .andWhere(scope.sql, scope.params)
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
