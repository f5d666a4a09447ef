import { numberTransformer } from '../../db/number-transformer';
import { LIFECYCLE_STAGES } from '@trident/domain';
import type { LifecycleStage } from '@trident/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { LifecycleStageEnum } from '../accounts/account.enums';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';

/** What we mean to sell of one product to this customer in the period. */
@ObjectType()
export class ProductTarget {
  @Field()
  product: string;

  @Field(() => DecimalScalar, { nullable: true })
  amount: string;
}

/**
 * The plan for one customer and period (seed 002, seven steps): intelligence, potential,
 * relationship, strategy, the target broken down by product, milestones, and the risk
 * margin — how many times the target the pipeline must hold.
 */
@ObjectType()
@Entity()
@Index('account_plan_account_period_key', ['accountId', 'period'], { unique: true })
@Index('account_plan_period_idx', ['period'])
@Check('account_plan_risk_margin_check', 'risk_margin >= 1 AND risk_margin <= 20')
@Check(
  'account_plan_relationship_stage_check',
  `relationship_stage IS NULL OR relationship_stage IN (${sqlList(LIFECYCLE_STAGES)})`,
)
export class AccountPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'account_plan_account_id_fkey' })
  account?: Account;

  @Field(() => PeriodScalar, { description: '2026, 2026-Q4 or 2026-11' })
  @Column('text')
  period: string;

  @Field(() => String, { nullable: true, description: 'Step 1: intelligence research' })
  @Column('text', { nullable: true })
  intelligenceSummary: string | null;

  /** Step 2, potential analysis: read through a field resolver (amounts are hidden). */
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  potentialAmount: string | null;

  @Field({ description: 'Currency of the potential, targets and milestones' })
  @Column('char', { length: 3, default: 'CNY' })
  currency: string;

  @Field(() => LifecycleStageEnum, {
    nullable: true,
    description: 'Step 3: relationship assessment',
  })
  @Column('text', { nullable: true })
  relationshipStage: LifecycleStage | null;

  @Field(() => String, { nullable: true, description: 'Step 4: how we follow the customer' })
  @Column('text', { nullable: true })
  strategy: string | null;

  /** Step 5: the target broken down by product (read through a field resolver). */
  @Column('jsonb', { default: () => "'[]'" })
  productTargets: ProductTarget[];

  /** The revenue target for this customer in the period (read through a field resolver). */
  @Column('numeric', { precision: 18, scale: 2 })
  targetAmount: string;

  @Field(() => Float, { description: 'Step 6: pipeline must hold this many times the target' })
  @Column('numeric', { precision: 4, scale: 2, default: 3, transformer: numberTransformer() })
  riskMargin: number;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'created_by_id',
    foreignKeyConstraintName: 'account_plan_created_by_id_fkey',
  })
  createdBy?: User;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** A milestone of a plan: who does what by when, and the floor it must reach. */
@ObjectType()
@Entity()
@Index('account_plan_milestone_plan_idx', ['planId', 'due'])
@Index('account_plan_milestone_owner_idx', ['ownerId', 'due'])
export class AccountPlanMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  planId: string;

  @ManyToOne(() => AccountPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'account_plan_milestone_plan_id_fkey' })
  plan?: AccountPlan;

  @Field()
  @Column('text')
  task: string;

  @Field(() => ID)
  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'owner_id',
    foreignKeyConstraintName: 'account_plan_milestone_owner_id_fkey',
  })
  owner?: User;

  @Field(() => LocalDateScalar)
  @Column('date')
  due: string;

  /** The least this milestone must bring (read through a field resolver). */
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  floorTarget: string | null;

  @Field()
  @Column('boolean', { default: false })
  done: boolean;

  @Field(() => Int)
  @Column('smallint')
  position: number;
}
