import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../identity/user.entity';
import { WorkPlan } from './work-plan.entity';

/**
 * The AR going through the whole task table with the team (seed 000) before it counts as
 * ready: who reviewed, what they said, and how many tasks the table held then. A later
 * change to a task asks for a new review.
 */
@ObjectType()
@Entity()
@Index('work_plan_review_plan_idx', ['planId', 'reviewedAt'])
export class WorkPlanReview {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  planId: string;

  @ManyToOne(() => WorkPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'work_plan_review_plan_id_fkey' })
  plan?: WorkPlan;

  /** The plan's account, for row-level security. */
  @Column('uuid')
  accountId: string;

  @Field(() => ID)
  @Column('uuid')
  reviewerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'reviewer_id',
    foreignKeyConstraintName: 'work_plan_review_reviewer_id_fkey',
  })
  reviewer?: User;

  @Field()
  @Column('text')
  notes: string;

  @Field(() => Int, { description: 'Tasks in the table when it was reviewed' })
  @Column('int')
  tasks: number;

  /** Which tasks those were: the table is reviewed while it holds exactly these. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  taskIds: string[];

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  reviewedAt: Date;
}
