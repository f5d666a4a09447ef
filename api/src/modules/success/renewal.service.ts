import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requirePositiveAmount } from '../../common/decimal';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import type { CreateRenewalInput, RenewalFilter, UpdateRenewalInput } from './dtos/success.inputs';
import { Renewal } from './renewal.entity';
import { requireDealOfAccount } from '../pipeline/opportunity.service';
import { lockAccountRow } from '../customer-org/customer-org.access';

/** Renewals (seed 002): the AR's line records the next contract with each customer. */
export class RenewalService {
  constructor(private readonly db: DataSource) {}

  /**
   * Renewals in the caller's scope, soonest first; with `dueWithinDays`, only the open ones
   * expected within that many days (overdue ones included).
   */
  async list(ctx: Caller, filter: RenewalFilter, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'r.account_id');
    const query = this.db
      .getRepository(Renewal)
      .createQueryBuilder('r')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('r.account_id = :accountId', { accountId: filter.accountId });
    if (filter.status) query.andWhere('r.status = :status', { status: filter.status });
    if (filter.ids) query.andWhere('r.id = ANY(:ids::uuid[])', { ids: filter.ids });
    const { dueWithinDays } = filter;
    if (dueWithinDays !== undefined && dueWithinDays !== null) {
      if (!Number.isInteger(dueWithinDays) || dueWithinDays < 0 || dueWithinDays > 3650)
        throw badInput('dueWithinDays', 'BETWEEN', { min: 0, max: 3650 });
      query
        .andWhere(`r.status = 'OPEN'`)
        .andWhere('r.expected_sign_date <= :today::date + :days::int', {
          today: ctx.today(),
          days: dueWithinDays,
        });
    }
    return paginate(
      query,
      [
        {
          sql: 'r.expected_sign_date',
          direction: 'ASC',
          value: (r) => r.expectedSignDate,
          cast: 'date',
        },
      ],
      page,
    );
  }

  async create(ctx: Caller, input: CreateRenewalInput): Promise<Renewal> {
    requirePositiveAmount('amount', input.amount);
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'OWNER');
      await checkLinks(
        manager,
        input.accountId,
        input.contractId ?? null,
        input.opportunityId ?? null,
      );
      const renewal = await manager.getRepository(Renewal).save(
        manager.getRepository(Renewal).create({
          accountId: input.accountId,
          contractId: input.contractId ?? null,
          opportunityId: input.opportunityId ?? null,
          newNeeds: input.newNeeds?.trim() || null,
          productFit: input.productFit?.trim() || null,
          newProductNeeded: input.newProductNeeded?.trim() || null,
          amount: input.amount,
          currency: input.currency,
          expectedSignDate: input.expectedSignDate,
          createdById: ctx.viewer.userId,
        }),
      );
      await audit({
        action: 'renewal.create',
        entity: 'Renewal',
        entityId: renewal.id,
        after: renewal,
      });
      return renewal;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateRenewalInput, version: number) {
    requireUuid('id', id);
    if (input.amount !== undefined) requirePositiveAmount('amount', input.amount);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, Renewal, 'Renewal', id, 'id', 'OWNER');
      assertVersion('Renewal', before, version);
      await checkLinks(
        manager,
        before.accountId,
        input.contractId ?? null,
        input.opportunityId ?? null,
      );
      const changes: Partial<Renewal> = {};
      for (const key of [
        'contractId',
        'opportunityId',
        'newNeeds',
        'productFit',
        'newProductNeeded',
        'amount',
        'expectedSignDate',
        'status',
      ] as const) {
        if (input[key] !== undefined) (changes as Record<string, unknown>)[key] = input[key];
      }
      const after = await updateVersioned(manager, Renewal, 'Renewal', id, version, changes);
      await audit({ action: 'renewal.update', entity: 'Renewal', entityId: id, before, after });
      return after;
    });
  }
}

/** A renewal's deal is a RENEWAL deal of the same customer. */
async function checkLinks(
  manager: EntityManager,
  accountId: string,
  contractId: string | null,
  opportunityId: string | null,
) {
  if (contractId) {
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM contract WHERE id = $1 AND account_id = $2',
      [contractId, accountId],
    );
    if (!rows.length) throw badInput('contractId', 'NOT_CUSTOMER_CONTRACT');
  }
  await requireDealOfAccount(manager, accountId, opportunityId);
  if (opportunityId) {
    const [deal] = (await manager.query('SELECT kind FROM opportunity WHERE id = $1', [
      opportunityId,
    ])) as {
      kind: string;
    }[];
    if (deal?.kind !== 'RENEWAL') throw badInput('opportunityId', 'RENEWAL_NEEDS_RENEWAL_DEAL');
  }
}
