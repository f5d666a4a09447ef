import path from 'node:path';
import type { Readable } from 'node:stream';
import { REPO_DATA_DIR, type Config } from '../../config/config';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

/**
 * Where the bytes of attachments live; the database keeps what they are and whose. Keys
 * are made by the attachment service (never from a file name).
 */
export interface FileStorage {
  /** Streams `content` to `key`; when the stream fails nothing is left under the key. */
  put(key: string, content: Readable): Promise<void>;
  /** The stored bytes, streamed; StoredFileMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes the bytes; a key with none is not an error. */
  delete(key: string): Promise<void>;
  /** Fails when nothing could be stored: a folder without rights, a bucket out of reach. */
  check(): Promise<void>;
}

/** The bytes of a recorded attachment are not in the storage (lost, or a wrong bucket). */
export class StoredFileMissing extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
    this.name = 'StoredFileMissing';
  }
}

export type FileStorageConfig = Partial<
  Pick<
    Config,
    | 'FILE_STORAGE'
    | 'FILES_DIR'
    | 'S3_ENDPOINT'
    | 'S3_BUCKET'
    | 'S3_REGION'
    | 'S3_ACCESS_KEY_ID'
    | 'S3_SECRET_ACCESS_KEY'
    | 'S3_FORCE_PATH_STYLE'
  >
>;

/** The storage the configuration names (validated by loadConfig); a local folder by default. */
export function createFileStorage(config: FileStorageConfig): FileStorage {
  if (config.FILE_STORAGE === 's3' && config.S3_BUCKET) {
    return new S3FileStorage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION ?? 'us-east-1',
      endpoint: config.S3_ENDPOINT,
      forcePathStyle: config.S3_FORCE_PATH_STYLE ?? !!config.S3_ENDPOINT,
      credentials:
        config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return new LocalFileStorage(config.FILES_DIR ?? path.join(REPO_DATA_DIR, 'files'));
}
