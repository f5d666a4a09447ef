import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { FILE_EXTENSIONS, FILE_KINDS, type FileExtension } from '@trident/domain';
import { badInput } from '../../common/app-error';
import { hasSignature, isText, SIGNATURE_HEAD_BYTES } from './file-signature';

/** A refusal of the file itself: the upload answers 413 or 415 by its reason. */
export const fileRefused = (
  reason: 'FILE_TOO_LARGE' | 'TYPE_NOT_ALLOWED' | 'FILE_EMPTY',
  params: Record<string, unknown> = {},
) => badInput('file', reason, params);

export const fileTooLarge = (maxBytes: number) => fileRefused('FILE_TOO_LARGE', { maxBytes });

export const typeNotAllowed = (detail: string) =>
  fileRefused('TYPE_NOT_ALLOWED', { allowed: [...FILE_EXTENSIONS], detail });

/**
 * Sits between the upload and the storage: counts and hashes the bytes as they pass and
 * fails the stream — so the storage keeps nothing — as soon as the file is over the limit
 * or its bytes are not what its extension says. Nothing is held back but the first
 * kilobyte of a file whose signature is not yet decided.
 */
export class FileInspector extends Transform {
  // Not `size` or `length`: the S3 SDK would take either for the length of the whole stream.
  private received = 0;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headLength = 0;
  private decided: boolean;
  private sha256: string | null = null;

  constructor(
    private readonly extension: FileExtension,
    private readonly maxBytes: number,
  ) {
    super();
    this.decided = FILE_KINDS[extension].signature === 'TEXT';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.received += chunk.length;
    if (this.received > this.maxBytes) return done(fileTooLarge(this.maxBytes));
    if (FILE_KINDS[this.extension].signature === 'TEXT' && !isText(chunk))
      return done(this.notThisKind());
    if (!this.decided) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength >= SIGNATURE_HEAD_BYTES && !this.signatureFits())
        return done(this.notThisKind());
    }
    this.hash.update(chunk);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.received === 0) return done(fileRefused('FILE_EMPTY'));
    if (!this.decided && !this.signatureFits()) return done(this.notThisKind());
    this.sha256 = this.hash.digest('hex');
    done();
  }

  /** What passed, once the stream has ended without a refusal. */
  result(): { size: number; sha256: string } {
    if (this.sha256 === null) throw new Error('the file has not been read to its end');
    return { size: this.received, sha256: this.sha256 };
  }

  private signatureFits(): boolean {
    const signature = FILE_KINDS[this.extension].signature;
    this.decided = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    return signature === 'TEXT' || hasSignature(signature, head);
  }

  private notThisKind() {
    return typeNotAllowed(`its content is not a .${this.extension} file`);
  }
}
