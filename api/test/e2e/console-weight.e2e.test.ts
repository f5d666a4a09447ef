import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';

const DESKTOP = { width: 1440, height: 900 };
/** Issue 18: the first load is under 600 KB of compressed JavaScript. */
const FIRST_LOAD_BUDGET = 600 * 1024;

/** Bytes of JavaScript as they came over the wire (compressed), from here on. */
function countScripts(page: Page) {
  const seen = { bytes: 0, files: 0, pending: 0, uncompressed: [] as string[] };
  page.on('request', (request) => {
    if (request.resourceType() === 'script') seen.pending += 1;
  });
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script') return;
    void Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
      seen.bytes += sizes.responseBodySize;
      seen.files += 1;
      seen.pending -= 1;
      // The build writes .gz/.br beside each asset above 1 KB; smaller ones are not worth it.
      const encoding = response?.headers()['content-encoding'];
      if (!encoding && sizes.responseBodySize > 1024) seen.uncompressed.push(request.url());
    });
  });
  return seen;
}

/**
 * Until no script has been asked for or is loading for a second: the desk's lazy charts are
 * part of what its user downloads. (Not "networkidle": the live notification stream stays open.)
 */
async function scriptsSettled(page: Page, seen: ReturnType<typeof countScripts>) {
  let quiet = 0;
  let files = -1;
  while (quiet < 1000) {
    await page.waitForTimeout(100);
    quiet = seen.pending === 0 && seen.files === files ? quiet + 100 : 0;
    files = seen.files;
  }
}

/**
 * What a new user's browser downloads to sign in and see their desk, per role, with an empty
 * cache. Chromium asks for gzip only over plain http (brotli needs https), so these are the
 * gzip sizes, the larger of the two the API serves. The numbers go to
 * test-results/console-weight.json for docs/benchmarks.md.
 */
describe('the console first load', () => {
  let harness: BrowserApp;
  const report: Record<string, { files: number; kb: number }> = {};

  beforeAll(async () => {
    harness = await startBrowserApp();
  });
  afterAll(async () => {
    fs.writeFileSync(path.join(SHOTS, 'console-weight.json'), JSON.stringify(report, null, 2));
    await harness?.close();
  });

  it('serves the sign-in page compressed and under the budget', async () => {
    await harness.scenario('weight-login', DESKTOP, async (page) => {
      const seen = countScripts(page);
      await page.goto(`${harness.url}/#/login`);
      await page.locator('input[name="username"]').waitFor();
      await scriptsSettled(page, seen);
      report.signIn = { files: seen.files, kb: Math.round(seen.bytes / 1024) };
      expect(seen.uncompressed).toEqual([]);
      expect(seen.bytes).toBeGreaterThan(50 * 1024);
      expect(seen.bytes).toBeLessThan(FIRST_LOAD_BUDGET);
    });
  });

  const firstOfEachRole = ['sales', 'tech', 'delivery', 'finance', 'manager', 'admin'].map((key) =>
    DEMO_USERS.find((user) => user.key === key)!,
  );

  it.each(firstOfEachRole.map((user) => [user.roles.join('+'), user] as const))(
    '%s signs in and sees the desk within the budget',
    async (_role, user) => {
      await harness.scenario(`weight-${user.key}`, DESKTOP, async (page) => {
        const seen = countScripts(page);
        await harness.signIn(page, user.email);
        await page.locator('[data-testid$="-desk"]').first().waitFor({ timeout: 20_000 });
        await scriptsSettled(page, seen);
        report[user.roles.join('+')] = { files: seen.files, kb: Math.round(seen.bytes / 1024) };
        expect(seen.bytes).toBeLessThan(FIRST_LOAD_BUDGET);
      });
    },
  );

  it("loads a page's code when it is first visited", async () => {
    await harness.scenario('weight-lazy-page', DESKTOP, async (page) => {
      const seen = countScripts(page);
      await harness.signIn(page, 'admin@trident.demo');
      await page.locator('[data-testid$="-desk"]').first().waitFor({ timeout: 20_000 });
      await scriptsSettled(page, seen);
      const desk = seen.files;
      await page.goto(`${harness.url}/#/funnelStages`);
      await page.locator('.RaDatagrid-tbody > tr').first().waitFor({ timeout: 20_000 });
      expect(seen.files).toBeGreaterThan(desk);
    });
  });
});
