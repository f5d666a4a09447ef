import path from 'node:path';
import { DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_TIME_ZONE } from '@trident/domain';
import { z } from 'zod';
import { developmentSecret } from './development-secret';

function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

/** `<repo>/.data`, where `pnpm start` keeps the embedded Postgres (from src/ or dist/). */
export const REPO_DATA_DIR = path.resolve(__dirname, '..', '..', '..', '.data');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    // Unset: this machine only outside production (the demo's passwords are public), every
    // interface in production (a container behind its own network).
    HOST: z.string().min(1).optional(),
    // Where development keeps what it generates (the JWT secret); `pnpm start` keeps its
    // embedded Postgres here too.
    DATA_DIR: z.string().min(1).default(REPO_DATA_DIR),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    // A streaming replica (hot standby) of DATABASE_URL: the queries of BI tokens read there.
    DATABASE_READ_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
    DATABASE_READ_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
    JWT_SECRET: z.string().min(32).optional(),
    JWT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(60 * 60 * 24 * 30)
      .default(8 * 60 * 60),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    MIGRATE_ON_START: bool.default(true),
    DEMO_DATA: bool.default(true),
    CONSOLE_DIR: z.string().min(1).optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
    // How far the JS heap grows past its live data before a full collection, in percent
    // (config/heap-growth.ts); 0: V8's own adaptive policy.
    HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(400).default(100),
    // The escalation worker runs inside the API process unless turned off here (then run
    // it on its own with `pnpm --filter @trident/api worker`).
    ESCALATION_WORKER: z.enum(['inline', 'off']).default('inline'),
    // Queries run on the compiled executor (graphql/compiled), graphql-js answering whatever
    // it does not compile; `graphql-js`: every operation on graphql-js (to compare the two).
    GRAPHQL_EXECUTOR: z.enum(['compiled', 'graphql-js']).default('compiled'),
    // A persisted-query manifest: when set, only its operations run (a BI-only replica).
    GRAPHQL_SAFELIST: z.string().min(1).optional(),
    // Requests a minute per BI token, counted in Postgres across every process; 0: no limit.
    BI_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(1200),
    // Requests a minute per client address to the public survey page (GET and POST
    // /survey/:token), counted in Postgres across every process; 0: no limit.
    SURVEY_REQUESTS_PER_MINUTE: z.coerce.number().int().min(0).default(30),
    // Which proxies in front may tell the client's address (X-Forwarded-For), as Express's
    // `trust proxy`: a hop count ("1"), or addresses/subnets (comma separated). Unset: none,
    // and the per-address sign-in limit then counts the load balancer as one client.
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value) => {
        if (!value?.trim()) return false;
        if (/^\d+$/.test(value.trim())) return Number(value.trim());
        return value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
      }),
    // Browser origins allowed to call the API from another origin (comma separated);
    // empty: same origin only, as the console is served.
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    // Longest a single SQL statement may run before Postgres cancels it.
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
    // Aggregates (revenue, aging, funnel, coverage, battle map, matrix) run on a pool of
    // their own, so heavy reports cannot starve everyone else; their statements get a
    // shorter leash.
    ANALYTICS_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(3),
    ANALYTICS_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).default(15_000),
    // A GraphQL answer larger than this is refused with RESPONSE_TOO_LARGE.
    RESPONSE_MAX_BYTES: z.coerce.number().int().min(1_000).default(10_000_000),
    // Outgoing messages (email, chat robots). Where people open the console: every message
    // links back to the record there. Unset: this server's own address.
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    // `outbox`: messages are written to the log and the console's outbox page, nothing leaves
    // the machine (the default outside production); `live`: sent by SMTP and to the robots.
    DELIVERY_MODE: z.enum(['outbox', 'live']).optional(),
    // The delivery worker (plans, sends, retries, digests) runs inside the API process unless
    // turned off (then `pnpm --filter @trident/api worker` runs it with the escalations).
    DELIVERY_WORKER: z.enum(['inline', 'off']).default('inline'),
    // The mail server: smtp://user:password@host:587 or smtps://…:465. Without it, email is
    // not sent in live mode (each message fails with NOT_CONFIGURED, visible in the log).
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_FROM: z.string().min(3).default('Trident <trident@localhost>'),
    // Encrypts robot webhook addresses and signing secrets at rest (AES-256-GCM; any string
    // of 32+ characters, a key is derived from it). Unset in production: robots must name
    // environment variables instead (env:NAME). Outside production a key is derived from
    // the JWT secret.
    DELIVERY_SECRET_KEY: z.string().min(32).optional(),
    // Hosts a robot webhook may post to besides each platform's own (comma separated), e.g.
    // an outbound proxy. Robots never post anywhere else.
    ROBOT_EXTRA_HOSTS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((host) => host.trim().toLowerCase())
          .filter(Boolean),
      ),
    // A failed message is tried again after 1, 2, 4… times this, up to DELIVERY_MAX_ATTEMPTS.
    DELIVERY_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    DELIVERY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    // Files attached to evidence and tasks: kept in a folder (`local`, FILES_DIR) or in a
    // bucket of any S3-compatible store (`s3`: AWS, MinIO, Aliyun OSS, Tencent COS…).
    FILE_STORAGE: z.enum(['local', 's3']).default('local'),
    // Unset: `<DATA_DIR>/files`.
    FILES_DIR: z.string().min(1).optional(),
    // Larger uploads are refused with 413 (the column holds sizes up to 1 GiB).
    // The company's time zone (IANA name): "today" for what is due, ahead and overdue is the
    // calendar day there — never the server's UTC date nor the database session's.
    BUSINESS_TIME_ZONE: z
      .string()
      .default(DEFAULT_TIME_ZONE)
      .refine(isTimeZone, { message: 'must be an IANA time zone such as Asia/Shanghai' }),
    MAX_UPLOAD_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(1024 ** 3)
      .default(DEFAULT_MAX_UPLOAD_BYTES),
    // Unset: AWS itself; set for MinIO and other S3-compatible stores.
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a-z 0-9 . -)')
      .optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    // Both or neither: without them the AWS SDK's own chain (environment, instance role).
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    // Unset: path-style addressing when S3_ENDPOINT is set (MinIO needs it), virtual hosts on AWS.
    S3_FORCE_PATH_STYLE: bool.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['JWT_SECRET'],
        message: 'is required in production (at least 32 characters)',
      });
    }
    if (env.FILE_STORAGE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'is required when FILE_STORAGE is s3',
      });
    }
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: [env.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'],
        message:
          'give both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credentials)',
      });
    }
    // A bucket configured but not used would leave files on one server's disk unnoticed.
    const s3Settings = (['S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID'] as const).filter(
      (key) => env[key],
    );
    if (env.FILE_STORAGE === 'local' && s3Settings.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['FILE_STORAGE'],
        message: `is local but ${s3Settings.join(', ')} ${s3Settings.length > 1 ? 'are' : 'is'} set: set FILE_STORAGE=s3 to keep files in the bucket, or remove the S3_ settings`,
      });
    }
  })
  .transform((env) => ({
    ...env,
    HOST: env.HOST ?? (env.NODE_ENV === 'production' ? '0.0.0.0' : '127.0.0.1'),
    JWT_SECRET: env.JWT_SECRET ?? developmentSecret(env.DATA_DIR),
    DELIVERY_MODE: env.DELIVERY_MODE ?? (env.NODE_ENV === 'production' ? 'live' : 'outbox'),
    PUBLIC_URL: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    // Demo users have well-known passwords: never in production, whatever the flag says.
    DEMO_DATA: env.DEMO_DATA && env.NODE_ENV !== 'production',
    FILES_DIR: path.resolve(env.FILES_DIR ?? path.join(env.DATA_DIR, 'files')),
    S3_FORCE_PATH_STYLE: env.S3_FORCE_PATH_STYLE ?? !!env.S3_ENDPOINT,
  }));

export type Config = z.output<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once at start; a bad value stops the process. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = schema.safeParse(defined);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.join('.') || '(environment)';
        const value = typeof issue.path[0] === 'string' ? defined[issue.path[0]] : undefined;
        const shown =
          key.includes('SECRET') ||
          key.includes('DATABASE_URL') ||
          key.includes('DATABASE_READ_URL') ||
          key.includes('SMTP_URL')
            ? ''
            : ` (got "${value ?? ''}")`;
        return `${key}: ${issue.message}${value === undefined ? '' : shown}`;
      }),
    );
  }
  return result.data;
}
