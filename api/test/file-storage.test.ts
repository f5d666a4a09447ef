import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createFileStorage } from '../src/modules/attachments/create-file-storage';
import { StoredFileMissing, type FileStorage } from '../src/modules/attachments/file-storage';
import { LocalFileStorage } from '../src/modules/attachments/local-file-storage';
import { S3FileStorage } from '../src/modules/attachments/s3-file-storage';
import { startS3Server, TEST_BUCKET } from './support/s3-server';

/** Bytes that differ along the way, in chunks, so a reordered or dropped chunk shows. */
function bytes(size: number): Buffer {
  const buffer = Buffer.alloc(size);
  for (let i = 0; i < size; i++) buffer[i] = (i * 31 + (i >> 10)) & 0xff;
  return buffer;
}
const chunked = (buffer: Buffer, size = 64 * 1024) =>
  Readable.from(
    Array.from({ length: Math.ceil(buffer.length / size) }, (_, i) =>
      buffer.subarray(i * size, (i + 1) * size),
    ),
  );
/** A stream that gives some bytes, then fails (a refused or broken upload). */
const failing = (buffer: Buffer) =>
  Readable.from(
    (async function* () {
      yield buffer;
      throw new Error('the upload broke off');
    })(),
  );
async function read(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
const sha = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

/** The contract every storage keeps; `leftovers` lists what it holds on disk. */
function behavesAsFileStorage(make: () => { storage: FileStorage; leftovers: () => string[] }) {
  it('gives back exactly the bytes it was given, streamed both ways', async () => {
    const { storage } = make();
    // Over 5 MB: the S3 storage uploads it in parts.
    const content = bytes(12 * 1024 * 1024 + 7);
    const key = `ab/${randomUUID()}`;
    await storage.put(key, chunked(content));
    const back = await read(await storage.get(key));
    expect([back.length, sha(back)]).toEqual([content.length, sha(content)]);
  });

  it('keeps nothing under the key of a stream that fails after 6 MB, and says so', async () => {
    const { storage, leftovers } = make();
    const before = leftovers();
    const key = `cd/${randomUUID()}`;
    // Which error: the stream's, or (S3) the store's answer to the aborted upload.
    await expect(storage.put(key, failing(bytes(6 * 1024 * 1024)))).rejects.toThrow();
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    expect(leftovers()).toEqual(before);
  });

  it('deletes, and a missing key is neither there nor an error to delete', async () => {
    const { storage } = make();
    const key = `ef/${randomUUID()}`;
    await storage.put(key, chunked(bytes(1000)));
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });
}

/** Every file under `dir`, as paths relative to it. */
const walk = (dir: string, under = ''): string[] =>
  fs.existsSync(path.join(dir, under))
    ? fs
        .readdirSync(path.join(dir, under), { withFileTypes: true })
        .flatMap((entry) =>
          entry.isDirectory()
            ? walk(dir, path.join(under, entry.name))
            : [path.join(under, entry.name)],
        )
        .sort()
    : [];

describe('local file storage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-files-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  behavesAsFileStorage(() => ({ storage: new LocalFileStorage(dir), leftovers: () => walk(dir) }));

  it('keeps files readable by the API user only, and no key can leave the folder', async () => {
    const storage = new LocalFileStorage(dir);
    const key = `0a/${randomUUID()}`;
    await storage.put(key, chunked(bytes(10)));
    expect(fs.statSync(path.join(dir, key)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, '0a')).mode & 0o777).toBe(0o700);
    for (const bad of ['../escape', '/etc/passwd', 'a/../../b', 'a//b', '', 'a\\b'])
      await expect(storage.put(bad, chunked(bytes(1)))).rejects.toThrow(/not a storage key/);
  });

  it('says at start when its folder cannot be made', async () => {
    await expect(new LocalFileStorage(dir).check()).resolves.toBeUndefined();
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    await expect(new LocalFileStorage(path.join(blocked, 'files')).check()).rejects.toThrow(
      /ENOTDIR/,
    );
  });

  it('is what the configuration gives by default', () => {
    const storage = createFileStorage({ FILES_DIR: dir });
    expect(storage).toBeInstanceOf(LocalFileStorage);
    expect((storage as LocalFileStorage).dir).toBe(dir);
  });
});

describe('S3 file storage (against s3rver, an S3-compatible server over HTTP)', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  let storage: S3FileStorage;
  beforeAll(async () => {
    s3 = await startS3Server();
    storage = createFileStorage({
      FILE_STORAGE: 's3',
      S3_BUCKET: TEST_BUCKET,
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: true,
    }) as S3FileStorage;
  });
  afterAll(async () => {
    await storage?.close();
    await s3?.close();
  });

  behavesAsFileStorage(() => ({
    storage,
    // s3rver does not implement AbortMultipartUpload (a real store does, and a bucket
    // lifecycle rule cleans up after a crash): its uploads folder is not checked.
    leftovers: () => walk(s3.directory).filter((file) => !file.includes('._S3rver_uploads')),
  }));

  it('is built from the configuration when FILE_STORAGE is s3, and says when its bucket is missing', async () => {
    expect(storage).toBeInstanceOf(S3FileStorage);
    await expect(storage.check()).resolves.toBeUndefined();
    const elsewhere = new S3FileStorage({
      bucket: 'no-such-bucket',
      region: 'us-east-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    await expect(elsewhere.check()).rejects.toThrow();
    await elsewhere.close();
  });
});
