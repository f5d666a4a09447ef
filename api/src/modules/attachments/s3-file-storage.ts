import type { Readable } from 'node:stream';
import type { S3Client } from '@aws-sdk/client-s3';
import { StoredFileMissing, type FileStorage } from './file-storage';

export interface S3Options {
  bucket: string;
  region: string;
  /** Another S3-compatible store (MinIO, OSS, COS…); unset for AWS itself. */
  endpoint?: string;
  forcePathStyle: boolean;
  /** Unset: the AWS SDK's default chain (environment, shared files, instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

type Sdk = typeof import('@aws-sdk/client-s3') & typeof import('@aws-sdk/lib-storage');

/**
 * Files in a bucket of any S3-compatible store. Uploads stream in 5 MB parts (lib-storage's
 * multipart upload; a failed one is aborted, so no part is left behind), downloads stream
 * from the object. The SDK is loaded on first use: a server on local storage never pays
 * for it at start.
 */
export class S3FileStorage implements FileStorage {
  private sdk?: Promise<{ sdk: Sdk; client: S3Client }>;

  constructor(private readonly options: S3Options) {}

  async put(key: string, content: Readable): Promise<void> {
    const { sdk, client } = await this.connect();
    await new sdk.Upload({
      client,
      params: { Bucket: this.options.bucket, Key: key, Body: content },
      leavePartsOnError: false,
    }).done();
  }

  async get(key: string): Promise<Readable> {
    const { sdk, client } = await this.connect();
    try {
      const object = await client.send(
        new sdk.GetObjectCommand({ Bucket: this.options.bucket, Key: key }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof sdk.NoSuchKey) throw new StoredFileMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
  }

  async check(): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.HeadBucketCommand({ Bucket: this.options.bucket }));
  }

  /** Closes the client's sockets (servers stopping, tests). */
  async close(): Promise<void> {
    if (this.sdk) (await this.sdk).client.destroy();
  }

  private connect() {
    return (this.sdk ??= (async () => {
      const sdk: Sdk = {
        ...(await import('@aws-sdk/client-s3')),
        ...(await import('@aws-sdk/lib-storage')),
      };
      const client = new sdk.S3Client({
        region: this.options.region,
        endpoint: this.options.endpoint,
        forcePathStyle: this.options.forcePathStyle,
        credentials: this.options.credentials,
      });
      return { sdk, client };
    })());
  }
}
