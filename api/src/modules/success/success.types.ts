import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

@ObjectType({ description: 'Revenue of one group in one period, derived from contracts' })
export class RevenueRow {
  accountId: string | null;
  ownerId: string | null;

  @Field({ description: 'The group: an account id, an owner id, a region, or ALL' })
  key: string;

  @Field(() => LocalDateScalar, { description: 'First day of the period, YYYY-MM-DD' })
  periodStart: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'RENEWAL contracts' })
  recurring: string;

  @Field(() => DecimalScalar, { nullable: true })
  new: string;

  @Field(() => DecimalScalar, { nullable: true })
  expansion: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'Yearly recurring revenue of accounts that had some the day before the period and none on its last day',
  })
  churned: string;

  @Field(() => Int, { description: 'Accounts whose recurring revenue stopped in the period' })
  churnedAccounts: number;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Yearly recurring revenue lost by accounts that kept some (contraction)',
  })
  contraction: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Yearly recurring revenue in force on the last day of the period',
  })
  annualRecurring: string;

  @Field(() => DecimalScalar, { nullable: true })
  total: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Everything signed before the period ends',
  })
  cumulative: string;
}
