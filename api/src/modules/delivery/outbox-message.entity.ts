import type { DeliveryChannel } from '@trident/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DeliveryChannelEnum } from './delivery-preference.entity';

/**
 * A message the development transport "sent": written here (and to the log) instead of to
 * a mail server or a chat, so a newcomer sees what would go out. Nothing is written here
 * when DELIVERY_MODE is live.
 */
@ObjectType()
@Entity()
@Unique('outbox_message_delivery_key', ['deliveryId'])
@Index('outbox_message_recipient_idx', ['recipientUserId', 'createdAt'])
@Index('outbox_message_created_idx', ['createdAt'])
export class OutboxMessage {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  deliveryId: string;

  @Field(() => DeliveryChannelEnum)
  @Column('text')
  channel: DeliveryChannel;

  /** The person it is for; none for a team robot's post. */
  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  recipientUserId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountId: string | null;

  @Field({ description: 'An email address, or the robot by name' })
  @Column('text')
  address: string;

  @Field()
  @Column('text')
  subject: string;

  @Field()
  @Column('text')
  text: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  html: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;
}
