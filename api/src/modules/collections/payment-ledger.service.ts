import type { DataSource } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { accountScopeCondition } from '../accounts/account-scope';
import { Payment } from './contract.entity';
import type { PaymentFilter } from './dtos/collections.inputs';
import type { PaymentTotal } from './collections.types';

/**
 * Payments as booked (the finance desk's week): a list and its totals per currency, over
 * the same rows; scoped through the milestone's account like every collections read.
 */
export class PaymentLedgerService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: PaymentFilter = {}, page: PageArgs) {
    return paginate(
      await this.scoped(ctx, filter),
      [
        {
          sql: 'p.recorded_at',
          direction: 'DESC',
          value: (p) => isoTime(p.recordedAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async totals(ctx: Caller, filter: PaymentFilter = {}): Promise<PaymentTotal[]> {
    const rows: { currency: string; count: string; amount: string }[] = await (
      await this.scoped(ctx, filter)
    )
      .select('m.currency', 'currency')
      .addSelect('count(*)', 'count')
      .addSelect('sum(p.amount)::numeric(18,2)::text', 'amount')
      .groupBy('m.currency')
      .orderBy('m.currency')
      .getRawMany();
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }

  private async scoped(ctx: Caller, filter: PaymentFilter) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'm.account_id');
    const query = this.db
      .getRepository(Payment)
      .createQueryBuilder('p')
      .innerJoin('payment_milestone', 'm', 'm.id = p.milestone_id')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('m.account_id = :accountId', { accountId: filter.accountId });
    if (filter.contractId)
      query.andWhere('m.contract_id = :contractId', { contractId: filter.contractId });
    if (filter.recordedFrom)
      query.andWhere('p.recorded_at >= :from', { from: filter.recordedFrom });
    if (filter.recordedTo) query.andWhere('p.recorded_at < :to', { to: filter.recordedTo });
    if (filter.paidFrom) query.andWhere('p.paid_at >= :paidFrom', { paidFrom: filter.paidFrom });
    if (filter.paidTo) query.andWhere('p.paid_at <= :paidTo', { paidTo: filter.paidTo });
    return query;
  }
}
