import {
  DEAL_TEAM_ROLES,
  RUN_PLAN_CAUSES,
  RUN_STATUSES,
  RUN_STEP_STATUSES,
  RUN_SUBJECT_TYPES,
  type DealTeamRole,
  type RunPlanCause,
  type RunStatus,
  type RunStepStatus,
  type RunSubjectType,
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
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Account } from '../accounts/account.entity';
import { sqlList } from '../../graphql/enum-of';
import { Contact } from '../customer-org/contact.entity';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { User } from '../identity/user.entity';
import { DealTeamRoleEnum } from '../pipeline/pipeline.enums';
import {
  RunPlanCauseEnum,
  RunStatusEnum,
  RunStepStatusEnum,
  RunSubjectTypeEnum,
} from './processes.enums';
import { ProcessTemplate } from './process-template.entity';

/**
 * One deal or contract going through a customer process. Its steps follow the subject: the
 * deal's (or contract's) amount and product lines and the account's region choose them, and
 * a change of those re-plans the run. The account scopes who may see it.
 */
@ObjectType()
@Entity()
@Index('process_run_account_idx', ['accountId', 'startedAt'])
@Index('process_run_subject_idx', ['subjectType', 'subjectId'])
@Check('process_run_status_check', `status IN (${sqlList(RUN_STATUSES)})`)
@Check('process_run_subject_type_check', `subject_type IN (${sqlList(RUN_SUBJECT_TYPES)})`)
export class ProcessRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  templateId: string;

  @ManyToOne(() => ProcessTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'process_run_template_id_fkey' })
  template?: ProcessTemplate;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'process_run_account_id_fkey' })
  account?: Account;

  @Field(() => RunSubjectTypeEnum)
  @Column('text')
  subjectType: RunSubjectType;

  @Field(() => ID)
  @Column('uuid')
  subjectId: string;

  @Field({ description: 'What the run is about, e.g. the deal name' })
  @Column('text')
  title: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The subject's amount when the run was last planned (what the conditions saw)",
  })
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The amount's currency: a bare amount threshold is in CNY, so one in another currency is compared only where the condition names it",
  })
  @Column('character', { length: 3, nullable: true })
  currency: string | null;

  @Field(() => [String], { description: "The subject's product lines when last planned" })
  @Column('text', { array: true, default: () => "'{}'" })
  productLines: string[];

  @Field(() => String, { nullable: true, description: "The account's region when last planned" })
  @Column('text', { nullable: true })
  region: string | null;

  @Field(() => RunStatusEnum)
  @Column('text', { default: 'RUNNING' })
  status: RunStatus;

  @Field(() => ID)
  @Column('uuid')
  startedById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}

/** A step of a run: a snapshot of the template step and where the deal stands in it. */
@ObjectType()
@Entity()
@Index('process_run_step_run_position_key', ['runId', 'position'], { unique: true })
@Index('process_run_step_blocked_idx', ['status', 'since'])
@Index('process_run_step_open_expected_idx', ['expectedFinish'], {
  where: `status IN ('PENDING', 'IN_REVIEW', 'BLOCKED')`,
})
@Check(
  'process_run_step_owner_role_check',
  `owner_role IS NULL OR owner_role IN (${sqlList(DEAL_TEAM_ROLES)})`,
)
@Check('process_run_step_status_check', `status IN (${sqlList(RUN_STEP_STATUSES)})`)
export class ProcessRunStep {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  runId: string;

  @ManyToOne(() => ProcessRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'process_run_step_run_id_fkey' })
  run?: ProcessRun;

  @Field(() => ID, { nullable: true, description: 'The template step it was copied from' })
  @Column('uuid', { nullable: true })
  stepId: string | null;

  @Field(() => Int)
  @Column('smallint')
  position: number;

  @Field()
  @Column('text')
  name: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approverContactId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approverOrgUnitId: string | null;

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  typicalDays: number;

  @Field(() => RunStepStatusEnum)
  @Column('text', { default: 'PENDING' })
  status: RunStepStatus;

  @Field(() => Date, { description: 'When the step entered its current status' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  since: Date;

  @Field(() => ID, { nullable: true, description: 'Who at the customer holds it up' })
  @Column('uuid', { nullable: true })
  blockerContactId: string | null;

  @ManyToOne(() => Contact, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'blocker_contact_id',
    foreignKeyConstraintName: 'process_run_step_blocker_contact_id_fkey',
  })
  blockerContact?: Contact | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  blockReason: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Expected: the run's start plus the typical days of the steps before it, moved when one finishes late",
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expectedStart: Date | null;

  @Field(() => Date, { nullable: true, description: 'Expected start plus its typical days' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expectedFinish: Date | null;

  @Field(() => Date, { nullable: true, description: 'Observed: when it went into review' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Observed: when it passed or was skipped' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;

  @Field({ description: 'It passed while an earlier step was still open (customers skip)' })
  @Column('boolean', { default: false })
  outOfOrder: boolean;

  @Field(() => DealTeamRoleEnum, { nullable: true, description: 'Who on our side carries it' })
  @Column('text', { nullable: true })
  ownerRole: DealTeamRole | null;

  @Field(() => ID, { nullable: true, description: 'A named colleague instead of a team role' })
  @Column('uuid', { nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'owner_user_id',
    foreignKeyConstraintName: 'process_run_step_owner_user_id_fkey',
  })
  ownerUser?: User | null;

  /** Skipped by a re-plan rather than by the customer: it reopens if it applies again. */
  @Column('boolean', { default: false })
  skippedByPlan: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why the plan skipped or reopened it, or why it was inserted by hand',
  })
  @Column('text', { nullable: true })
  planNote: string | null;

  @Field({ description: 'Inserted by hand: a signature nobody predicted' })
  @Column('boolean', { default: false })
  unplanned: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** History of a run step: every status change with who, when and why. */
@ObjectType()
@Entity()
@Index('process_run_step_change_step_idx', ['runStepId', 'at'])
export class ProcessRunStepChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  runStepId: string;

  @ManyToOne(() => ProcessRunStep, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'run_step_id',
    foreignKeyConstraintName: 'process_run_step_change_run_step_id_fkey',
  })
  runStep?: ProcessRunStep;

  @Field(() => RunStepStatusEnum)
  @Column('text')
  fromStatus: RunStepStatus;

  @Field(() => RunStepStatusEnum)
  @Column('text')
  toStatus: RunStepStatus;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}

/**
 * A run's plan history: its start, every re-plan after its subject changed and every step
 * inserted by hand, with what the conditions saw and what changed.
 */
@ObjectType({ description: "A change of a run's plan: why, and what it added or skipped" })
@Entity()
@Index('process_run_plan_run_idx', ['runId', 'at'])
@Check('process_run_plan_cause_check', `cause IN (${sqlList(RUN_PLAN_CAUSES)})`)
export class ProcessRunPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  runId: string;

  @ManyToOne(() => ProcessRun, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'process_run_plan_run_id_fkey' })
  run?: ProcessRun;

  @Field(() => RunPlanCauseEnum)
  @Column('text')
  cause: RunPlanCause;

  @Field(() => DecimalScalar, { nullable: true, description: 'The amount the conditions saw' })
  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  amount: string | null;

  @Field(() => String, { nullable: true, description: "The amount's currency" })
  @Column('character', { length: 3, nullable: true })
  currency: string | null;

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  productLines: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  region: string | null;

  @Field(() => [String], { description: 'Names of the steps added' })
  @Column('text', { array: true, default: () => "'{}'" })
  added: string[];

  @Field(() => [String], { description: 'Names of the steps skipped as no longer applying' })
  @Column('text', { array: true, default: () => "'{}'" })
  skipped: string[];

  @Field(() => [String], { description: 'Names of the steps that apply again' })
  @Column('text', { array: true, default: () => "'{}'" })
  reopened: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at: Date;
}
