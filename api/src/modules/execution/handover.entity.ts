import { HANDOVER_STATUSES } from '@trident/domain';
import type { HandoverStatus } from '@trident/domain';
import { Field, ID, ObjectType } from 'type-graphql';
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
import { sqlList } from '../../graphql/enum-of';
import { User } from '../identity/user.entity';
import { HandoverStatusEnum } from './execution.enums';

/**
 * A departing salesperson's customers and deals handed to a successor (seed 001): one
 * HANDOVER task per account and open deal; ownership moves as each task is done.
 */
@ObjectType()
@Entity()
@Index('handover_from_idx', ['fromUserId'])
@Index('handover_one_open_key', ['fromUserId'], { unique: true, where: `status = 'IN_PROGRESS'` })
@Check('handover_status_check', `status IN (${sqlList(HANDOVER_STATUSES)})`)
export class Handover {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  fromUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_user_id', foreignKeyConstraintName: 'handover_from_user_id_fkey' })
  fromUser?: User;

  @Field(() => ID)
  @Column('uuid')
  toUserId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_user_id', foreignKeyConstraintName: 'handover_to_user_id_fkey' })
  toUser?: User;

  @Field(() => HandoverStatusEnum)
  @Column('text', { default: 'IN_PROGRESS' })
  status: HandoverStatus;

  @Field(() => ID)
  @Column('uuid')
  startedById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  doneAt: Date | null;
}
