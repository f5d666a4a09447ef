import {
  BUYING_ROLES,
  COACH_LEVELS,
  CONTACT_LEVELS,
  CONTACT_STATUSES,
  STANCES,
  type BuyingRole,
  type CoachLevel,
  type ContactLevel,
  type ContactStatus,
  type Stance,
} from '@trident/domain';
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
import { sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import {
  BuyingRoleEnum,
  CoachLevelEnum,
  ContactLevelEnum,
  ContactStatusEnum,
  StanceEnum,
} from './customer-org.enums';
import { OrgUnit } from './org-unit.entity';

/**
 * A person at the customer (联系人). Never deleted: someone who leaves is marked LEFT
 * with the date and stays in history (people move, seed 002).
 */
@ObjectType()
@Entity()
@Index('contact_account_idx', ['accountId', 'name'])
@Index('contact_org_unit_idx', ['orgUnitId'])
@Index('contact_reports_to_idx', ['reportsToId'])
@Index('contact_owner_idx', ['relationshipOwnerId'])
@Check('contact_level_check', `level IN (${sqlList(CONTACT_LEVELS)})`)
@Check('contact_stance_check', `stance IN (${sqlList(STANCES)})`)
@Check('contact_coach_level_check', `coach_level IN (${sqlList(COACH_LEVELS)})`)
@Check('contact_status_check', `status IN (${sqlList(CONTACT_STATUSES)})`)
@Check('contact_buying_roles_check', `buying_roles <@ ARRAY[${sqlList(BUYING_ROLES)}]::text[]`)
@Check('contact_influence_check', 'influence BETWEEN 1 AND 5')
@Check('contact_not_own_manager_check', 'reports_to_id IS NULL OR reports_to_id <> id')
export class Contact {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'contact_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  orgUnitId: string | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'contact_org_unit_id_fkey' })
  orgUnit?: OrgUnit | null;

  // Made by the NameCollation migration (an expression index TypeORM cannot declare).
  @Index('contact_name_sort_idx', { synchronize: false })
  @Field()
  @Column('text')
  name: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  title: string | null;

  @Field(() => ContactLevelEnum)
  @Column('text')
  level: ContactLevel;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  reportsToId: string | null;

  @ManyToOne(() => Contact, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reports_to_id', foreignKeyConstraintName: 'contact_reports_to_id_fkey' })
  reportsTo?: Contact | null;

  @Field(() => String, { nullable: true, description: 'What they are responsible for' })
  @Column('text', { nullable: true })
  responsibilities: string | null;

  @Field(() => Int, { description: 'Influence on decisions, 1–5' })
  @Column('smallint', { default: 3 })
  influence: number;

  @Field(() => StanceEnum)
  @Column('text', { default: 'NEUTRAL' })
  stance: Stance;

  @Field(() => [BuyingRoleEnum])
  @Column('text', { array: true, default: () => "'{}'" })
  buyingRoles: BuyingRole[];

  @Field(() => CoachLevelEnum, { nullable: true, description: 'Set when the contact coaches us' })
  @Column('text', { nullable: true })
  coachLevel: CoachLevel | null;

  @Field({ description: 'Young, capable, likely to be promoted (潜力股, seed 003)' })
  @Column('boolean', { default: false })
  risingStar: boolean;

  @Field(() => ID, { nullable: true, description: 'Our user who keeps the relationship' })
  @Column('uuid', { nullable: true })
  relationshipOwnerId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'relationship_owner_id',
    foreignKeyConstraintName: 'contact_relationship_owner_id_fkey',
  })
  relationshipOwner?: User | null;

  @Field(() => ContactStatusEnum)
  @Column('text', { default: 'ACTIVE' })
  status: ContactStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leftAt: Date | null;

  /** Read through a field resolver: private to the account manager's line. */
  @Column('text', { nullable: true })
  notes: string | null;

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
