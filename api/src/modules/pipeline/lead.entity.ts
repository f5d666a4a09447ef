import { LEAD_SOURCES, LEAD_STATUSES, PURCHASE_MODES } from '@trident/domain';
import type { LeadSource, LeadStatus, PurchaseMode } from '@trident/domain';
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
import { Money } from '../../graphql/scalars/money.type';
import { PurchaseModeEnum } from '../accounts/account.enums';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { LeadSourceEnum, LeadStatusEnum } from './pipeline.enums';

/** SPIN notes (seed 002): situation, problem, implication, need-payoff. */
@ObjectType()
export class SpinNotes {
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  situation: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  problem: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  implication: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  needPayoff: string | null;
}

/** One BANT item: confirmed or not, and the note that says how we know. */
@ObjectType()
export class BantCheck {
  @Field()
  @Column('boolean', { default: false })
  confirmed: boolean;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}

/** A possible deal before it is qualified: converted to an opportunity once BANT holds. */
@ObjectType()
@Entity()
@Index('lead_account_idx', ['accountId', 'createdAt'])
@Index('lead_owner_idx', ['ownerId', 'status'])
@Check('lead_source_check', `source IN (${sqlList(LEAD_SOURCES)})`)
@Check('lead_status_check', `status IN (${sqlList(LEAD_STATUSES)})`)
@Check('lead_scenario_check', `scenario IN (${sqlList(PURCHASE_MODES)})`)
export class Lead {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'lead_account_id_fkey' })
  account?: Account;

  @Field()
  @Column('text')
  title: string;

  @Field(() => LeadSourceEnum)
  @Column('text')
  source: LeadSource;

  @Field(() => PurchaseModeEnum, { description: 'Continuous or occasional purchase (seed 002)' })
  @Column('text')
  scenario: PurchaseMode;

  /** Read through a field resolver: null when no amount was given. */
  @Column(() => Money, { prefix: 'estimated' })
  estimated: Money;

  @Field(() => SpinNotes)
  @Column(() => SpinNotes, { prefix: 'spin' })
  spin: SpinNotes;

  @Field(() => BantCheck)
  @Column(() => BantCheck, { prefix: 'budget' })
  budget: BantCheck;

  @Field(() => BantCheck)
  @Column(() => BantCheck, { prefix: 'authority' })
  authority: BantCheck;

  @Field(() => ID, { nullable: true, description: 'Who decides: becomes the decision maker' })
  @Column('uuid', { nullable: true })
  authorityContactId: string | null;

  @ManyToOne(() => Contact, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'authority_contact_id',
    foreignKeyConstraintName: 'lead_authority_contact_id_fkey',
  })
  authorityContact?: Contact | null;

  @Field(() => BantCheck)
  @Column(() => BantCheck, { prefix: 'need' })
  need: BantCheck;

  @Field(() => BantCheck)
  @Column(() => BantCheck, { prefix: 'timing' })
  timing: BantCheck;

  @Field(() => LeadStatusEnum)
  @Column('text', { default: 'OPEN' })
  status: LeadStatus;

  @Field(() => ID)
  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'lead_owner_id_fkey' })
  owner?: User;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @Field(() => String, { nullable: true, description: 'Why a manager converted it anyway' })
  @Column('text', { nullable: true })
  overrideReason: string | null;

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
