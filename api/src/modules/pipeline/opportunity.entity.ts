import { BUYING_ROLES, CONTRACT_KINDS, DEAL_TEAM_ROLES } from '@trident/domain';
import type { BuyingRole, ContractKind, DealTeamRole } from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { ContractKindEnum } from '../collections/collections.enums';
import { BuyingRoleEnum } from '../customer-org/customer-org.enums';
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { FunnelStage } from './funnel-stage.entity';
import { Lead } from './lead.entity';
import { DealTeamRoleEnum } from './pipeline.enums';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

/** A competitor on a deal, with what they do well and where they are weak. */
@ObjectType()
export class Competitor {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  strengths: string | null;

  @Field(() => String, { nullable: true })
  weaknesses: string | null;
}

/**
 * A deal on the funnel. Amounts are numeric(18,2) with a currency; the contract amount is
 * recorded when the deal is won. The stage only changes through moveOpportunity, which
 * writes a StageChange.
 */
@ObjectType()
@Entity()
@Index('opportunity_account_idx', ['accountId', 'createdAt'])
@Index('opportunity_owner_idx', ['ownerId', 'stageId'])
@Index('opportunity_stage_idx', ['stageId', 'stageEnteredAt'])
@Index('opportunity_expected_close_idx', ['expectedCloseDate'])
@Index('opportunity_closed_idx', ['closedAt'])
// "My open deals by closing date" (the sales dashboard) and the funnel's period cohorts.
@Index('opportunity_owner_open_idx', ['ownerId', 'expectedCloseDate', 'id'], {
  where: 'closed_at IS NULL',
})
@Index('opportunity_created_idx', ['createdAt'])
@Check('opportunity_amount_check', 'amount >= 0')
@Check('opportunity_kind_check', `kind IN (${sqlList(CONTRACT_KINDS)})`)
@Check('opportunity_contract_amount_check', 'contract_amount IS NULL OR contract_amount >= 0')
export class Opportunity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'opportunity_account_id_fkey' })
  account?: Account;

  // Made by the NameCollation migration (an expression index TypeORM cannot declare).
  @Index('opportunity_name_sort_idx', { synchronize: false })
  @Field()
  @Column('text')
  name: string;

  @Field(() => ContractKindEnum, { description: 'NEW business, a RENEWAL or an EXPANSION' })
  @Column('text', { default: 'NEW' })
  kind: ContractKind;

  /** Read through field resolvers (hidden from TECHNICAL and DELIVERY). */
  @Column('numeric', { precision: 18, scale: 2 })
  amount: string;

  @Field({ description: 'ISO 4217 currency of amount and contract amount' })
  @Column('char', { length: 3 })
  currency: string;

  @Column('numeric', { precision: 18, scale: 2, nullable: true })
  contractAmount: string | null;

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  products: string[];

  @Field(() => LocalDateScalar, { nullable: true })
  @Column('date', { nullable: true })
  expectedCloseDate: string | null;

  @Field(() => ID)
  @Column('uuid')
  stageId: string;

  @ManyToOne(() => FunnelStage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id', foreignKeyConstraintName: 'opportunity_stage_id_fkey' })
  stage?: FunnelStage;

  @Field(() => Date, { description: 'When the deal entered its current stage' })
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  stageEnteredAt: Date;

  @Field(() => ID)
  @Column('uuid')
  ownerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'opportunity_owner_id_fkey' })
  owner?: User;

  @Field(() => ID, { nullable: true, description: 'Our coach at the customer (seed 002)' })
  @Column('uuid', { nullable: true })
  coachContactId: string | null;

  @ManyToOne(() => Contact, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'coach_contact_id',
    foreignKeyConstraintName: 'opportunity_coach_contact_id_fkey',
  })
  coachContact?: Contact | null;

  @Field(() => [Competitor])
  @Column('jsonb', { default: () => "'[]'" })
  competitors: Competitor[];

  @Field(() => ID, { nullable: true, description: 'The lead it was converted from' })
  @Column('uuid', { nullable: true })
  leadId: string | null;

  @ManyToOne(() => Lead, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'opportunity_lead_id_fkey' })
  lead?: Lead | null;

  @Field(() => Date, { nullable: true, description: 'When it was won or lost' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  // A plain column, not CreateDateColumn: imports and the demo keep a deal's real history.
  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}

/** Who works the deal on our side: the iron triangle of this opportunity. */
@ObjectType()
@Entity()
@Index('opportunity_team_member_user_idx', ['userId'])
@Check('opportunity_team_member_role_check', `team_role IN (${sqlList(DEAL_TEAM_ROLES)})`)
export class OpportunityTeamMember {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  opportunityId: string;

  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'opportunity_team_member_opportunity_id_fkey',
  })
  opportunity?: Opportunity;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'opportunity_team_member_user_id_fkey' })
  user?: User;

  @Field(() => DealTeamRoleEnum)
  @PrimaryColumn('text')
  teamRole: DealTeamRole;
}

/** A customer contact who decides on this deal, and the role they play in it. */
@ObjectType()
@Entity()
@Index('opportunity_contact_contact_idx', ['contactId'])
@Check('opportunity_contact_role_check', `role IN (${sqlList(BUYING_ROLES)})`)
export class OpportunityContact {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  opportunityId: string;

  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'opportunity_contact_opportunity_id_fkey',
  })
  opportunity?: Opportunity;

  @Field(() => ID)
  @PrimaryColumn('uuid')
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'contact_id',
    foreignKeyConstraintName: 'opportunity_contact_contact_id_fkey',
  })
  contact?: Contact;

  @Field(() => BuyingRoleEnum, { description: 'Their role in this deal' })
  @PrimaryColumn('text')
  role: BuyingRole;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}

/** Every move of a deal between stages, with who and when: the funnel is computed from it. */
@ObjectType()
@Entity()
@Index('stage_change_opportunity_idx', ['opportunityId', 'at'])
@Index('stage_change_to_stage_idx', ['toStageId', 'at'])
export class StageChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  opportunityId: string;

  @ManyToOne(() => Opportunity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'opportunity_id',
    foreignKeyConstraintName: 'stage_change_opportunity_id_fkey',
  })
  opportunity?: Opportunity;

  @Field(() => ID, { nullable: true, description: 'null when the deal was created' })
  @Column('uuid', { nullable: true })
  fromStageId: string | null;

  @ManyToOne(() => FunnelStage, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'from_stage_id',
    foreignKeyConstraintName: 'stage_change_from_stage_id_fkey',
  })
  fromStage?: FunnelStage | null;

  @Field(() => ID)
  @Column('uuid')
  toStageId: string;

  @ManyToOne(() => FunnelStage, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_stage_id', foreignKeyConstraintName: 'stage_change_to_stage_id_fkey' })
  toStage?: FunnelStage;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => ID)
  @Column('uuid')
  actorId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'stage_change_actor_id_fkey' })
  actor?: User;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at: Date;
}
