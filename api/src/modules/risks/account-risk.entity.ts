import { RISK_SOURCES, RISK_STATUSES, type RiskSource, type RiskStatus } from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
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
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { RiskSourceEnum, RiskStatusEnum } from './risks.enums';

/**
 * A line of an account's risk register (seed 004: risk warning): what may go wrong, how likely
 * and how bad (1–5 each; exposure is their product), who watches it, what is done about it
 * (mitigation tasks point at it) and when it is looked at again. The worker raises one risk per
 * cause from live signals; a person enters the rest.
 */
@ObjectType()
@Entity()
@Index('account_risk_account_idx', ['accountId', 'status'])
// One live risk per cause, however many worker runs race (the cause is the contact, deal or
// step); a closed one leaves room for the cause's next episode.
@Index('account_risk_cause_key', ['accountId', 'source', 'causeId'], {
  unique: true,
  where: `cause_id IS NOT NULL AND status <> 'CLOSED'`,
})
@Check('account_risk_source_check', `source IN (${sqlList(RISK_SOURCES)})`)
@Check('account_risk_status_check', `status IN (${sqlList(RISK_STATUSES)})`)
@Check('account_risk_likelihood_check', 'likelihood BETWEEN 1 AND 5')
@Check('account_risk_impact_check', 'impact BETWEEN 1 AND 5')
export class AccountRisk {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'account_risk_account_id_fkey' })
  account?: Account;

  @Field()
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => RiskSourceEnum)
  @Column('text')
  source: RiskSource;

  @Field(() => ID, {
    nullable: true,
    description: 'What raised it: the contact, deal or chain step (automatic risks only)',
  })
  @Column('uuid', { nullable: true })
  causeId: string | null;

  @Field(() => Int, { description: '1 (rare) – 5 (almost certain)' })
  @Column('smallint')
  likelihood: number;

  @Field(() => Int, { description: '1 (minor) – 5 (loses the account)' })
  @Column('smallint')
  impact: number;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'account_risk_owner_id_fkey' })
  owner?: User | null;

  @Field(() => String, { nullable: true, description: 'How it is being reduced' })
  @Column('text', { nullable: true })
  mitigation: string | null;

  @Field(() => RiskStatusEnum)
  @Column('text', { default: 'OPEN' })
  status: RiskStatus;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day it is looked at again' })
  @Column('date', { nullable: true })
  reviewDate: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'null when the worker raised it' })
  @Column('uuid', { nullable: true })
  createdById: string | null;

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
