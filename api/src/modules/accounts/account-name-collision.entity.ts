import { Field, ID, ObjectType } from 'type-graphql';
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
import { Account } from './account.entity';

/**
 * Two accounts that a stricter spelling rule found to be one customer (a name that differed
 * only by invisible characters, say). Recorded by the migration that applied the rule, for
 * an admin to rule on: the later account keeps its old key until then.
 */
@ObjectType({ description: 'Two accounts whose names now read as the same customer' })
@Entity()
@Index('account_name_collision_pair_key', ['accountId', 'otherAccountId'], { unique: true })
export class AccountNameCollision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The later account, which kept its old key' })
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    foreignKeyConstraintName: 'account_name_collision_account_id_fkey',
  })
  account?: Account;

  @Field(() => ID, { description: 'The earlier account, which holds the key' })
  @Column('uuid')
  otherAccountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'other_account_id',
    foreignKeyConstraintName: 'account_name_collision_other_account_id_fkey',
  })
  otherAccount?: Account;

  @Field({ description: 'The key both names normalise to' })
  @Column('text')
  normalizedName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  foundAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({
    name: 'resolved_by_id',
    foreignKeyConstraintName: 'account_name_collision_resolved_by_id_fkey',
  })
  resolvedBy?: User | null;

  @Field(() => String, { nullable: true, description: 'The ruling: merged, renamed, distinct…' })
  @Column('text', { nullable: true })
  resolution: string | null;
}
