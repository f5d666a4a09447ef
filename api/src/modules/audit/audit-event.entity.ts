import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only history: one row per successful mutation, written in its transaction. */
@ObjectType()
@Entity()
@Index('audit_event_entity_idx', ['entity', 'entityId', 'at'])
@Index('audit_event_actor_idx', ['actorId', 'at'])
export class AuditEvent {
  /** bigint identity: ordered, so cursors page the log in the order it was written. */
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field({ description: 'USER or TOKEN' })
  @Column('text')
  actorKind: string;

  @Field({ description: 'Verb in module.action form, e.g. account.claim' })
  @Column('text')
  action: string;

  @Field()
  @Column('text')
  entity: string;

  @Field(() => ID)
  @Column('text')
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column('jsonb', { nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  requestId: string | null;

  /** When it was written (clock_timestamp: writers of one record wait for each other's lock). */
  @Field(() => Date)
  @Index('audit_event_at_idx')
  @CreateDateColumn({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at: Date;
}
