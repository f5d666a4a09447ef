import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import { createTestDatabase } from './support/test-app';

/** The real start script (built code, as `pnpm start` runs it) against a given database. */
function startProcess(databaseUrl: string) {
  const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.mjs')], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within 150 s (a loaded machine is slow):\n${output}`)),
      150_000,
    );
    child.stdout!.on('data', () => {
      const match = /Trident is running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/**
 * Issue 23: replicas that start together on an empty database. Each would migrate and seed
 * on its own; under the startup lock one does, the others wait, and all three serve.
 */
describe('three API processes started at once on an empty database', () => {
  it('migrate and seed once, and all serve', async () => {
    const database = await createTestDatabase();
    const processes = [1, 2, 3].map(() => startProcess(database.url));
    try {
      const urls = await Promise.all(processes.map((p) => p.url));
      for (const url of urls) expect((await request(url).get('/readyz')).status).toBe(200);
      const outputs = processes.map((p) => p.output());
      expect(outputs.filter((text) => text.includes('"msg":"migrations applied"'))).toHaveLength(1);
      expect(outputs.filter((text) => text.includes('"msg":"demo data loaded"'))).toHaveLength(1);

      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        const migrations = await client.query<{ name: string; n: number }>(
          'SELECT name, count(*)::int AS n FROM typeorm_migration GROUP BY name HAVING count(*) > 1',
        );
        expect(migrations.rows).toEqual([]);
        const users = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM "user" WHERE email = 'sales@trident.demo'`,
        );
        expect(users.rows[0]!.n).toBe(1);
      } finally {
        await client.end();
      }
      // Each one answers a signed-in request.
      for (const url of urls) {
        const res = await request(url).post('/graphql').send({
          query:
            'mutation { login(email: "sales@trident.demo", password: "trident-demo") { token } }',
        });
        expect(res.body.data?.login.token).toBeTruthy();
      }
    } finally {
      await Promise.all(processes.map((p) => stop(p.child)));
      await database.drop();
    }
  }, 240_000);
});
