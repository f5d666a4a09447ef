import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SurveyInvitation } from './survey-invitation.entity';

/** A link just sent: shown this once (only a hash of its token is kept). */
@ObjectType()
export class SentSurveyInvitation {
  @Field(() => SurveyInvitation)
  invitation: SurveyInvitation;

  @Field({ description: 'The link for the contact, shown once: it cannot be read again' })
  link: string;
}

/** One quarter of an account's survey answers. */
@ObjectType()
export class SurveyQuarter {
  @Field({ description: 'e.g. 2026-Q4' })
  quarter: string;

  @Field(() => Float, { nullable: true, description: 'NPS of the quarter, null without answers' })
  nps: number | null;

  @Field(() => Int)
  responses: number;
}

/**
 * The customer's voice on one account: NPS (% promoters 9–10 − % detractors 0–6), the
 * answers and their average over the last four quarters (this one included), and each
 * of those quarters.
 */
@ObjectType()
export class SurveyScore {
  @Field(() => ID)
  accountId: string;

  @Field(() => Float, { nullable: true, description: '−100…100, null without answers' })
  nps: number | null;

  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Average NPS answer, 0–10' })
  average: number | null;

  @Field(() => Int)
  promoters: number;

  @Field(() => Int)
  passives: number;

  @Field(() => Int)
  detractors: number;

  @Field(() => [SurveyQuarter], { description: 'The last four quarters, oldest first' })
  trend: SurveyQuarter[];
}
