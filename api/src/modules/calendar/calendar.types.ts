import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

@ObjectType({
  description:
    'The company’s calendar: the day on which due, overdue and “not in the future” are decided',
})
export class BusinessCalendar {
  @Field({ description: 'An IANA time zone (BUSINESS_TIME_ZONE), e.g. Asia/Shanghai' })
  timeZone!: string;

  @Field(() => LocalDateScalar, { description: 'The calendar day it is now in that time zone' })
  today!: string;
}
