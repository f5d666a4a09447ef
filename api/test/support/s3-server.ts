import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

export const TEST_BUCKET = 'trident-test';

/**
 * An S3-compatible server on this machine (s3rver: the S3 REST API over HTTP, objects in a
 * temporary folder), so the S3 storage is tested through the real SDK and wire protocol.
 */
export async function startS3Server(): Promise<{
  endpoint: string;
  /** The folder s3rver keeps objects in: a test can see what was left behind. */
  directory: string;
  close(): Promise<void>;
}> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    close: async () => {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
