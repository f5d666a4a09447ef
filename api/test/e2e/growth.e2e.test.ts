import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1440, height: 900 };

interface Whitespace {
  sold: number;
  inPipeline: number;
  open: number;
  productLines: { nameEn: string }[];
  accounts: { accountId: string }[];
}

/**
 * Growing the account (issue 21) in a real browser: the manager opens a customer group's war
 * room (the roll-up and the whitespace of every account in it) and the deals that stall; the
 * account manager reads the whitespace on an account's page, once in Chinese.
 */
describe('growing the account in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;
  /** The demo's customer group with accounts two levels below it (group → province → city). */
  let group: { id: string; name: string };
  /** A province of it, with its cities. */
  let province: { id: string; name: string };

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
    [group] = await app.db.query(
      `SELECT g.id, g.name FROM account g
         JOIN account p ON p.parent_id = g.id
         JOIN account c ON c.parent_id = p.id
        WHERE g.parent_id IS NULL AND g.tier = 'GROUP'
        GROUP BY g.id, g.name ORDER BY count(c.id) DESC, g.name LIMIT 1`,
    );
    [province] = await app.db.query(
      `SELECT p.id, p.name FROM account p JOIN account c ON c.parent_id = p.id
        WHERE p.parent_id = $1 GROUP BY p.id, p.name ORDER BY count(c.id) DESC LIMIT 1`,
      [group!.id],
    );
    expect(group).toBeDefined();
    expect(province).toBeDefined();
  });
  afterAll(() => harness?.close());

  const whitespace = async (token: string, accountId: string) =>
    (
      await app.must<{ whitespace: Whitespace }>(
        `query($id: ID!) { whitespace(accountId: $id) {
           sold inPipeline open productLines { nameEn } accounts { accountId } } }`,
        { id: accountId },
        token,
      )
    ).whitespace;

  const count = (page: Page, testId: string) => page.getByTestId(testId).count();

  /** The grid on screen against the API's answer for the same person. */
  const expectGrid = async (page: Page, expected: Whitespace) => {
    const grid = page.getByTestId('whitespace-grid');
    await grid.waitFor({ timeout: 20_000 });
    expect(expected.productLines.length).toBeGreaterThan(0);
    expect({
      rows: await grid.getByTestId('whitespace-row').count(),
      columns: await grid.getByTestId('whitespace-column').count(),
      sold: await grid.getByTestId('whitespace-cell-SOLD').count(),
      pipeline: await grid.getByTestId('whitespace-cell-PIPELINE').count(),
      open: await grid.getByTestId('whitespace-cell-OPEN').count(),
    }).toEqual({
      rows: expected.productLines.length,
      columns: expected.accounts.length,
      sold: expected.sold,
      pipeline: expected.inPipeline,
      open: expected.open,
    });
  };

  it('MANAGER: reads the group rolled up account by account and its whitespace, folds a province, starts a deal from an open cell', async () => {
    const token = await app.login('manager@trident.demo');
    const period = String(new Date().getFullYear());
    const { accountRollup } = await app.must<{
      accountRollup: { rows: { accountId: string; parentId: string | null; depth: number }[] };
    }>(
      'query($id: ID!, $p: Period!) { accountRollup(accountId: $id, period: $p) { rows { accountId parentId depth } } }',
      { id: group.id, p: period },
      token,
    );
    const grid = await whitespace(token, group.id);
    expect(accountRollup.rows.length).toBeGreaterThan(2);
    await harness.scenario('growth-group-en', WIDE, async (page) => {
      await harness.signIn(page, 'manager@trident.demo');
      // From the group's account page, its war room.
      await page.goto(`${url}/#/accounts/${group.id}/show`);
      await page.getByTestId('group-war-room-link').click();
      await page.waitForURL(new RegExp(`#/accounts/${group.id}/group`));
      await page.getByTestId('rollup-table').waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('group-name').textContent()).toBe(group.name);
      // Every account the manager sees is a row; a large group opens at its provinces.
      const all = accountRollup.rows.length;
      const atFirst = all > 20 ? accountRollup.rows.filter((r) => r.depth <= 1).length : all;
      expect(await count(page, 'rollup-row')).toBe(atFirst);
      expect(await page.getByTestId('rollup-row').first().getAttribute('data-depth')).toBe('0');
      await expectGrid(page, grid);
      await page.getByTestId('rollup-chart').waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'growth-group-en.png'), fullPage: true });

      // Folding the province hides what is below it, and only that.
      const rowsAre = (n: number) =>
        page.waitForFunction(
          (expected) => document.querySelectorAll('[data-testid="rollup-row"]').length === expected,
          n,
          { timeout: 10_000 },
        );
      await page.getByTestId('rollup-expand-all').click();
      await rowsAre(all);
      const below = new Set([province.id]);
      for (const row of accountRollup.rows)
        if (row.parentId && below.has(row.parentId)) below.add(row.accountId);
      await page
        .locator(`[data-testid="rollup-row"][data-account-id="${province.id}"]`)
        .getByTestId('rollup-toggle')
        .click();
      await rowsAre(all - (below.size - 1));
      await page.getByTestId('rollup-expand-all').click();
      await rowsAre(all);

      // Another period: the same accounts, their revenue and collections of last year.
      const lastYear = String(Number(period) - 1);
      await page.getByTestId('group-period').click();
      await page.getByRole('option', { name: lastYear, exact: true }).click();
      await page.waitForURL(new RegExp(`period=${lastYear}`));
      // The new period's rows replace the old ones once they arrive (the table reloads).
      await rowsAre(atFirst);

      // An open cell starts a deal with the account and the product line filled in.
      const open = page.getByTestId('group-whitespace').getByTestId('whitespace-cell-OPEN').first();
      const title = (await open.getAttribute('title')) ?? '';
      const line = grid.productLines.find((l) => title.includes(l.nameEn))!;
      expect(line).toBeDefined();
      await open.click();
      await page.waitForURL(/#\/opportunities\/create\?source=/, { timeout: 10_000 });
      await page
        .locator('form')
        .getByText(line.nameEn, { exact: true })
        .waitFor({ timeout: 15_000 });
    });
  }, 180_000);

  it('MANAGER: sees where deals wait on the desk and opens the stalled deals, 30 days then 90', async () => {
    const token = await app.login('manager@trident.demo');
    const stalled = async (days: number) =>
      (
        await app.must<{ stalledOpportunities: { totalCount: number } }>(
          'query($d: Int!) { stalledOpportunities(days: $d, first: 1) { totalCount } }',
          { d: days },
          token,
        )
      ).stalledOpportunities.totalCount;
    const [thirty, ninety] = [await stalled(30), await stalled(90)];
    expect(thirty).toBeGreaterThan(ninety);
    await harness.scenario('growth-stalled-en', WIDE, async (page) => {
      await harness.openAs(page, 'manager@trident.demo', `/`);
      await page.getByTestId('stage-time-table').waitFor({ timeout: 20_000 });
      await page.getByTestId('velocity-table').waitFor({ timeout: 20_000 });
      await page.getByTestId('stage-time-group-OWNER').click();
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="stage-time-line"]').length > 1,
        undefined,
        { timeout: 10_000 },
      );
      await page.getByTestId('stage-time-widget').screenshot({
        path: path.join(SHOTS, 'growth-stage-time-en.png'),
      });

      await page.getByTestId('stalled-deals-link').click();
      await page.waitForURL(/#\/stalled-deals\?days=30/);
      await page.getByTestId('stalled-row').first().waitFor({ timeout: 20_000 });
      expect(await page.getByTestId('stalled-count').textContent()).toContain(`${thirty} deal`);
      expect(await count(page, 'stalled-row')).toBe(Math.min(25, thirty));
      await page.screenshot({ path: path.join(SHOTS, 'growth-stalled-en.png') });

      await page.getByTestId('stalled-days').click();
      await page.getByRole('option', { name: '90 days' }).click();
      await page.waitForURL(/days=90/);
      await page
        .getByTestId('stalled-count')
        .filter({ hasText: `${ninety} deal` })
        .waitFor({ timeout: 15_000 });

      // The longest-waiting deal opens with its stints: the last one still running.
      await page.getByTestId('stalled-deal-link').first().click();
      await page.waitForURL(/#\/opportunities\/[^/]+\/show/);
      await page.getByTestId('stage-stint').last().waitFor({ timeout: 20_000 });
      await page.getByTestId('stage-stints').getByText('still there').waitFor();
    });
  }, 180_000);

  it('SALES: reads the whitespace on an account page, in English then in Chinese', async () => {
    const token = await app.login('sales@trident.demo');
    const grid = await whitespace(token, province.id);
    await harness.scenario('growth-whitespace-sales', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/accounts/${province.id}/show`);
      await page.getByRole('tab', { name: 'Whitespace' }).click();
      await expectGrid(page, grid);
      // The menu has the stalled deals for the account manager too.
      await page.getByRole('menuitem', { name: 'Stalled deals' }).waitFor();

      await page.getByRole('button', { name: /English/i }).click();
      await page.getByRole('menuitem', { name: '中文' }).click();
      await page.getByRole('tab', { name: '白区' }).waitFor({ timeout: 10_000 });
      await page.getByTestId('whitespace-grid').getByText('产品线').waitFor();
      await page.getByTestId('whitespace-count-sold').getByText(`已签约 ${grid.sold}`).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'growth-whitespace-zh.png') });
    });
  }, 120_000);

  it('TECHNICAL: no stage times on the desk and no stalled deals page, which the access matrix keeps from them', async () => {
    await harness.scenario('growth-technical', WIDE, async (page) => {
      await harness.openAs(page, 'tech@trident.demo', `/`);
      await page.getByTestId('solution-desk').waitFor({ timeout: 20_000 });
      expect(await count(page, 'stage-time-widget')).toBe(0);
      expect(await count(page, 'velocity-widget')).toBe(0);
      expect(await page.getByRole('menuitem', { name: 'Stalled deals' }).count()).toBe(0);
      await page.goto(`${url}/#/stalled-deals`);
      await page.getByTestId('access-denied').waitFor({ timeout: 15_000 });
      expect(await count(page, 'stalled-deals')).toBe(0);
    });
  }, 120_000);
});
