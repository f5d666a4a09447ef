import type { GraphQLResolveInfo } from 'graphql';
import { matrixQuadrant } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, uniqueViolation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import {
  byName,
  emptyLast,
  isoTime,
  paginate,
  sortKey,
  type SortKeyOf,
} from '../../graphql/pagination/paginate';
import { likePattern } from '../../common/text';
import { lockAccountForWrite } from './account-access';
import { accountScopeCondition } from './account-scope';
import { Account } from './account.entity';
import type { AccountFilter, AccountOrder, UpdateAccountInput } from './dtos/account.inputs';
import { accountNameKey } from './normalize-account-name';
import { normalizeRegistrationNo } from './normalize-registration-no';
import { replanRunsOf } from '../processes/run-planner';
import { decisionCoverageSql, requireCoverageShare } from '../customer-org/decision-coverage';
import { planAccountRelations } from './account-plan';
import { lockTree } from '../../db/tree-lock';

const SORT: Record<AccountOrder['field'], SortKeyOf<Account>> = {
  NAME: { sql: byName('a.name'), value: (a) => a.name },
  // The database orders text by code point: U+10FFFF sorts after every region's name.
  REGION: emptyLast('a.region', (a) => a.region, { low: '', high: '\u{10FFFF}' }),
  CREATED_AT: { sql: 'a.created_at', value: (a) => isoTime(a.createdAt), cast: 'timestamptz' },
  UPDATED_AT: { sql: 'a.updated_at', value: (a) => isoTime(a.updatedAt), cast: 'timestamptz' },
  POTENTIAL: emptyLast('a.potential_amount', (a) => a.potential.amount, {
    low: '-1',
    high: '1e30',
    cast: 'numeric',
  }),
};

/** Unique constraints of the account table and the input field each one guards. */
export const ACCOUNT_UNIQUE_FIELDS: Record<string, string> = {
  account_registration_no_key: 'registrationNo',
  account_normalized_name_key: 'name',
};

export class AccountService {
  constructor(private readonly db: DataSource) {}

  async list(
    ctx: Caller,
    filter: AccountFilter = {},
    orderBy: AccountOrder[] = [],
    page: PageArgs,
    /** The request: relations its nodes ask for are read in the page's statement. */
    info?: GraphQLResolveInfo,
  ) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'a.id');
    const query = this.db
      .getRepository(Account)
      .createQueryBuilder('a')
      .where(scope.sql, scope.params);
    if (filter.search)
      query.andWhere('a.name ILIKE :search', { search: likePattern(filter.search) });
    if (filter.industry) query.andWhere('a.industry = :industry', { industry: filter.industry });
    if (filter.region)
      query.andWhere('a.region ILIKE :region', { region: likePattern(filter.region) });
    if (filter.tier) query.andWhere('a.tier = :tier', { tier: filter.tier });
    if (filter.quadrant) query.andWhere('a.quadrant = :quadrant', { quadrant: filter.quadrant });
    if (filter.parentId) query.andWhere('a.parent_id = :parentId', { parentId: filter.parentId });
    if (filter.ids) query.andWhere('a.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.decisionCoverageBelow !== undefined && filter.decisionCoverageBelow !== null) {
      requireCoverageShare('decisionCoverageBelow', filter.decisionCoverageBelow);
      query.andWhere(`${decisionCoverageSql('a.id')} < :thin`, {
        thin: filter.decisionCoverageBelow,
      });
    }
    if (filter.ownerId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM account_team_member o
                 WHERE o.account_id = a.id AND o.team_role = 'AR' AND o.user_id = :ownerId)`,
        { ownerId: filter.ownerId },
      );
    }
    const order = orderBy.length ? orderBy : [{ field: 'NAME', direction: 'ASC' } as AccountOrder];
    return paginate(
      query,
      order.map((o) => sortKey(SORT[o.field], o.direction)),
      page,
      planAccountRelations(this.db, info),
    );
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateAccountInput,
    version: number,
  ): Promise<Account> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.parentId !== undefined) await lockTree(manager, 'account.parent');
      const before = await lockAccountForWrite(ctx, manager, id);
      assertVersion('Account', before, version);
      const changes: Partial<Account> = {};
      if (input.name !== undefined) {
        changes.name = input.name.trim();
        changes.normalizedName = accountNameKey(input.name);
      }
      if (input.registrationNo !== undefined)
        changes.registrationNo = normalizeRegistrationNo(input.registrationNo);
      if (input.industry !== undefined) changes.industry = input.industry?.trim() || null;
      if (input.region !== undefined) changes.region = input.region?.trim() || null;
      if (input.tier !== undefined) changes.tier = input.tier;
      if (input.purchaseMode !== undefined) changes.purchaseMode = input.purchaseMode;
      if (input.lifecycleStage !== undefined) changes.lifecycleStage = input.lifecycleStage;
      if (input.relationshipLevel !== undefined)
        changes.relationshipLevel = input.relationshipLevel;
      if (input.drivers !== undefined) changes.drivers = input.drivers;
      if (input.serviceStage !== undefined) changes.serviceStage = input.serviceStage;
      if (input.potential !== undefined) {
        changes.potential = {
          amount: input.potential?.amount ?? (null as unknown as string),
          currency: input.potential?.currency ?? (null as unknown as string),
        };
      }
      if (input.parentId !== undefined) {
        if (input.parentId !== null) await refuseHierarchyCycle(manager, id, input.parentId);
        changes.parentId = input.parentId;
      }
      changes.quadrant = matrixQuadrant(
        changes.potential ? changes.potential.amount : before.potential.amount,
        changes.relationshipLevel !== undefined
          ? changes.relationshipLevel
          : before.relationshipLevel,
      );
      let after: Account;
      try {
        after = await updateVersioned(manager, Account, 'Account', id, version, changes);
      } catch (error) {
        const constraint = uniqueViolation(error);
        if (constraint) {
          const field = ACCOUNT_UNIQUE_FIELDS[constraint] ?? 'name';
          throw conflict('DUPLICATE', { field });
        }
        throw error;
      }
      // Step conditions may read the region: the account's running chains follow it.
      const replanned =
        changes.region !== undefined && changes.region !== before.region
          ? await replanRunsOf(
              manager,
              ctx.viewer.userId,
              { accountId: id },
              `region ${before.region ?? '—'} → ${after.region ?? '—'}`,
            )
          : [];
      await audit({
        action: 'account.update',
        entity: 'Account',
        entityId: id,
        before,
        after: replanned.length ? { ...after, replanned } : after,
      });
      return after;
    });
  }
}

/** The group hierarchy stays a tree: an account cannot sit below itself. */
export async function refuseHierarchyCycle(
  manager: EntityManager,
  accountId: string | null,
  parentId: string,
) {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE up(id, parent_id) AS (
       SELECT id, parent_id FROM account WHERE id = $1
       UNION
       SELECT a.id, a.parent_id FROM account a JOIN up ON a.id = up.parent_id
     )
     SELECT id FROM up`,
    [parentId],
  );
  if (rows.length === 0) throw badInput('parentId', 'NO_SUCH_ACCOUNT');
  if (accountId && rows.some((row) => row.id === accountId)) {
    throw badInput('parentId', 'ACCOUNT_BELOW_ITSELF');
  }
}
