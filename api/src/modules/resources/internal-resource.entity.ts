import { CONTACT_LEVELS, RESOURCE_REQUEST_STATUSES } from '@trident/domain';
import type { ContactLevel, ResourceRequestStatus } from '@trident/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { ContactLevelEnum } from '../customer-org/customer-org.enums';
import { User } from '../identity/user.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

export const ResourceRequestStatusEnum = enumOf(RESOURCE_REQUEST_STATUSES);
registerEnumType(ResourceRequestStatusEnum, { name: 'ResourceRequestStatus' });

/**
 * Our own people a deal can call on (seed 000): an executive or expert, the level at the
 * customer they meet, when they step in, how often, and what they need prepared.
 */
@ObjectType()
@Entity()
@Check('internal_resource_level_check', `level IN (${sqlList(CONTACT_LEVELS)})`)
@Check(
  'internal_resource_caps_check',
  '(max_per_month IS NULL OR max_per_month > 0) AND (max_per_quarter IS NULL OR max_per_quarter > 0)',
)
export class InternalResource {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  title: string | null;

  @Field(() => ID, { nullable: true, description: 'When the resource is a Trident user' })
  @Column('uuid', { nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'internal_resource_user_id_fkey' })
  user?: User | null;

  @Field(() => ContactLevelEnum, { description: 'The customer level they meet' })
  @Column('text')
  level: ContactLevel;

  @Field(() => String, { nullable: true, description: 'When they step in' })
  @Column('text', { nullable: true })
  conditions: string | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  maxPerMonth: number | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  maxPerQuarter: number | null;

  @Field(() => [String], { description: 'What the team prepares before they go' })
  @Column('text', { array: true, default: () => "'{}'" })
  preparation: string[];

  @Field()
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** A call on an internal resource for a customer, counted against its frequency cap. */
@ObjectType()
@Entity()
@Index('resource_request_resource_idx', ['resourceId', 'date'])
@Index('resource_request_account_idx', ['accountId'])
@Check('resource_request_status_check', `status IN (${sqlList(RESOURCE_REQUEST_STATUSES)})`)
export class ResourceRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  resourceId: string;

  @ManyToOne(() => InternalResource, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'resource_id',
    foreignKeyConstraintName: 'resource_request_resource_id_fkey',
  })
  resource?: InternalResource;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'resource_request_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => Opportunity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'resource_request_opportunity_id_fkey',
  })
  opportunity?: Opportunity | null;

  @Field()
  @Column('text')
  purpose: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  date: string;

  @Field(() => ResourceRequestStatusEnum)
  @Column('text')
  status: ResourceRequestStatus;

  @Field(() => ID)
  @Column('uuid')
  requesterId: string;

  @Field(() => ID, { nullable: true, description: 'The manager who decided, past the cap' })
  @Column('uuid', { nullable: true })
  decidedById: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  decisionNote: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
