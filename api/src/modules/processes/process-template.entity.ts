import { PROCESS_KINDS, type ProcessKind } from '@trident/domain';
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
import { Account } from '../accounts/account.entity';
import { sqlList } from '../../graphql/enum-of';
import { ProcessKindEnum } from './processes.enums';

/** How the customer runs one of its processes: global (a pattern) or one account's own. */
@ObjectType()
@Entity()
@Index('process_template_account_idx', ['accountId', 'kind'])
@Check('process_template_kind_check', `kind IN (${sqlList(PROCESS_KINDS)})`)
export class ProcessTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'null for a global template' })
  @Column('uuid', { nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'process_template_account_id_fkey' })
  account?: Account | null;

  @Field(() => ProcessKindEnum)
  @Column('text')
  kind: ProcessKind;

  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

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
