import type { RiskStatus } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { holdsSeat, lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { lockAccountRow } from '../customer-org/customer-org.access';
import { AccountRisk } from './account-risk.entity';
import type { CreateRiskInput, RiskFilter, UpdateRiskInput } from './dtos/risk.inputs';
import { requirePageBounds } from '../../graphql/pagination/page-bounds';

const LIVE: RiskStatus[] = ['OPEN', 'MITIGATING'];

/**
 * An account's risk register (issue 20, seed 004): read by whoever sees the account, kept by
 * its team. Lists rank by exposure (likelihood × impact), the next review first among equals.
 */
export class RiskService {
  constructor(private readonly db: DataSource) {}

  async list(
    ctx: Caller,
    filter: RiskFilter = {},
    first = 50,
    offset = 0,
  ): Promise<{ rows: AccountRisk[]; total: number }> {
    requirePageBounds(first, offset);
    const scope = accountScopeCondition(await ctx.accountScope(), 'r.account_id');
    const query = this.db
      .getRepository(AccountRisk)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params)
      .andWhere('r.status = ANY(:statuses)', {
        statuses: filter.statuses?.length ? filter.statuses : LIVE,
      });
    if (filter.accountId)
      query.andWhere('r.account_id = :accountId', { accountId: filter.accountId });
    if (filter.minExposure)
      query.andWhere('r.likelihood * r.impact >= :min', { min: filter.minExposure });
    const [rows, total] = await query
      .addSelect('r.likelihood * r.impact', 'exposure')
      .orderBy('exposure', 'DESC')
      .addOrderBy('r.review_date', 'ASC', 'NULLS LAST')
      .addOrderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'ASC')
      .limit(first)
      .offset(offset)
      .getManyAndCount();
    return { rows, total };
  }

  async get(ctx: Caller, id: string): Promise<AccountRisk | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'r.account_id');
    return this.db
      .getRepository(AccountRisk)
      .createQueryBuilder('r')
      .where('r.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateRiskInput): Promise<AccountRisk> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      if (input.ownerId) await requireSeated(manager, input.accountId, input.ownerId);
      const repository = manager.getRepository(AccountRisk);
      const risk = await repository.save(
        repository.create({
          accountId: input.accountId,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          source: 'MANUAL',
          causeId: null,
          likelihood: input.likelihood,
          impact: input.impact,
          ownerId: input.ownerId ?? ctx.viewer.userId,
          mitigation: input.mitigation?.trim() || null,
          reviewDate: input.reviewDate ?? null,
          createdById: ctx.viewer.userId,
        }),
      );
      await audit({ action: 'risk.create', entity: 'AccountRisk', entityId: risk.id, after: risk });
      return risk;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateRiskInput, version: number) {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, AccountRisk, 'AccountRisk', id);
      assertVersion('AccountRisk', before, version);
      const changes: Partial<AccountRisk> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description?.trim() || null;
      if (input.likelihood !== undefined) changes.likelihood = input.likelihood;
      if (input.impact !== undefined) changes.impact = input.impact;
      if (input.mitigation !== undefined) changes.mitigation = input.mitigation?.trim() || null;
      if (input.reviewDate !== undefined) changes.reviewDate = input.reviewDate;
      if (input.ownerId !== undefined) {
        if (input.ownerId) await requireSeated(manager, before.accountId, input.ownerId);
        changes.ownerId = input.ownerId;
      }
      if (input.status !== undefined && input.status !== before.status) {
        changes.status = input.status;
        changes.closedAt = input.status === 'CLOSED' ? new Date() : null;
      }
      const after = await updateVersioned(
        manager,
        AccountRisk,
        'AccountRisk',
        id,
        version,
        changes,
      );
      await audit({ action: 'risk.update', entity: 'AccountRisk', entityId: id, before, after });
      return after;
    });
  }
}

/** A risk is watched by someone who sees the account: a member of its team. */
async function requireSeated(manager: EntityManager, accountId: string, userId: string) {
  if (!(await holdsSeat(manager, accountId, userId)))
    throw badInput('ownerId', 'OWNER_NOT_ON_TEAM');
}
