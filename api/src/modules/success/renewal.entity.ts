import { RENEWAL_STATUSES } from '@trident/domain';
import type { RenewalStatus } from '@trident/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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
import { enumOf, sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { Contract } from '../collections/contract.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';

export const RenewalStatusEnum = enumOf(RENEWAL_STATUSES);
registerEnumType(RenewalStatusEnum, { name: 'RenewalStatus' });

/**
 * The next contract with a customer (seed 002: cooperation is the start of the next
 * cooperation): new needs, how our products fit, what new product it takes, how much, when.
 */
@ObjectType()
@Entity()
@Index('renewal_account_idx', ['accountId'])
@Index('renewal_open_due_idx', ['expectedSignDate'], { where: `status = 'OPEN'` })
@Check('renewal_status_check', `status IN (${sqlList(RENEWAL_STATUSES)})`)
@Check('renewal_amount_check', 'amount >= 0')
export class Renewal {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'renewal_account_id_fkey' })
  account?: Account;

  @Field(() => ID, { nullable: true, description: 'The contract it renews' })
  @Column('uuid', { nullable: true })
  contractId: string | null;

  @ManyToOne(() => Contract, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'renewal_contract_id_fkey' })
  contract?: Contract | null;

  @Field(() => ID, { nullable: true, description: 'The renewal deal on the funnel' })
  @Column('uuid', { nullable: true })
  opportunityId: string | null;

  @ManyToOne(() => Opportunity, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opportunity_id', foreignKeyConstraintName: 'renewal_opportunity_id_fkey' })
  opportunity?: Opportunity | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  newNeeds: string | null;

  @Field(() => String, { nullable: true, description: 'How our products fit the needs' })
  @Column('text', { nullable: true })
  productFit: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  newProductNeeded: string | null;

  /** Read through a field resolver: hidden from TECHNICAL and DELIVERY. */
  @Column('numeric', { precision: 18, scale: 2 })
  amount: string;

  @Field()
  @Column('char', { length: 3, default: 'CNY' })
  currency: string;

  @Field(() => LocalDateScalar)
  @Column('date')
  expectedSignDate: string;

  @Field(() => RenewalStatusEnum)
  @Column('text', { default: 'OPEN' })
  status: RenewalStatus;

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
