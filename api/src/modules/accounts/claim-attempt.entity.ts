import type { ClaimMatch } from '@trident/domain';
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
import { ClaimMatchEnum } from './account.enums';

/**
 * Evidence for ownership disputes (seed 001): a claim that lost to an earlier
 * registration, with who tried, when, what they typed and whom it matched.
 */
@ObjectType()
@Entity()
@Index('claim_attempt_account_idx', ['accountId', 'attemptedAt'])
@Check('claim_attempt_matched_on_check', `matched_on IN ('REGISTRATION_NO', 'NORMALIZED_NAME')`)
export class ClaimAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The account that won' })
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'claim_attempt_account_id_fkey' })
  account?: Account;

  @Field(() => ID)
  @Index('claim_attempt_claimer_idx')
  @Column('uuid')
  claimerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimer_id', foreignKeyConstraintName: 'claim_attempt_claimer_id_fkey' })
  claimer?: User;

  @Field(() => ID, { description: 'Who registered the account first' })
  @Column('uuid')
  winnerId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'winner_id', foreignKeyConstraintName: 'claim_attempt_winner_id_fkey' })
  winner?: User;

  @Field(() => ClaimMatchEnum)
  @Column('text')
  matchedOn: ClaimMatch;

  @Field({ description: 'The name the losing claimer typed' })
  @Column('text')
  claimedName: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  claimedRegistrationNo: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  attemptedAt: Date;
}
