import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from './config';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-config-'));
const base = { DATABASE_URL: 'postgres://u:p@localhost:5432/db', DATA_DIR: dataDir };

describe('loadConfig', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('applies defaults for a minimal environment', () => {
    const config = loadConfig(base);
    expect(config.PORT).toBe(4000);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DEMO_DATA).toBe(true);
    expect(config.HEAP_GROWTH_PERCENT).toBe(100);
  });

  it('names the variable and the value when a value is bad', () => {
    expect(() => loadConfig({ ...base, PORT: 'eighty' })).toThrow(/PORT: .*\(got "eighty"\)/);
    expect(() => loadConfig({ ...base, HEAP_GROWTH_PERCENT: '-5' })).toThrow(/HEAP_GROWTH_PERCENT/);
    expect(() => loadConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(ConfigError);
  });

  it('requires a database URL', () => {
    expect(() => loadConfig({ DATA_DIR: dataDir })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', DATA_DIR: dataDir })).toThrow(
      /DATABASE_URL/,
    );
  });

  it('requires a real JWT secret in production and never loads demo data there', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET: is required/,
    );
    const config = loadConfig({
      ...base,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DEMO_DATA: 'true',
    });
    expect(config.DEMO_DATA).toBe(false);
    expect(config.HOST).toBe('0.0.0.0');
  });

  it('outside production signs with a random secret made once and kept with the data, and listens on this machine only', () => {
    const first = loadConfig(base);
    const again = loadConfig(base);
    expect(first.JWT_SECRET).toBe(again.JWT_SECRET);
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(48);
    const file = path.join(dataDir, 'jwt-secret');
    expect(fs.readFileSync(file, 'utf8').trim()).toBe(first.JWT_SECRET);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-config-'));
    try {
      expect(loadConfig({ ...base, DATA_DIR: elsewhere }).JWT_SECRET).not.toBe(first.JWT_SECRET);
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
    expect(first.HOST).toBe('127.0.0.1');
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('keeps files under the data folder by default and names what an S3 store is missing', () => {
    const local = loadConfig(base);
    expect([local.FILE_STORAGE, local.FILES_DIR, local.MAX_UPLOAD_BYTES]).toEqual([
      'local',
      path.join(dataDir, 'files'),
      20 * 1024 * 1024,
    ]);
    expect(() => loadConfig({ ...base, FILE_STORAGE: 's3' })).toThrow(
      /S3_BUCKET: is required when FILE_STORAGE is s3/,
    );
    expect(() =>
      loadConfig({ ...base, FILE_STORAGE: 's3', S3_BUCKET: 'trident', S3_ACCESS_KEY_ID: 'AK' }),
    ).toThrow(/S3_SECRET_ACCESS_KEY: give both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
    // A bucket named but not used would leave files on one server's disk unnoticed.
    expect(() => loadConfig({ ...base, S3_BUCKET: 'trident' })).toThrow(
      /FILE_STORAGE: is local but S3_BUCKET is set: set FILE_STORAGE=s3/,
    );
    expect(() => loadConfig({ ...base, MAX_UPLOAD_BYTES: '0' })).toThrow(/MAX_UPLOAD_BYTES/);
    expect(() => loadConfig({ ...base, FILE_STORAGE: 's3', S3_BUCKET: 'Not_A_Bucket' })).toThrow(
      /S3_BUCKET: must be a bucket name/,
    );
    const s3 = loadConfig({
      ...base,
      FILE_STORAGE: 's3',
      S3_BUCKET: 'trident-files',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'AK',
      S3_SECRET_ACCESS_KEY: 'a secret that is never echoed',
      MAX_UPLOAD_BYTES: '1048576',
    });
    expect([s3.S3_FORCE_PATH_STYLE, s3.S3_REGION, s3.MAX_UPLOAD_BYTES]).toEqual([
      true,
      'us-east-1',
      1048576,
    ]);
    try {
      loadConfig({ ...base, FILE_STORAGE: 's3', S3_SECRET_ACCESS_KEY: 'never echoed' });
    } catch (error) {
      expect(String(error)).not.toContain('never echoed');
    }
  });
});
