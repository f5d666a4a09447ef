import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { Contact } from './contact.entity';
import { OrgUnit } from './org-unit.entity';

/** Rows of account-owned tables by id, one statement per batch, limited to the caller's scope. */
function scopedById<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  scopeOf: () => Promise<AccountScope>,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const scope = accountScopeCondition(await scopeOf(), 'row.account_id');
    const rows = await db
      .getRepository(entity)
      .createQueryBuilder('row')
      .where('row.id = ANY(:ids::uuid[])', { ids: ids.filter(isUuid) })
      .andWhere(scope.sql, scope.params)
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function createCustomerOrgLoaders(db: DataSource, scopeOf: () => Promise<AccountScope>) {
  return {
    contactById: scopedById(db, scopeOf, Contact),
    orgUnitById: scopedById(db, scopeOf, OrgUnit),
  };
}
