import { TIMELINE_KINDS, type TimelineKind } from '@trident/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const TimelineKindEnum = enumOf(TIMELINE_KINDS);
registerEnumType(TimelineKindEnum, { name: 'TimelineKind' });

@ObjectType({ description: 'One event in an account’s history; the field of its kind is set' })
export class TimelineEntry {
  @Field(() => ID)
  id: string;

  @Field(() => TimelineKindEnum)
  kind: TimelineKind;

  @Field(() => Date)
  at: Date;

  actorId: string | null;

  /** What the entry opens: the row itself, or for a payment its milestone. */
  refId: string;
}
