import { IsString } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { DecimalScalar } from './decimal.scalar';
import { NotNegative, IsCurrencyCode } from '../../common/validation';

/** An amount with its ISO 4217 currency; stored as numeric(18,2) + char(3). */
@ObjectType()
export class Money {
  @Field(() => DecimalScalar)
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  amount: string;

  @Field()
  @Column('char', { length: 3, nullable: true })
  currency: string;
}

@InputType()
export class MoneyInput {
  @Field(() => DecimalScalar)
  @NotNegative()
  amount: string;

  @Field()
  @IsString()
  @IsCurrencyCode()
  currency: string;
}

/** An amount column and its currency as Money, or null when there is no amount. */
export const toMoney = (amount: string | null, currency: string): Money | null =>
  amount === null ? null : Object.assign(new Money(), { amount, currency });
