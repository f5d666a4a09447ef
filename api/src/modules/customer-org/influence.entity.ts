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
} from 'typeorm';
import { Contact } from './contact.entity';

/** An edge of the circle of influence (影响圈, seed 000): `from` sways `to`. */
@ObjectType()
@Entity()
@Index('influence_pair_key', ['fromContactId', 'toContactId'], { unique: true })
@Index('influence_account_idx', ['accountId'])
@Check('influence_strength_check', 'strength BETWEEN 1 AND 3')
@Check('influence_not_self_check', 'from_contact_id <> to_contact_id')
export class Influence {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Denormalised from the contacts so an org chart reads its edges in one statement. */
  @Field(() => ID)
  @Column('uuid')
  accountId: string;

  @Field(() => ID)
  @Column('uuid')
  fromContactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'from_contact_id',
    foreignKeyConstraintName: 'influence_from_contact_id_fkey',
  })
  fromContact?: Contact;

  @Field(() => ID)
  @Index('influence_to_idx')
  @Column('uuid')
  toContactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_contact_id', foreignKeyConstraintName: 'influence_to_contact_id_fkey' })
  toContact?: Contact;

  @Field(() => Int, { description: '1 weak – 3 strong' })
  @Column('smallint')
  strength: number;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
