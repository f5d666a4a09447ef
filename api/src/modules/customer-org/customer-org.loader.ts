import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../graphql/context';
import { accountScopeCondition } from '../accounts/account-scope';
import { Contact } from './contact.entity';
import { OrgUnit } from './org-unit.entity';

/** Rows of account-owned tables by id, one statement per batch, limited to the caller's scope. */
function scopedById<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  ctx: () => RequestContext,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const scope = accountScopeCondition(await ctx().accountScope(), 'row.account_id');
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

export function createCustomerOrgLoaders(db: DataSource, ctx: () => RequestContext) {
  return {
    contactById: scopedById(db, ctx, Contact),
    orgUnitById: scopedById(db, ctx, OrgUnit),
  };
}
