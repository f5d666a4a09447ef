import { ACTIVITY_KINDS } from '@trident/domain';
import type { ActivityKind } from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from './opportunity.entity';
import { ActivityKindEnum } from './pipeline.enums';

/** The visit log (seed 002): what happened with whom, so a newcomer can read the past. */
@ObjectType()
@Entity()
@Index('activity_account_idx', ['accountId', 'occurredAt'])
@Index('activity_opportunity_idx', ['opportunityId', 'occurredAt', 'id'])
// The BI extract pages every visit newest first by (occurred_at, id).
@Index('activity_occurred_idx', ['occurredAt', 'id'])
@Index('activity_created_by_idx', ['createdById', 'occurredAt'])
@Check('activity_kind_check', `kind IN (${sqlList(ACTIVITY_KINDS)})`)
export class Activity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'activity_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => Opportunity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'activity_opportunity_id_fkey',
  })
  opportunity?: Opportunity | null;

  @Field(() => ActivityKindEnum)
  @Column('text')
  kind: ActivityKind;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Field()
  @Column('text')
  summary: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  nextSteps: string | null;

  @Field(() => [ID], { description: 'Our people who took part' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  participantIds: string[];

  @Field(() => [ID], { description: 'Customer contacts met' })
  @Column('uuid', { array: true, default: () => "'{}'" })
  contactIds: string[];

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'activity_created_by_id_fkey' })
  createdBy?: User;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
