import { CONTRACT_KINDS, EVIDENCE_ITEMS, MILESTONE_KINDS, MILESTONE_STAGES } from '@trident/domain';
import type {
  ContractKind,
  EvidenceItemCode,
  MilestoneKind,
  MilestoneStage,
} from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { ProcessRunStep } from '../processes/process-run.entity';
import {
  ContractKindEnum,
  EvidenceItemEnum,
  MilestoneKindEnum,
  MilestoneStageEnum,
} from './collections.enums';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

/** A signed contract from a won deal: what was promised, for how much, at which sites. */
@ObjectType()
@Entity()
@Index('contract_opportunity_key', ['opportunityId'], { unique: true })
@Index('contract_account_idx', ['accountId', 'signedAt'])
@Check('contract_kind_check', `kind IN (${sqlList(CONTRACT_KINDS)})`)
@Check('contract_amount_check', 'amount > 0')
@Check('contract_term_months_check', 'term_months BETWEEN 1 AND 120')
export class Contract {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  opportunityId: string;

  @ManyToOne(() => Opportunity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'contract_opportunity_id_fkey' })
  opportunity?: Opportunity;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'contract_account_id_fkey' })
  account?: Account;

  @Field()
  @Column('text')
  title: string;

  @Field(() => ContractKindEnum)
  @Column('text')
  kind: ContractKind;

  /** Read through a field resolver: hidden from TECHNICAL and DELIVERY. */
  @Column('numeric', { precision: 18, scale: 2 })
  amount: string;

  @Field()
  @Column('char', { length: 3 })
  currency: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  signedAt: string;

  @Field(() => String, { nullable: true, description: 'Payment terms as signed' })
  @Column('text', { nullable: true })
  terms: string | null;

  @Field(() => [String], { description: 'Delivery sites' })
  @Column('text', { array: true, default: () => "'{}'" })
  sites: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Months of service the amount pays for, from signedAt; null for a one-off sale. Recurring revenue and churn come from it',
  })
  @Column('smallint', { nullable: true })
  termMonths: number | null;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** One payment stage of a contract (seed 002) or one site's payment (seed 003). */
@ObjectType()
@Entity()
@Index('payment_milestone_contract_idx', ['contractId', 'position'])
@Index('payment_milestone_due_idx', ['due'], { where: `stage <> 'PAID'` })
@Index('payment_milestone_account_idx', ['accountId'])
@Check('payment_milestone_kind_check', `kind IN (${sqlList(MILESTONE_KINDS)})`)
@Check('payment_milestone_stage_check', `stage IN (${sqlList(MILESTONE_STAGES)})`)
@Check('payment_milestone_paid_check', 'paid_amount >= 0 AND paid_amount <= amount')
@Check('payment_milestone_share_check', 'share > 0 AND share <= 100')
export class PaymentMilestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  contractId: string;

  @ManyToOne(() => Contract, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'contract_id',
    foreignKeyConstraintName: 'payment_milestone_contract_id_fkey',
  })
  contract?: Contract;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @Field(() => Int)
  @Column('smallint')
  position: number;

  @Field(() => MilestoneKindEnum)
  @Column('text')
  kind: MilestoneKind;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  site: string | null;

  @Field({ description: 'Percent of the contract, e.g. "30.00"' })
  @Column('numeric', { precision: 5, scale: 2 })
  share: string;

  /** Read through field resolvers: hidden from TECHNICAL and DELIVERY. */
  @Column('numeric', { precision: 18, scale: 2 })
  amount: string;

  @Column('numeric', { precision: 18, scale: 2, default: 0 })
  paidAmount: string;

  @Field()
  @Column('char', { length: 3 })
  currency: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  due: string;

  @Field(() => MilestoneStageEnum)
  @Column('text', { default: 'PLANNED' })
  stage: MilestoneStage;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  invoicedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  paidAt: Date | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** One line of a milestone's evidence checklist: who checked it and when. */
@ObjectType()
@Entity()
@Index('evidence_item_milestone_code_key', ['milestoneId', 'code'], { unique: true })
@Check('evidence_item_code_check', `code IN (${sqlList(EVIDENCE_ITEMS)})`)
export class EvidenceItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  milestoneId: string;

  @ManyToOne(() => PaymentMilestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'evidence_item_milestone_id_fkey' })
  milestone?: PaymentMilestone;

  @Field(() => EvidenceItemEnum)
  @Column('text')
  code: EvidenceItemCode;

  @Field({ description: 'Needed before the milestone can be invoiced' })
  @Column('boolean')
  required: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  checkedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  checkedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'checked_by_id',
    foreignKeyConstraintName: 'evidence_item_checked_by_id_fkey',
  })
  checkedBy?: User | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}

/**
 * Money received against a milestone. The idempotency key is unique: a retried request
 * gets the same payment back and never books twice.
 */
@ObjectType()
@Entity()
@Index('payment_idempotency_key_key', ['idempotencyKey'], { unique: true })
@Index('payment_milestone_idx', ['milestoneId', 'paidAt'])
@Check('payment_amount_check', 'amount > 0')
export class Payment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  milestoneId: string;

  @ManyToOne(() => PaymentMilestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'payment_milestone_id_fkey' })
  milestone?: PaymentMilestone;

  /** Read through a field resolver: hidden from TECHNICAL and DELIVERY. */
  @Column('numeric', { precision: 18, scale: 2 })
  amount: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  paidAt: string;

  @Field(() => String, { nullable: true, description: 'Bank reference' })
  @Column('text', { nullable: true })
  reference: string | null;

  @Field()
  @Column('text')
  idempotencyKey: string;

  /** sha256 of the request body, to tell a retry from a different payment with the same key. */
  @Column('text')
  requestHash: string;

  @Field(() => ID)
  @Column('uuid')
  recordedById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  recordedAt: Date;
}

/**
 * Money waits on the customer's signatures (seed 002: who signs the acceptance and the
 * payment): a milestone is invoiced or paid only once each of its gate steps has passed.
 */
@Entity()
export class MilestoneGate {
  @PrimaryColumn('uuid')
  milestoneId: string;

  @ManyToOne(() => PaymentMilestone, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'milestone_id',
    foreignKeyConstraintName: 'milestone_gate_milestone_id_fkey',
  })
  milestone?: PaymentMilestone;

  @Index('milestone_gate_run_step_idx')
  @PrimaryColumn('uuid')
  runStepId: string;

  @ManyToOne(() => ProcessRunStep, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_step_id', foreignKeyConstraintName: 'milestone_gate_run_step_id_fkey' })
  runStep?: ProcessRunStep;
}
