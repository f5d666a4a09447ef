import path from 'node:path';
import { REPO_DATA_DIR, type Config } from '../../config/config';
import type { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

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
