import type {
  AccountTier,
  LifecycleStage,
  MatrixQuadrant,
  PurchaseMode,
  ServiceStage,
} from '@trident/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
import { Money } from '../../graphql/scalars/money.type';
import { User } from '../identity/user.entity';
import {
  AccountTierEnum,
  LifecycleStageEnum,
  MatrixQuadrantEnum,
  PurchaseModeEnum,
  ServiceStageEnum,
} from './account.enums';

/** A purchase driver and its quantity, e.g. subscribers: 12 000 000 (seed 002). */
@ObjectType()
export class Driver {
  @Field()
  factor: string;

  @Field(() => Float)
  quantity: number;

  @Field(() => String, { nullable: true })
  unit?: string | null;
}

@ObjectType({ description: 'A customer organisation (客户)' })
@Entity()
@Index('account_registration_no_key', ['registrationNo'], {
  unique: true,
  where: 'registration_no IS NOT NULL',
})
@Index('account_normalized_name_key', ['normalizedName'], { unique: true })
@Index('account_region_idx', ['region'])
@Index('account_industry_idx', ['industry'])
@Index('account_quadrant_idx', ['quadrant'])
@Check('account_service_stage_check', `service_stage IN ('REACTIVE', 'RELATIONSHIP', 'SUCCESS')`)
@Check('account_tier_check', `tier IN ('GROUP', 'PROVINCE', 'CITY')`)
@Check('account_purchase_mode_check', `purchase_mode IN ('CONTINUOUS', 'OCCASIONAL')`)
@Check(
  'account_lifecycle_stage_check',
  `lifecycle_stage IN ('EXPLORING', 'GROWING', 'MATURE', 'DECLINING')`,
)
@Check('account_relationship_level_check', 'relationship_level BETWEEN 1 AND 5')
@Check('account_not_own_parent_check', 'parent_id IS NULL OR parent_id <> id')
export class Account {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  // Made by the NameCollation migration (an expression index TypeORM cannot declare).
  @Index('account_name_sort_idx', { synchronize: false })
  @Field()
  @Column('text')
  name: string;

  /** Arbitration key: names compared after normalizeAccountName. */
  @Column('text')
  normalizedName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Legal company registration id (统一社会信用代码)',
  })
  @Column('text', { nullable: true })
  registrationNo: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  industry: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  region: string | null;

  @Field(() => AccountTierEnum)
  @Column('text')
  tier: AccountTier;

  @Field(() => ID, { nullable: true, description: 'null when the parent is outside your scope' })
  @Index('account_parent_id_idx')
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => Account, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'account_parent_id_fkey' })
  parent?: Account | null;

  @Field(() => PurchaseModeEnum, { nullable: true })
  @Column('text', { nullable: true })
  purchaseMode: PurchaseMode | null;

  @Field(() => LifecycleStageEnum, { nullable: true })
  @Column('text', { nullable: true })
  lifecycleStage: LifecycleStage | null;

  /** Read through a field resolver: hidden from TECHNICAL and DELIVERY. */
  @Column(() => Money)
  potential: Money;

  @Field(() => Int, {
    nullable: true,
    description: 'Relationship assessment, 1 (none) – 5 (strong)',
  })
  @Column('smallint', { nullable: true })
  relationshipLevel: number | null;

  @Field(() => MatrixQuadrantEnum, { nullable: true })
  @Column('text', { nullable: true })
  quadrant: MatrixQuadrant | null;

  @Field(() => ServiceStageEnum, { nullable: true })
  @Column('text', { nullable: true })
  serviceStage: ServiceStage | null;

  @Field(() => [Driver])
  @Column('jsonb', { default: () => "'[]'" })
  drivers: Driver[];

  @Field(() => ID, { description: 'Who registered the customer first' })
  @Column('uuid')
  claimedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'claimed_by_id', foreignKeyConstraintName: 'account_claimed_by_id_fkey' })
  claimedBy?: User;

  @Field(() => Date, { description: 'When the customer was registered' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  @Field(() => Int)
  @Column('int', { default: 1 })
  version: number;
}
