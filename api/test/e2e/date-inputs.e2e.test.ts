import type { Page } from 'playwright-core';
import { startBrowserApp, type BrowserApp } from '../support/browser-app';

/**
 * Date-time pickers give zone-less wall-clock text; the API's DateTime wants an instant. Each
 * form and filter bound to a DateTime is used here as a person would, in a zone that is not
 * UTC (Shanghai, +08:00), and what reached the database is compared with what was picked.
 */
const ZONE = 'Asia/Shanghai';
const SHENZHEN = '中国移动通信集团广东有限公司深圳分公司';

describe('date and date-time inputs in a real browser', () => {
  let harness: BrowserApp;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
  });
  afterAll(() => harness?.close());

  async function inZone(run: (page: Page) => Promise<void>) {
    const page = await harness.browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: ZONE,
      // The console's motion as most users see it: the other scenarios run without it.
      reducedMotion: 'no-preference',
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await run(page);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  }

  async function pickAccount(page: Page, name: string) {
    const input = page.getByRole('combobox', { name: /account/i }).first();
    await input.fill(name.slice(-5));
    await page.getByRole('option', { name }).click();
  }

  it('creates a task with a due date and time, then moves the due date from its edit form', async () => {
    const title = `Prepare the pilot review ${Date.now()}`;
    // Next year: a due time already past would ask for a confirmation first (DUE_IN_PAST).
    const year = new Date().getFullYear() + 1;
    await inZone(async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/tasks/create`);
      await pickAccount(page, SHENZHEN);
      await page.locator('input[name="title"]').fill(title);
      await page.locator('input[name="due"]').fill(`${year}-12-05T10:00`);
      await page.locator('button[type="submit"]').click();
      await page.waitForURL(/#\/tasks\/[0-9a-f-]{36}/, { timeout: 15_000 });

      const [task] = await harness.app.db.query('SELECT id, due FROM task WHERE title = $1', [
        title,
      ]);
      expect(task).toBeDefined();
      // 10:00 in Shanghai is 02:00 UTC.
      expect((task.due as Date).toISOString()).toBe(`${year}-12-05T02:00:00.000Z`);

      await page.goto(`${harness.url}/#/tasks/${task.id}`);
      const due = page.locator('input[name="due"]');
      await due.waitFor({ timeout: 15_000 });
      // The edit form shows the stored instant in the reader's zone.
      expect(await due.inputValue()).toBe(`${year}-12-05T10:00`);
      await due.fill(`${year}-12-07T16:30`);
      await page.locator('button[type="submit"]').click();
      await page.getByText('Element updated').waitFor({ timeout: 15_000 });
      const [after] = await harness.app.db.query('SELECT due FROM task WHERE id = $1', [task.id]);
      expect((after.due as Date).toISOString()).toBe(`${year}-12-07T08:30:00.000Z`);
    });
  });

  it("changes a visit's time from its edit form", async () => {
    const [visit] = await harness.app.db.query(
      `SELECT a.id FROM activity a JOIN account c ON c.id = a.account_id
        WHERE c.name = $1 ORDER BY a.occurred_at DESC LIMIT 1`,
      [SHENZHEN],
    );
    await inZone(async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/activities/${visit.id}`);
      const when = page.locator('input[name="occurredAt"]');
      await when.waitFor({ timeout: 15_000 });
      await when.fill('2026-11-20T09:15');
      await page.locator('button[type="submit"]').click();
      await page.getByText('Element updated').waitFor({ timeout: 15_000 });
      const [after] = await harness.app.db.query('SELECT occurred_at FROM activity WHERE id = $1', [
        visit.id,
      ]);
      expect((after.occurred_at as Date).toISOString()).toBe('2026-11-20T01:15:00.000Z');
    });
  });

  it('filters payments by when they were recorded, and the list agrees with its pager', async () => {
    // The demo books its payments within a second: three are moved a day later, so the
    // filter has something to tell apart.
    await harness.app.db.query(
      `UPDATE payment SET recorded_at = recorded_at + interval '1 day'
        WHERE id IN (SELECT id FROM payment ORDER BY recorded_at DESC, id LIMIT 3)`,
    );
    const [{ cut }] = await harness.app.db.query(
      `SELECT min(recorded_at) AS cut FROM (SELECT recorded_at FROM payment
        ORDER BY recorded_at DESC, id LIMIT 3) newest`,
    );
    // That minute as the reader in Shanghai sees it.
    const local = new Date((cut as Date).getTime() + 8 * 3600_000).toISOString().slice(0, 16);
    const from = new Date(`${local}:00.000+08:00`);
    const [{ n, all }] = await harness.app.db.query(
      `SELECT count(*) FILTER (WHERE recorded_at >= $1)::int AS n, count(*)::int AS all
         FROM payment`,
      [from],
    );
    expect(n).toBe(3);
    expect(all).toBeGreaterThan(n);
    await inZone(async (page) => {
      await harness.openAs(page, 'finance@trident.demo', `/payments`);
      await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
      await page.locator('input[name="recordedFrom"]').fill(local);
      await page.waitForFunction(
        (expected) => document.querySelectorAll('tbody tr').length === expected,
        n,
        { timeout: 15_000 },
      );
      expect(await page.getByText('No results found').count()).toBe(0);
      await page.getByText(`1-${n} of ${n}`).waitFor({ timeout: 15_000 });
      // Emptied with the keyboard, part by part, focus kept: the list widens at once.
      const input = page.locator('input[name="recordedFrom"]');
      await input.focus();
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Backspace');
        await page.keyboard.press('ArrowRight');
      }
      expect(await input.evaluate((e) => e === document.activeElement)).toBe(true);
      await page
        .getByText(new RegExp(`of ${all}$`))
        .first()
        .waitFor({ timeout: 15_000 });
    });
  });
});
