import {
  DELIVERY_CHANNELS,
  DELIVERY_KINDS,
  DELIVERY_STATUSES,
  type DeliveryChannel,
  type DeliveryKind,
  type DeliveryStatus,
} from '@trident/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';
import { DeliveryChannelEnum } from './delivery-preference.entity';

export const DeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
export const DeliveryKindEnum = enumOf(DELIVERY_KINDS);
registerEnumType(DeliveryStatusEnum, { name: 'DeliveryStatus' });
registerEnumType(DeliveryKindEnum, {
  name: 'DeliveryKind',
  description: 'About one notification, a digest after quiet hours, or a team robot post',
});

/**
 * One outgoing message on one channel, and its log. `key` is unique: a notification and a
 * channel (`n:<notification>:<channel>`), an escalation and a team robot
 * (`e:<escalation>:<robot>`), or a person's digest (`d:<user>:<channel>:<end of quiet
 * hours>`) — so planning twice, or on two workers, never makes a second message.
 */
@ObjectType()
@Entity()
@Unique('delivery_key', ['key'])
@Index('delivery_pending_idx', ['nextAttemptAt'], { where: "status = 'PENDING'" })
@Index('delivery_sending_idx', ['claimedAt'], { where: "status = 'SENDING'" })
@Index('delivery_held_idx', ['userId', 'channel', 'holdUntil'], { where: "status = 'HELD'" })
@Index('delivery_created_idx', ['createdAt'])
@Index('delivery_notification_idx', ['notificationId'])
@Check('delivery_channel_check', `channel IN (${sqlList(DELIVERY_CHANNELS)})`)
@Check('delivery_status_check', `status IN (${sqlList(DELIVERY_STATUSES)})`)
@Check('delivery_kind_check', `kind IN (${sqlList(DELIVERY_KINDS)})`)
export class Delivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  key: string;

  @Field(() => DeliveryKindEnum)
  @Column('text')
  kind: DeliveryKind;

  @Field(() => DeliveryChannelEnum)
  @Column('text')
  channel: DeliveryChannel;

  @Field(() => DeliveryStatusEnum)
  @Column('text')
  status: DeliveryStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was skipped or failed: PREFERENCE, DEPARTED, NO_ROBOT, ROBOT_INACTIVE, NOT_CONFIGURED, REJECTED, UNREACHABLE, INTERRUPTED',
  })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'What the channel answered (no secrets)' })
  @Column('text', { nullable: true })
  error: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  notificationId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  escalationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person it is for (none for a team robot)' })
  @Column('uuid', { nullable: true })
  userId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  robotId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountId: string | null;

  /** For a held message: the digest it went out in. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  digestId: string | null;

  @Field({ description: 'What it is about (the notification title, or the digest)' })
  @Column('text')
  subject: string;

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  attempts: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt: Date;

  @Field(() => Date, { nullable: true, description: 'Held for quiet hours until then' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  holdUntil: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  claimedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}
