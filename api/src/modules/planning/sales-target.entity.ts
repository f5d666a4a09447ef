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
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { User } from '../identity/user.entity';
import { numberTransformer } from '../../db/number-transformer';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';

/** A salesperson's target for a period: revenue, new accounts, renewal rate. */
@ObjectType()
@Entity()
@Index('sales_target_user_period_key', ['userId', 'period'], { unique: true })
@Index('sales_target_period_idx', ['period'])
@Check('sales_target_revenue_check', 'revenue >= 0')
@Check('sales_target_renewal_rate_check', 'renewal_rate IS NULL OR renewal_rate BETWEEN 0 AND 100')
@Check('sales_target_risk_margin_check', 'risk_margin >= 1 AND risk_margin <= 20')
export class SalesTarget {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'sales_target_user_id_fkey' })
  user?: User;

  @Field(() => PeriodScalar)
  @Column('text')
  period: string;

  @Field(() => DecimalScalar, { nullable: true })
  @Column('numeric', { precision: 18, scale: 2 })
  revenue: string;

  @Field()
  @Column('char', { length: 3, default: 'CNY' })
  currency: string;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  newAccounts: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent of renewals to keep' })
  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: numberTransformer() })
  renewalRate: number | null;

  @Field(() => Float, { description: 'Pipeline must hold this many times the open target' })
  @Column('numeric', { precision: 4, scale: 2, default: 3, transformer: numberTransformer() })
  riskMargin: number;

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

/**
 * Every change of a target, kept forever. A rise for someone already ahead of plan is
 * flagged: no "whipping the fast ox" (seed 002).
 */
@ObjectType()
@Entity()
@Index('target_adjustment_target_idx', ['targetId', 'at'])
@Index('target_adjustment_flagged_idx', ['flagged', 'at'])
export class TargetAdjustment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  targetId: string;

  @ManyToOne(() => SalesTarget, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'target_adjustment_target_id_fkey' })
  target?: SalesTarget;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @Field(() => PeriodScalar)
  @Column('text')
  period: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'null for the first setting' })
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  fromRevenue: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @Column('numeric', { precision: 18, scale: 2 })
  toRevenue: string;

  @Field()
  @Column('text')
  reason: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Won revenue in the period when it changed',
  })
  @Column('numeric', { precision: 18, scale: 2 })
  wonAtChange: string;

  @Field({ description: 'A rise for someone already ahead of plan' })
  @Column('boolean', { default: false })
  flagged: boolean;

  @Field(() => ID)
  @Column('uuid')
  actorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'target_adjustment_actor_id_fkey' })
  actor?: User;

  /** When it was written (clock_timestamp: parallel adjustments wait for each other's lock). */
  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at: Date;
}
