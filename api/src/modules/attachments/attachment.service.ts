import { randomUUID } from 'node:crypto';
import { pipeline, type Readable } from 'node:stream';
import {
  ATTACHMENT_OWNER_TYPES,
  FILE_EXTENSIONS,
  FILE_KINDS,
  fileExtensionOf,
  type AttachmentOwnerType,
} from '@trident/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/app-error';
import { isUuid, requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { hasRole } from '../identity/viewer';
import { findOwner, requireOwnerWriter, type AttachmentOwner } from './attachment-owner';
import { Attachment } from './attachment.entity';
import { AttachmentLimits } from './attachments.types';
import { FileInspector, typeNotAllowed } from './file-inspector';
import type { FileStorage } from './file-storage';

/** Where a file is downloaded: `GET /files/:id` with the same bearer token as /graphql. */
export const FILES_PATH = '/files';
export const attachmentUrl = (id: string) => `${FILES_PATH}/${id}`;

/** Longest file name kept, in characters. */
const MAX_NAME_LENGTH = 255;

export interface UploadInput {
  /** The form's fields, as sent (checked here). */
  ownerType: string | undefined;
  ownerId: string | undefined;
  fileName: string;
  /** The file's bytes; read to the end, or not at all when the upload is refused first. */
  content: Readable;
}

/**
 * Files on evidence items and tasks (issue 18). An upload is checked against its record
 * before a byte is stored, streamed to the storage through the inspector (size, kind,
 * SHA-256) and only then recorded, with its audit event, in one transaction; a refusal at
 * any step leaves neither a row nor bytes. Removing a file marks it deleted: the bytes and
 * the row stay, for the audit trail.
 */
export class AttachmentService {
  constructor(
    private readonly db: DataSource,
    private readonly storage: FileStorage,
    private readonly maxBytes: number,
    private readonly log: Pick<Logger, 'warn'>,
  ) {}

  limits(): AttachmentLimits {
    return { maxBytes: this.maxBytes, extensions: FILE_EXTENSIONS };
  }

  async upload(ctx: Caller, input: UploadInput): Promise<Attachment> {
    const owner = ownerOf(input.ownerType, input.ownerId);
    const fileName = cleanFileName(input.fileName);
    const extension = fileExtensionOf(fileName);
    if (!extension) throw typeNotAllowed(`.${FILE_EXTENSIONS.join(', .')} files only`);
    // Refused before a byte is stored; checked again when the row is written.
    await ctx.accountScope();
    await this.db.transaction((manager) => requireOwnerWriter(ctx, manager, owner, 'ownerId'));

    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    const inspector = new FileInspector(extension, this.maxBytes);
    let refusal: Error | null = null;
    inspector.once('error', (error) => {
      refusal = error;
    });
    // A failed or cut-off upload fails the inspector, and through it the storage's write.
    pipeline(input.content, inspector, () => undefined);
    try {
      await this.storage.put(storageKey, inspector);
    } catch (error) {
      // The inspector's refusal is the answer, whatever the storage made of the broken stream.
      throw refusal ?? error;
    }
    const { size, sha256 } = inspector.result();
    try {
      return await runMutation(ctx, async ({ manager, audit }) => {
        const record = await requireOwnerWriter(ctx, manager, owner, 'ownerId');
        const attachment = manager.getRepository(Attachment).create({
          id,
          ownerType: owner.type,
          ownerId: owner.id,
          accountId: record.accountId,
          fileName,
          contentType: FILE_KINDS[extension].contentType,
          size,
          sha256,
          storageKey,
          uploadedById: ctx.viewer.userId,
          deletedAt: null,
          deletedById: null,
        });
        await manager.insert(Attachment, attachment);
        const saved = await manager.getRepository(Attachment).findOneByOrFail({ id });
        await audit({
          action: 'attachment.upload',
          entity: 'Attachment',
          entityId: id,
          after: saved,
        });
        return saved;
      });
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((cleanup: unknown) =>
          this.log.warn({ err: cleanup, storageKey }, 'an unrecorded upload could not be removed'),
        );
      throw error;
    }
  }

  /** A file the caller may download, with its bytes; NOT_FOUND otherwise (also when removed). */
  async open(ctx: Caller, id: string): Promise<{ attachment: Attachment; content: Readable }> {
    const attachment = isUuid(id)
      ? await this.db.getRepository(Attachment).findOneBy({ id })
      : null;
    if (
      !attachment ||
      attachment.deletedAt ||
      !(await findOwner(ctx, this.db.manager, ownerOfRow(attachment)))
    )
      throw notFound('Attachment', id);
    return { attachment, content: await this.storage.get(attachment.storageKey) };
  }

  /**
   * Whoever attached a file, or a manager or an admin, removes it while they may change its
   * record and the record is open. The row is marked, the bytes stay.
   */
  async remove(ctx: Caller, id: string): Promise<Attachment> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(Attachment)
        .createQueryBuilder('a')
        .setLock('pessimistic_write')
        .where('a.id = :id AND a.deleted_at IS NULL', { id })
        .getOne();
      if (!before || !(await findOwner(ctx, manager, ownerOfRow(before))))
        throw notFound('Attachment', id);
      await requireOwnerWriter(ctx, manager, ownerOfRow(before), 'id');
      if (before.uploadedById !== ctx.viewer.userId && !hasRole(ctx.viewer, 'MANAGER', 'ADMIN'))
        throw forbidden('Only whoever attached the file, a manager or an admin may remove it');
      await manager.update(
        Attachment,
        { id },
        { deletedAt: new Date(), deletedById: ctx.viewer.userId },
      );
      const after = await manager.getRepository(Attachment).findOneByOrFail({ id });
      await audit({
        action: 'attachment.delete',
        entity: 'Attachment',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}

function ownerOf(type: string | undefined, id: string | undefined): AttachmentOwner {
  if (!type || !(ATTACHMENT_OWNER_TYPES as readonly string[]).includes(type))
    throw badInput('ownerType', 'OWNER_TYPE', { allowed: [...ATTACHMENT_OWNER_TYPES] });
  if (!id) throw badInput('ownerId', 'OWNER_ID_REQUIRED');
  return { type: type as AttachmentOwnerType, id: requireUuid('ownerId', id) };
}

const ownerOfRow = (row: Attachment): AttachmentOwner => ({ type: row.ownerType, id: row.ownerId });

/**
 * The name as the uploader sees it, without what could mislead or break a header: a path
 * some browsers send, control characters and bidirectional overrides (which can show
 * "report‮fdp.exe" as "reportexe.pdf"). Unicode NFC, so one name is stored one way.
 */
export function cleanFileName(raw: string): string {
  const name = (raw.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim();
  if (!name) throw badInput('file', 'FILE_NAME_MISSING');
  if ([...name].length > MAX_NAME_LENGTH)
    throw badInput('file', 'TOO_LONG', { max: MAX_NAME_LENGTH });
  return name;
}
