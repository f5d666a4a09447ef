import type { TeamRole } from '@trident/domain';
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
import { User } from '../identity/user.entity';
import { Account } from './account.entity';
import { TeamRoleEnum } from './account.enums';

/**
 * A seat on an account team. Record-level access follows these rows: a user sees the
 * accounts they sit on, a manager those of their reports. One AR (the owner) per account.
 */
@ObjectType()
@Entity()
@Index('account_team_member_key', ['accountId', 'userId', 'teamRole'], { unique: true })
@Index('account_team_member_one_ar_key', ['accountId'], { unique: true, where: `team_role = 'AR'` })
@Index('account_team_member_user_idx', ['userId', 'accountId'])
@Check(
  'account_team_member_team_role_check',
  `team_role IN ('AR', 'SR', 'FR', 'FINANCE', 'SPONSOR')`,
)
export class AccountTeamMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'account_id',
    foreignKeyConstraintName: 'account_team_member_account_id_fkey',
  })
  account?: Account;

  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'account_team_member_user_id_fkey' })
  user?: User;

  @Field(() => TeamRoleEnum)
  @Column('text')
  teamRole: TeamRole;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
