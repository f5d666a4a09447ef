import { FEEDBACK_KINDS, FEEDBACK_SEVERITIES } from '@trident/domain';
import type { FeedbackKind, FeedbackSeverity } from '@trident/domain';
import { GraphQLJSON } from 'graphql-scalars';
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
import { FeedbackKindEnum, FeedbackSeverityEnum } from './execution.enums';

/** What a SURVEY feedback keeps of its answer (the public page's answer, as given). */
export interface SurveyAnswers {
  invitationId: string;
  surveyId: string;
  surveyVersion: number;
  questions: { zh: string; en: string; answer: number | null }[];
  npsZh: string;
  npsEn: string;
  score: number;
  comment: string | null;
}

/**
 * The one-minute feedback loop (seed 000): anyone who serves the customer reports a new
 * need, praise or a complaint; it reaches the account's AR at once, who acknowledges it.
 */
@ObjectType()
@Entity()
@Index('feedback_routed_idx', ['routedToId', 'acknowledgedAt'])
@Index('feedback_account_idx', ['accountId', 'createdAt'])
@Index('feedback_unacked_idx', ['createdAt'], { where: 'acknowledged_at IS NULL' })
@Check('feedback_kind_check', `kind IN (${sqlList(FEEDBACK_KINDS)})`)
@Check('feedback_severity_check', `severity IN (${sqlList(FEEDBACK_SEVERITIES)})`)
@Check('feedback_survey_score_check', 'survey_score BETWEEN 0 AND 10')
export class Feedback {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'feedback_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @Field(() => FeedbackKindEnum)
  @Column('text')
  kind: FeedbackKind;

  @Field(() => FeedbackSeverityEnum)
  @Column('text', { default: 'MINOR' })
  severity: FeedbackSeverity;

  @Field()
  @Column('text')
  text: string;

  @Field(() => ID)
  @Column('uuid')
  reporterId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id', foreignKeyConstraintName: 'feedback_reporter_id_fkey' })
  reporter?: User;

  @Field(() => ID, { description: "The account's AR when it was reported" })
  @Column('uuid')
  routedToId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'routed_to_id', foreignKeyConstraintName: 'feedback_routed_to_id_fkey' })
  routedTo?: User;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  acknowledgedById: string | null;

  @Field(() => ID, { nullable: true, description: 'The lead a new need became' })
  @Column('uuid', { nullable: true })
  leadId: string | null;

  @Field(() => Int, { nullable: true, description: 'A SURVEY answer: its NPS score, 0–10' })
  @Column('smallint', { nullable: true })
  surveyScore: number | null;

  /**
   * A SURVEY answer: the invitation, the survey and its version, each question with its
   * 1–5 answer and the free text, as they were answered.
   */
  @Field(() => GraphQLJSON, { nullable: true, description: 'A SURVEY answer, as answered' })
  @Column('jsonb', { nullable: true })
  surveyAnswers: SurveyAnswers | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
