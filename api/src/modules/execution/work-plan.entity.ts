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
import { Opportunity } from '../pipeline/opportunity.entity';

/**
 * A task table for one customer or deal (seed 000). It is complete only when every task
 * has an assignee who acknowledged it; its score is execution × presentation.
 */
@ObjectType()
@Entity()
@Index('work_plan_account_idx', ['accountId'])
@Check(
  'work_plan_presentation_check',
  'presentation_score IS NULL OR presentation_score BETWEEN 0 AND 100',
)
export class WorkPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'work_plan_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => Opportunity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'work_plan_opportunity_id_fkey' })
  opportunity?: Opportunity | null;

  @Field()
  @Column('text')
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: 'How well the integrated result is presented, 0–100 (seed 000)',
  })
  @Column('smallint', { nullable: true })
  presentationScore: number | null;

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
