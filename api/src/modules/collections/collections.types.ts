import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { ProcessRunStep } from '../processes/process-run.entity';
import { PaymentMilestone } from './contract.entity';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
@ObjectType({ description: 'Payments booked in one currency: how many and how much' })
export class PaymentTotal {
  @Field()
  currency: string;

  @Field(() => Int)
  count: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  amount: string;
}

@ObjectType({ description: 'Receivables by days past due (seed 003), in one currency' })
export class AgingRow {
  accountId: string | null;
  ownerId: string | null;

  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  region: string | null;

  @Field()
  currency: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Not yet due' })
  notDue: string;

  @Field(() => DecimalScalar, { nullable: true })
  days0to30: string;

  @Field(() => DecimalScalar, { nullable: true })
  days31to60: string;

  @Field(() => DecimalScalar, { nullable: true })
  days61to90: string;

  @Field(() => DecimalScalar, { nullable: true })
  over90: string;

  @Field(() => DecimalScalar, { nullable: true })
  outstanding: string;

  @Field(() => Float, { nullable: true, description: 'Days sales outstanding' })
  dso: number | null;
}

@ObjectType({ description: 'One contract on the battle map: what is due, paid, overdue, proven' })
export class BattleMapRow {
  contractId: string;
  accountId: string;
  currency: string;

  @Field(() => DecimalScalar, { nullable: true })
  contractAmount: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Milestones due by today' })
  due: string;

  @Field(() => DecimalScalar, { nullable: true })
  paid: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Everything not yet paid' })
  open: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Unpaid and past due' })
  overdue: string;

  @Field(() => LocalDateScalar, { nullable: true })
  nextDue: string | null;

  @Field(() => Int)
  overdueMilestones: number;

  @Field(() => Int)
  evidenceChecked: number;

  @Field(() => Int)
  evidenceRequired: number;
}

@ObjectType({ description: "An overdue milestone held up by a step of the customer's chain" })
export class MilestoneHold {
  @Field(() => PaymentMilestone)
  milestone: PaymentMilestone;

  @Field(() => ProcessRunStep, {
    description: 'The signature not yet given: its approver and our owner are on it',
  })
  step: ProcessRunStep;
}
