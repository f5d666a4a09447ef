import { ROLES, USER_STATUSES, type Role, type UserStatus } from '@trident/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';
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

export const RoleEnum = enumOf(ROLES);
export const UserStatusEnum = enumOf(USER_STATUSES);
registerEnumType(RoleEnum, { name: 'Role', description: 'What a user does in the iron triangle' });
registerEnumType(UserStatusEnum, { name: 'UserStatus' });

@ObjectType({ description: 'A person (or BI client) who uses Trident' })
@Entity()
@Index('user_email_key', ['email'], { unique: true })
@Check('user_status_check', `status IN ('ACTIVE', 'DEPARTED')`)
@Check(
  'user_roles_check',
  `roles <@ ARRAY['SALES','TECHNICAL','DELIVERY','FINANCE','MANAGER','ADMIN','BI']::text[]`,
)
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Made by the NameCollation migration (an expression index TypeORM cannot declare).
  @Index('user_name_sort_idx', { synchronize: false })
  @Field()
  @Column('text')
  name: string;

  /** Stored lower-cased, so the unique index is case-insensitive. */
  @Field()
  @Column('text')
  email: string;

  @Column('text')
  passwordHash: string;

  @Field(() => [RoleEnum])
  @Column('text', { array: true })
  roles: Role[];

  @Field(() => UserStatusEnum)
  @Column('text', { default: 'ACTIVE' })
  status: UserStatus;

  @Field(() => ID, { nullable: true })
  @Index('user_manager_id_idx')
  @Column('uuid', { nullable: true })
  managerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'user_manager_id_fkey' })
  manager?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  departedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Bumped by a trigger when the password, roles or status change: older JWTs end. */
  @Column('int', { default: 1 })
  credentialVersion: number;

  @Field(() => Int, { description: 'Pass it back to updateUser: a stale value is a CONFLICT' })
  @Column('int', { default: 1 })
  version: number;
}
