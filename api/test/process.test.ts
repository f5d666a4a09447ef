import { spawn } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createTestDatabase } from './support/test-app';

/**
 * The real start script in a child process (built code, as `pnpm start` runs it): it
 * serves, and on SIGTERM drains and exits 0 instead of dying halfway.
 */
describe('the server process', () => {
  it('starts from the environment and stops cleanly on SIGTERM', async () => {
    const database = await createTestDatabase();
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'start.mjs')], {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`no start within 120 s (a loaded machine is slow, not broken):\n${output}`),
            ),
          120_000,
        );
        child.stdout.on('data', () => {
          const match = /Trident is running at (http:\/\/\S+)/.exec(output);
          if (match?.[1]) {
            clearTimeout(timer);
            resolve(match[1]);
          }
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
      });
      expect((await request(url).get('/readyz')).status).toBe(200);
      expect(output).toContain('sales@trident.demo');

      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('"msg":"shut down"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await database.drop();
    }
  }, 180_000);
});
