import {
  ESCALATION_OBJECTS,
  ESCALATION_STATUSES,
  ESCALATION_TARGETS,
  ESCALATION_TRIGGERS,
} from '@trident/domain';
import type {
  EscalationObject,
  EscalationStatus,
  EscalationTarget,
  EscalationTrigger,
} from '@trident/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { enumOf, sqlList } from '../../graphql/enum-of';

export const EscalationTriggerEnum = enumOf(ESCALATION_TRIGGERS);
export const EscalationTargetEnum = enumOf(ESCALATION_TARGETS);
export const EscalationStatusEnum = enumOf(ESCALATION_STATUSES);
export const EscalationObjectEnum = enumOf(ESCALATION_OBJECTS);
registerEnumType(EscalationTriggerEnum, { name: 'EscalationTrigger' });
registerEnumType(EscalationTargetEnum, {
  name: 'EscalationTarget',
  description: "The object's owner, their manager, or a named internal resource",
});
registerEnumType(EscalationStatusEnum, { name: 'EscalationStatus' });
registerEnumType(EscalationObjectEnum, { name: 'EscalationObject' });

/** One level of a chain: who is reached, and how many hours after the previous level. */
@ObjectType()
@InputType('EscalationLevelInput')
export class EscalationLevel {
  @Field(() => EscalationTargetEnum)
  target: EscalationTarget;

  @Field(() => Int, {
    description: 'Hours after the previous level (the first: after the trigger)',
  })
  @IsInt()
  @Min(0)
  @Max(24 * 90)
  afterHours: number;

  @Field(() => ID, { nullable: true, description: 'For RESOURCE: which internal resource' })
  @IsOptional()
  @IsUUID()
  resourceId?: string | null;
}

/**
 * ADMIN's rule: when a trigger holds for `thresholdHours`, walk the chain of levels
 * (seed 000: owner → manager → a resource; seed 003: a major incident reaches us first).
 */
@ObjectType()
@Entity()
@Check('escalation_rule_trigger_check', `trigger IN (${sqlList(ESCALATION_TRIGGERS)})`)
export class EscalationRule {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => EscalationTriggerEnum)
  @Column('text')
  trigger: EscalationTrigger;

  @Field(() => Int, {
    description:
      'Hours the condition must hold (TASK_DUE_SOON: hours before due; STAGE_STALLED: days × 24)',
  })
  @Column('int', { default: 0 })
  thresholdHours: number;

  @Field(() => [EscalationLevel])
  @Column('jsonb', { default: () => "'[]'" })
  levels: EscalationLevel[];

  @Field()
  @Column('boolean', { default: true })
  active: boolean;

  @Field({
    description:
      'Whether the person escalated to may close an escalation by hand, with a note; otherwise it closes only when its condition clears',
  })
  @Column('boolean', { default: false })
  manualResolve: boolean;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** One object at one level of one rule: the unique key makes the worker idempotent. */
@ObjectType()
@Entity()
// One open escalation per rule, object and level; once its cause went away (resolved), the
// same object may escalate again when its cause comes back later (a new episode).
@Index('escalation_open_key', ['ruleId', 'objectType', 'objectId', 'level'], {
  unique: true,
  where: `status = 'OPEN'`,
})
@Index('escalation_open_idx', ['status', 'ruleId'])
@Index('escalation_target_idx', ['targetUserId', 'createdAt'])
@Index('escalation_account_idx', ['accountId'])
@Index('escalation_object_idx', ['objectId'])
@Check('escalation_status_check', `status IN (${sqlList(ESCALATION_STATUSES)})`)
@Check('escalation_object_check', `object_type IN (${sqlList(ESCALATION_OBJECTS)})`)
export class Escalation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  ruleId: string;

  @ManyToOne(() => EscalationRule, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'escalation_rule_id_fkey' })
  rule?: EscalationRule;

  @Field(() => EscalationObjectEnum)
  @Column('text')
  objectType: EscalationObject;

  @Field(() => ID)
  @Column('uuid')
  objectId: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  accountId: string | null;

  @Field(() => Int, { description: '1 = the first level of the chain' })
  @Column('smallint')
  level: number;

  @Field(() => EscalationTargetEnum)
  @Column('text')
  target: EscalationTarget;

  @Field(() => ID, { nullable: true, description: 'Who was notified' })
  @Column('uuid', { nullable: true })
  targetUserId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  resourceId: string | null;

  @Field()
  @Column('text')
  summary: string;

  @Field(() => EscalationStatusEnum)
  @Column('text', { default: 'OPEN' })
  status: EscalationStatus;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Null when its condition cleared by itself' })
  @Column('uuid', { nullable: true })
  resolvedById: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  resolutionNote: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When someone took it in hand (it stays open until resolved)',
  })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  acknowledgedById: string | null;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
