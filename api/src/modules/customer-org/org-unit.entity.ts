import { ORG_UNIT_KINDS, type OrgUnitKind } from '@trident/domain';
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
import { OrgUnitKindEnum } from './customer-org.enums';

/** A department of the customer (组织单元), in a tree per account. */
@ObjectType()
@Entity()
@Index('org_unit_account_idx', ['accountId', 'name'])
@Check('org_unit_kind_check', `kind IN (${sqlList(ORG_UNIT_KINDS)})`)
@Check('org_unit_not_own_parent_check', 'parent_id IS NULL OR parent_id <> id')
export class OrgUnit {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'org_unit_account_id_fkey' })
  account?: Account;

  @Field()
  @Column('text')
  name: string;

  @Field(() => OrgUnitKindEnum)
  @Column('text')
  kind: OrgUnitKind;

  @Field(() => ID, { nullable: true })
  @Index('org_unit_parent_idx')
  @Column('uuid', { nullable: true })
  parentId: string | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'org_unit_parent_id_fkey' })
  parent?: OrgUnit | null;

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
