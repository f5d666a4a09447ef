import {
  DELIVERY_CHANNELS,
  DELIVERY_TOPICS,
  LANGUAGES,
  type DeliveryChannel,
  type DeliveryTopic,
  type Language,
} from '@trident/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';

export const DeliveryChannelEnum = enumOf(DELIVERY_CHANNELS);
export const DeliveryTopicEnum = enumOf(DELIVERY_TOPICS);
export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(DeliveryChannelEnum, { name: 'DeliveryChannel' });
registerEnumType(DeliveryTopicEnum, {
  name: 'DeliveryTopic',
  description: 'What a person chooses channels for: overdue payments apart from other escalations',
});
registerEnumType(LanguageEnum, { name: 'Language' });

/** Which channels one topic goes to. */
@ObjectType()
export class TopicChannels {
  @Field(() => DeliveryTopicEnum)
  topic: DeliveryTopic;

  @Field(() => [DeliveryChannelEnum])
  channels: DeliveryChannel[];
}

/**
 * One person's choices; a person without a row has the defaults (DEFAULT_TOPIC_CHANNELS).
 * Quiet hours are minutes after local midnight in `timeZone`; start = end means none.
 */
@Entity()
@Check('delivery_preference_language_check', `language IN (${sqlList(LANGUAGES)})`)
@Check(
  'delivery_preference_quiet_check',
  '(quiet_start IS NULL) = (quiet_end IS NULL) AND quiet_start BETWEEN 0 AND 1439 AND quiet_end BETWEEN 0 AND 1439',
)
export class DeliveryPreference {
  @PrimaryColumn('uuid')
  userId: string;

  @Column('text')
  language: Language;

  /** Topic → channels, every topic present. */
  @Column('jsonb')
  topics: Record<DeliveryTopic, DeliveryChannel[]>;

  @Column('smallint')
  escalationMinLevel: number;

  @Column('smallint', { nullable: true })
  quietStart: number | null;

  @Column('smallint', { nullable: true })
  quietEnd: number | null;

  @Column('text')
  timeZone: string;

  /** The robots that reach this person, at most one per platform. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  robotIds: string[];

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
