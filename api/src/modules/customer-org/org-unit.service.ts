import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { byName, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { lockAccountRow } from './customer-org.access';
import type {
  CreateOrgUnitInput,
  OrgUnitFilter,
  UpdateOrgUnitInput,
} from './dtos/customer-org.inputs';
import { OrgUnit } from './org-unit.entity';
import { likePattern } from '../../common/text';
import { lockTree } from '../../db/tree-lock';

export class OrgUnitService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: OrgUnitFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'u.account_id');
    const query = this.db
      .getRepository(OrgUnit)
      .createQueryBuilder('u')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('u.account_id = :accountId', { accountId: filter.accountId });
    if (filter.kind) query.andWhere('u.kind = :kind', { kind: filter.kind });
    if (filter.parentId) query.andWhere('u.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.ids) query.andWhere('u.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.search)
      query.andWhere('u.name ILIKE :search', { search: likePattern(filter.search) });
    return paginate(
      query,
      [{ sql: byName('u.name'), direction: 'ASC', value: (u) => u.name }],
      page,
    );
  }

  async create(ctx: Caller, input: CreateOrgUnitInput): Promise<OrgUnit> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      if (input.parentId) await requireUnitOf(manager, input.accountId, input.parentId, 'parentId');
      const repository = manager.getRepository(OrgUnit);
      const unit = await repository.save(
        repository.create({
          accountId: input.accountId,
          name: input.name.trim(),
          kind: input.kind,
          parentId: input.parentId ?? null,
        }),
      );
      await audit({ action: 'org_unit.create', entity: 'OrgUnit', entityId: unit.id, after: unit });
      return unit;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateOrgUnitInput,
    version: number,
  ): Promise<OrgUnit> {
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.parentId !== undefined) await lockTree(manager, 'org_unit.parent');
      const before = await lockAccountRow(ctx, manager, OrgUnit, 'OrgUnit', id);
      assertVersion('OrgUnit', before, version);
      const changes: Partial<OrgUnit> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.parentId !== undefined) {
        if (input.parentId !== null) {
          await requireUnitOf(manager, before.accountId, input.parentId, 'parentId');
          await refuseUnitCycle(manager, id, input.parentId);
        }
        changes.parentId = input.parentId;
      }
      const after = await updateVersioned(manager, OrgUnit, 'OrgUnit', id, version, changes);
      await audit({ action: 'org_unit.update', entity: 'OrgUnit', entityId: id, before, after });
      return after;
    });
  }
}

/** A unit referenced from a row of account A must itself belong to account A. */
export async function requireUnitOf(
  manager: EntityManager,
  accountId: string,
  unitId: string,
  field: string,
) {
  const unit = await manager.getRepository(OrgUnit).findOneBy({ id: unitId });
  if (!unit || unit.accountId !== accountId) throw badInput(field, 'NO_SUCH_UNIT');
}

async function refuseUnitCycle(manager: EntityManager, unitId: string, parentId: string) {
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM org_unit WHERE id = $1
       UNION
       SELECT u.id, u.parent_id FROM org_unit u JOIN up ON u.id = up.parent_id
     )
     SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [parentId, unitId],
  );
  if (rows.length) throw badInput('parentId', 'UNIT_BELOW_ITSELF');
}
