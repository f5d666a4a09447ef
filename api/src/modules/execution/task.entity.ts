import { HANDOVER_PLAYBOOKS, RUN_STEP_GAPS, TASK_KINDS, TASK_STATUSES } from '@trident/domain';
import type { HandoverPlaybook, RunStepGap, TaskKind, TaskStatus } from '@trident/domain';
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
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { ProcessRunStep } from '../processes/process-run.entity';
import { RunStepGapEnum } from '../processes/processes.enums';
import { HandoverPlaybookEnum, TaskKindEnum, TaskStatusEnum } from './execution.enums';
import { AccountRisk } from '../risks/account-risk.entity';
import { Handover } from './handover.entity';
import { WorkPlan } from './work-plan.entity';

/**
 * A line of the team task table (seed 000): what, to which quality, with what result, by
 * when, by whom — acknowledged by the assignee before work starts, reviewed with a score.
 */
@ObjectType()
@Entity()
@Index('task_assignee_idx', ['assigneeId', 'status', 'due'])
@Index('task_account_idx', ['accountId', 'due'])
@Index('task_plan_idx', ['planId'])
@Index('task_opportunity_idx', ['opportunityId'])
@Index('task_handover_idx', ['handoverId'])
@Index('task_open_due_idx', ['due'], { where: `status NOT IN ('DONE', 'CANCELLED')` })
@Index('task_opportunity_open_idx', ['opportunityId', 'due', 'id'], {
  where: `status NOT IN ('DONE', 'CANCELLED')`,
})
@Check('task_status_check', `status IN (${sqlList(TASK_STATUSES)})`)
@Check('task_kind_check', `kind IN (${sqlList(TASK_KINDS)})`)
@Check('task_playbook_check', `playbook IS NULL OR playbook IN (${sqlList(HANDOVER_PLAYBOOKS)})`)
@Check('task_review_score_check', 'review_score IS NULL OR review_score BETWEEN 0 AND 100')
@Check('task_gap_kind_check', `gap_kind IS NULL OR gap_kind IN (${sqlList(RUN_STEP_GAPS)})`)
// One open task per gap of an account, however many runs need it and re-plans race.
@Index('task_open_gap_key', ['accountId', 'gapKey'], {
  unique: true,
  where: `gap_key IS NOT NULL AND status NOT IN ('DONE', 'CANCELLED')`,
})
// One scheduled reminder per account and period, however many workers raise it (issue 20).
@Index('task_reminder_key', ['accountId', 'reminderKey'], {
  unique: true,
  where: 'reminder_key IS NOT NULL',
})
@Index('task_risk_idx', ['riskId'], { where: 'risk_id IS NOT NULL' })
export class Task {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'task_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => Opportunity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'task_opportunity_id_fkey' })
  opportunity?: Opportunity | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  planId: string | null;

  @ManyToOne(() => WorkPlan, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'task_plan_id_fkey' })
  plan?: WorkPlan | null;

  @Field(() => TaskKindEnum)
  @Column('text', { default: 'GENERAL' })
  kind: TaskKind;

  @Field()
  @Column('text')
  title: string;

  @Field(() => String, { nullable: true, description: 'What exactly is to be done' })
  @Column('text', { nullable: true })
  content: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  qualityRequirement: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  expectedResult: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  resourcesNeeded: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3 })
  due: Date;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'task_assignee_id_fkey' })
  assignee?: User | null;

  @Field(() => ID)
  @Column('uuid')
  requesterId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_id', foreignKeyConstraintName: 'task_requester_id_fkey' })
  requester?: User;

  @Field(() => TaskStatusEnum)
  @Column('text', { default: 'PROPOSED' })
  status: TaskStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the assignee handed in' })
  @Column('text', { nullable: true })
  submissionNote: string | null;

  @Field(() => String, { nullable: true, description: 'Why it went back, or the review' })
  @Column('text', { nullable: true })
  reviewNotes: string | null;

  @Field(() => Int, { nullable: true, description: '0–100, given when accepted' })
  @Column('smallint', { nullable: true })
  reviewScore: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  handoverId: string | null;

  @ManyToOne(() => Handover, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'handover_id', foreignKeyConstraintName: 'task_handover_id_fkey' })
  handover?: Handover | null;

  @Field(() => HandoverPlaybookEnum, { nullable: true })
  @Column('text', { nullable: true })
  playbook: HandoverPlaybook | null;

  @Field(() => ID, {
    nullable: true,
    description: "The first step of a customer's chain that needs this gap covered",
  })
  @Column('uuid', { nullable: true })
  gapStepId: string | null;

  @ManyToOne(() => ProcessRunStep, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'gap_step_id', foreignKeyConstraintName: 'task_gap_step_id_fkey' })
  gapStep?: ProcessRunStep | null;

  @Field(() => RunStepGapEnum, { nullable: true })
  @Column('text', { nullable: true })
  gapKind: RunStepGap | null;

  /**
   * What the gap is, whichever run meets it: the contact or unit nobody covers, the empty
   * team role, the template step whose approver nobody knows.
   */
  @Column('text', { nullable: true })
  gapKey: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the assignee is stuck and what they need from the leader (seed 000)',
  })
  @Column('text', { nullable: true })
  stuckReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When it last got stuck' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  stuckAt: Date | null;

  @Field(() => String, { nullable: true, description: "The leader's answer that unblocked it" })
  @Column('text', { nullable: true })
  stuckAnswer: string | null;

  @Field(() => ID, { nullable: true, description: 'The account risk this task mitigates' })
  @Column('uuid', { nullable: true })
  riskId: string | null;

  @ManyToOne(() => AccountRisk, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'risk_id', foreignKeyConstraintName: 'task_risk_id_fkey' })
  risk?: AccountRisk | null;

  /** A scheduled reminder's period, e.g. FRAMEWORK:2026-Q4 (the worker raises it once). */
  @Column('text', { nullable: true })
  reminderKey: string | null;

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
