import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';

@ObjectType({ description: 'Time deals spent in one funnel stage, for one group' })
export class StageTime {
  @Field(() => ID)
  stageId: string;

  @Field({ description: 'The group: an owner id, a manager id (TEAM), or ALL' })
  key: string;

  ownerId: string | null;

  @Field(() => Int, { description: 'Stints in the stage that ended in the period' })
  completed: number;

  @Field(() => Float, { nullable: true, description: 'Median days of those stints' })
  medianDays: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile days of those stints' })
  p90Days: number | null;

  @Field(() => Int, { description: 'Open deals in the stage now' })
  openDeals: number;

  @Field(() => Float, { nullable: true, description: 'Median days the open deals have waited' })
  openMedianDays: number | null;
}

@ObjectType({
  description: 'Sales velocity: open deals × win rate × average won amount ÷ median cycle, per day',
})
export class DealVelocity {
  @Field({ description: 'The group: an owner id, a manager id (TEAM), or ALL' })
  key: string;

  ownerId: string | null;

  @Field(() => Int)
  openDeals: number;

  @Field(() => Int, { description: 'Won in the period' })
  won: number;

  @Field(() => Int, { description: 'Lost in the period' })
  lost: number;

  @Field(() => Float, { nullable: true, description: 'won ÷ (won + lost)' })
  winRate: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  averageWon: string | null;

  @Field(() => Float, { nullable: true, description: 'Median days from creation to won' })
  cycleDays: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Money per day the pipeline moves' })
  perDay: string | null;

  @Field()
  currency: string;
}

@ObjectType({ description: 'One stay of a deal in a stage' })
export class StageStint {
  @Field(() => ID)
  stageId: string;

  @Field(() => Date)
  enteredAt: Date;

  @Field(() => Date, { nullable: true, description: 'null while the deal is still there' })
  leftAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'null in won and lost' })
  days: number | null;
}
