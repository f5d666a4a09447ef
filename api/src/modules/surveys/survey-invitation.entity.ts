import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { Feedback } from '../execution/feedback.entity';
import { User } from '../identity/user.entity';
import { Survey } from './survey.entity';

/**
 * One survey link sent to one contact. Only the SHA-256 of the link's 256-bit random token is
 * kept (as for API tokens): the link is shown once to its sender. It answers once — the
 * database decides (`answered_at` set by one guarded UPDATE) — and not after `expiresAt`.
 */
@ObjectType()
@Entity()
@Index('survey_invitation_token_hash_key', ['tokenHash'], { unique: true })
@Index('survey_invitation_account_idx', ['accountId', 'createdAt'])
export class SurveyInvitation {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_invitation_survey_id_fkey' })
  survey?: Survey;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    foreignKeyConstraintName: 'survey_invitation_account_id_fkey',
  })
  account?: Account;

  @Field(() => ID)
  @Column('uuid')
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'contact_id',
    foreignKeyConstraintName: 'survey_invitation_contact_id_fkey',
  })
  contact?: Contact;

  /** SHA-256 (hex) of the link's token; never leaves the database. */
  @Column('text')
  tokenHash: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Field(() => ID, { description: 'Who sent it (the feedback of the answer names them)' })
  @Column('uuid')
  sentById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sent_by_id', foreignKeyConstraintName: 'survey_invitation_sent_by_id_fkey' })
  sentBy?: User;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The feedback the answer became' })
  @Column('uuid', { nullable: true })
  feedbackId: string | null;

  @ManyToOne(() => Feedback, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'feedback_id',
    foreignKeyConstraintName: 'survey_invitation_feedback_id_fkey',
  })
  feedback?: Feedback;
}
