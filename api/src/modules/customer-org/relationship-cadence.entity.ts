import { CADENCE_KEYS, type CadenceKey } from '@trident/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { CadenceKeyEnum } from './customer-org.enums';

/**
 * How often a relationship must be kept warm (seed 003: a relationship is kept, not made
 * once): days between contacts for a contact level, or for rising stars. ADMIN keeps the
 * rows; a level without one has no cadence.
 */
@ObjectType()
@Entity()
@Check('relationship_cadence_key_check', `key IN (${sqlList(CADENCE_KEYS)})`)
@Check('relationship_cadence_days_check', `days BETWEEN 1 AND 730`)
export class RelationshipCadence {
  @Field(() => CadenceKeyEnum)
  @PrimaryColumn('text')
  key: CadenceKey;

  @Field(() => Int, { description: 'Days between contacts, 1–730' })
  @Column('int')
  days: number;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
