import { ATTACHMENT_OWNER_TYPES, type AttachmentOwnerType } from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';

/**
 * A file kept on a record: evidence behind a payment milestone's checklist, or a task's
 * deliverable. The row says what the file is and whose; the bytes live in the file storage
 * under `storageKey`. Removing a file only marks it deleted: the bytes and the row stay for
 * the audit trail.
 */
@ObjectType({ description: 'A file on an evidence item or a task; download it from its url' })
@Entity()
@Index('attachment_owner_idx', ['ownerId', 'createdAt'])
@Index('attachment_storage_key_key', ['storageKey'], { unique: true })
@Check('attachment_owner_type_check', `owner_type IN (${sqlList(ATTACHMENT_OWNER_TYPES)})`)
@Check('attachment_size_check', 'size > 0')
@Check('attachment_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
@Check('attachment_deleted_check', '(deleted_at IS NULL) = (deleted_by_id IS NULL)')
export class Attachment {
  /** Chosen before the bytes are stored: the storage key is made from it. */
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  /** Which kind of record holds it; the id is that record's (no foreign key: two tables). */
  @Column('text')
  ownerType: AttachmentOwnerType;

  @Column('uuid')
  ownerId: string;

  /** The record's customer, so that row-level security scopes files like their records. */
  @Column('uuid')
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id', foreignKeyConstraintName: 'attachment_account_id_fkey' })
  account?: Account;

  @Field({ description: 'As the uploader named it' })
  @Column('text')
  fileName: string;

  @Field({ description: "Decided from the name's extension and checked against the bytes" })
  @Column('text')
  contentType: string;

  @Field(() => Int, { description: 'Bytes' })
  @Column('int')
  size: number;

  @Field({ description: 'SHA-256 of the bytes, hex' })
  @Column('text')
  sha256: string;

  @Column('text')
  storageKey: string;

  @Column('uuid')
  uploadedById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'uploaded_by_id',
    foreignKeyConstraintName: 'attachment_uploaded_by_id_fkey',
  })
  uploadedBy?: User;

  @Field(() => Date)
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @Column('uuid', { nullable: true })
  deletedById: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deleted_by_id', foreignKeyConstraintName: 'attachment_deleted_by_id_fkey' })
  deletedBy?: User | null;
}
