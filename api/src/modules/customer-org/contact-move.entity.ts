import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Contact } from './contact.entity';

/** A transfer of a contact between units, kept as history (people move, seed 002). */
@ObjectType()
@Entity()
@Index('contact_move_contact_idx', ['contactId', 'movedAt'])
export class ContactMove {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'contact_move_contact_id_fkey' })
  contact?: Contact;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  fromOrgUnitId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  toOrgUnitId: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  fromTitle: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  toTitle: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  movedById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  movedAt: Date;
}
