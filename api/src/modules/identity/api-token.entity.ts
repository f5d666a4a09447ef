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
import { User } from './user.entity';

/**
 * A BI client's credential. Only a SHA-256 of the secret is stored (the secret is 32
 * random bytes, so a slow hash adds nothing); the plain token is shown once at creation.
 */
@ObjectType()
@Entity()
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  name: string;

  /** The first characters of the token, so an admin can tell tokens apart. */
  @Field()
  @Column('text')
  prefix: string;

  @Index('api_token_token_hash_key', { unique: true })
  @Column('text')
  tokenHash: string;

  @Field(() => ID)
  @Column('uuid')
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'api_token_created_by_id_fkey' })
  createdBy?: User;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;
}
