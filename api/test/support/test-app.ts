import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { seedDemoData } from '../../src/demo/seed-demo';
import { createServer, type ServerOptions, type TridentServer } from '../../src/server';

export const TEST_JWT_SECRET = 'test-secret-that-is-at-least-32-characters-long';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data: T | null | undefined;
  errors:
    | {
        message: string;
        path?: string[];
        extensions: { code: string; field?: string } & Record<string, unknown>;
      }[]
    | undefined;
}

export interface TestApp {
  /** The owner's connection: fixtures and checks, not subject to row-level security. */
  db: DataSource;
  /** The application role's pool the server runs on. */
  appDb: DataSource;
  /** The application role's pool for aggregates (statements counted with the others). */
  analyticsDb: DataSource;
  server: TridentServer;
  /** SQL statements run since the last reset (for N+1 checks). */
  statements: string[];
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  /** Like gql, but the data or a thrown error: for set-up steps that must succeed. */
  must<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T>;
  login(email: string, password?: string): Promise<string>;
  count(table: string): Promise<number>;
  close(): Promise<void>;
}

async function adminQuery(sql: string) {
  const client = new Client({ connectionString: process.env.TRIDENT_TEST_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function testServerUrl(): string {
  const serverUrl = process.env.TRIDENT_TEST_SERVER_URL;
  if (!serverUrl) {
    throw new Error('TRIDENT_TEST_SERVER_URL is not set: run through jest (global setup)');
  }
  return serverUrl;
}

function databaseUrl(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * An empty database of its own on the test server (or a copy of `template`); drop() removes
 * it.
 */
export async function createTestDatabase(
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `trident_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  return {
    url: databaseUrl(name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** What a test database starts with: migrated only, the demo, or the demo with its maps. */
type Starting = 'migrated' | 'demo' | 'demo_maps';

/**
 * A migrated (and seeded) database every suite of this run copies instead of migrating and
 * seeding its own: the first suite to need one builds it under an advisory lock, the others
 * wait and copy it (a file copy, far cheaper than ~40 migrations and the demo's inserts).
 * Built under another name and renamed when whole, so a failed build leaves nothing to copy.
 * Named after the run (global setup), so a server named by DATABASE_URL never serves a
 * template built from older migrations; global teardown drops them.
 */
async function templateDatabase(starting: Starting): Promise<string | undefined> {
  const run = process.env.TRIDENT_TEST_RUN;
  if (!run) return undefined;
  const name = `trident_template_${run}_${starting}`;
  const client = new Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return name;
    const building = `${name}_building`;
    await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${building}`);
    const db = createDataSource({ url: databaseUrl(building), poolSize: 2, as: 'owner' });
    await db.initialize();
    try {
      await db.runMigrations();
      if (starting !== 'migrated')
        await seedDemoData(db, { customerMaps: starting === 'demo_maps' });
    } finally {
      await db.destroy();
    }
    await client.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    return name;
  } finally {
    await client.end(); // ends the session, and with it the advisory lock
  }
}

export const TEST_CONFIG: ServerOptions['config'] = {
  NODE_ENV: 'test',
  JWT_SECRET: TEST_JWT_SECRET,
  JWT_TTL_SECONDS: 3600,
  CONSOLE_DIR: undefined,
};

/**
 * One more API server (another process, as far as caches and LISTEN go) on a data source:
 * the test app's own, or a second pool on the same database. `config` adds settings.
 */
export function createTestServer(
  db: DataSource,
  config: Partial<ServerOptions['config']> = {},
): Promise<TridentServer> {
  return createServer({
    config: { ...TEST_CONFIG, ...config },
    db,
    log: pino({ level: 'silent' }),
    serveConsole: false,
  });
}

/** A fresh, migrated database of its own and the real HTTP stack on top of it. */
export async function startTestApp({
  demo = true,
  demoMaps = false,
  serveConsole = false,
  config = {},
  log = pino({ level: 'silent' }),
}: {
  demo?: boolean;
  demoMaps?: boolean;
  serveConsole?: boolean;
  /** Settings added to the test configuration. */
  config?: Partial<ServerOptions['config']>;
  /** Where the server logs (silent by default). */
  log?: pino.Logger;
} = {}): Promise<TestApp> {
  const starting: Starting = !demo ? 'migrated' : demoMaps ? 'demo_maps' : 'demo';
  const template = await templateDatabase(starting);
  const database = await createTestDatabase(template);

  const statements: string[] = [];
  const db = createDataSource({ url: database.url, poolSize: 4, as: 'owner' });
  await db.initialize();
  if (!template) {
    await db.runMigrations();
    if (demo) await seedDemoData(db, { customerMaps: demoMaps });
  }
  const appDb = createDataSource({
    url: database.url,
    poolSize: 10,
    onQuery: (sql) => statements.push(sql),
  });
  await appDb.initialize();
  const analyticsDb = createDataSource({
    url: database.url,
    poolSize: 3,
    onQuery: (sql) => statements.push(sql),
  });
  await analyticsDb.initialize();
  const server = await createServer({
    config: { ...TEST_CONFIG, ...config },
    db: appDb,
    analyticsDb,
    log,
    serveConsole,
  });
  statements.length = 0;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const req = request(server.app).post('/graphql').set('content-type', 'application/json');
    if (token) req.set('authorization', `Bearer ${token}`);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body.data, errors: res.body.errors };
  };

  return {
    db,
    appDb,
    analyticsDb,
    server,
    statements,
    gql,
    async must<T>(query: string, variables: Record<string, unknown>, token: string) {
      const res = await gql<T>(query, variables, token);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data as T;
    },
    async login(email, password = DEMO_PASSWORD) {
      const res = await gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    async count(table) {
      const rows: { n: string }[] = await db.query(`SELECT count(*) AS n FROM ${table}`);
      return Number(rows[0]?.n);
    },
    async close() {
      await server.stop();
      await analyticsDb.destroy();
      await appDb.destroy();
      await db.destroy();
      await database.drop();
    },
  };
}
