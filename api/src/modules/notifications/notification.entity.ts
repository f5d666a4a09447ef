import { NOTIFICATION_KINDS } from '@trident/domain';
import type { NotificationKind } from '@trident/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';
import type { NotificationWords } from './notification-words';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

/**
 * A message for one user, stored so nothing is lost while they are offline; the live
 * stream only tells a connected console that one arrived.
 */
@ObjectType()
@Entity()
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: 'read_at IS NULL' })
@Index('notification_undispatched_idx', ['createdAt'], { where: 'dispatched_at IS NULL' })
@Check('notification_kind_check', `kind IN (${sqlList(NOTIFICATION_KINDS)})`)
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @Field(() => NotificationKindEnum)
  @Column('text')
  kind: NotificationKind;

  /** The English words; the `title` field writes `words` in the language asked. */
  @Column('text')
  title: string;

  @Column('text', { nullable: true })
  body: string | null;

  /** What it says as keys and facts (null on rows written before they were kept). */
  @Column('jsonb', { nullable: true })
  words: NotificationWords | null;

  @Field({ description: 'What it is about, e.g. Feedback' })
  @Column('text')
  entity: string;

  @Field(() => ID)
  @Column('uuid')
  entityId: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  /** When its outgoing messages were planned (the delivery module); null until then. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dispatchedAt: Date | null;
}
