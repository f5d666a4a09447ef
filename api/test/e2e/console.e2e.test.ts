import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

describe('console in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let browser: Browser;
  let url: string;
  const signIn = (page: Page, email: string) => harness.signIn(page, email);

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, browser, url } = harness);
  });
  afterAll(() => harness?.close());

  it('signs in as the account manager and lists their accounts only', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await page.goto(`${url}/#/login`);
    await page.locator('input[name="username"]').fill('sales@trident.demo');
    await page.locator('input[name="password"]').fill('trident-demo');
    await page.locator('button[type="submit"]').click();

    // Signed in, the menu offers what the access matrix grants a SALES user.
    const accountsLink = page.locator('a[href="#/accounts"]').first();
    await accountsLink.waitFor({ timeout: 20_000 });
    expect(await page.locator('a[href="#/users"]').count()).toBe(0);
    await accountsLink.click();
    await page
      .getByText('中国移动通信集团广东有限公司深圳分公司')
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: path.join(SHOTS, 'accounts-sales.png') });
    // sales2's energy customers are outside this user's scope.
    expect(await page.getByText('国网江苏省电力有限公司南京供电分公司').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a wrong password with a visible message', async () => {
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${url}/#/login`);
    await page.locator('input[name="username"]').fill('sales@trident.demo');
    await page.locator('input[name="password"]').fill('wrong-password');
    await page.locator('button[type="submit"]').click();
    await page
      .getByText(/wrong email or password/i)
      .first()
      .waitFor({ timeout: 10_000 });
    await page.close();
  });

  it('shows a lost claim with the owner and the registration time', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await harness.openAs(page, 'sales2@trident.demo', `/accounts/create`);
    await page.locator('input[name="name"]').fill('中国移动通信集团 广东 股份有限公司');
    await page.getByRole('combobox', { name: /tier/i }).click();
    await page.getByRole('option', { name: 'Province' }).click();
    await page.locator('button[type="submit"]').click();
    const alert = page.getByRole('alert').filter({ hasText: 'already registered by' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toMatch(
      // The registration time in the reader's clock and words, not as ISO text.
      /王伟 Wang Wei \(sales@trident\.demo\) at \d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d;/,
    );
    await page.screenshot({ path: path.join(SHOTS, 'claim-lost.png') });
    await page.close();
  });

  it('draws the org chart of a key account with its coverage panel', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signIn(page, 'sales@trident.demo');
    const [account] = await app.db.query(`SELECT id FROM account WHERE name LIKE '%深圳分公司'`);
    await page.goto(`${url}/#/accounts/${account.id}/org-chart`);
    await page.locator('.react-flow__node-contact').first().waitFor({ timeout: 20_000 });
    const [{ n }] = await app.db.query(
      'SELECT count(*)::int AS n FROM contact WHERE account_id = $1',
      [account.id],
    );
    // It opens as deep as reads at a glance; everyone is one click away.
    await page.getByRole('button', { name: 'Open all' }).click();
    await page.waitForFunction(
      (total) => document.querySelectorAll('.react-flow__node-contact').length === total,
      n,
    );
    expect(await page.locator('.react-flow__node-unit').count()).toBeGreaterThan(3);
    await page.getByRole('heading', { name: 'Relationship coverage' }).waitFor();
    await page.getByText(/Departments covered: \d+%/).waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'org-chart.png') });
    // Narrower than 1,440 px the chart takes the width; the panel opens from its button.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page
      .getByRole('heading', { name: 'Relationship coverage' })
      .waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Relationship coverage' }).click();
    await page.getByText(/Departments covered: \d+%/).waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });

    // Click a person to edit them; someone who left is marked, never deleted.
    const [person] = await app.db.query(
      `SELECT id, name FROM contact WHERE account_id = $1 AND status = 'ACTIVE' AND reports_to_id IS NULL LIMIT 1`,
      [account.id],
    );
    await page.locator(`.react-flow__node[data-id="${person.id}"]`).click();
    await page.waitForURL(new RegExp(`#/contacts/${person.id}`));
    await page.getByRole('button', { name: /mark as left/i }).click();
    await page.getByRole('button', { name: /confirm/i }).click();
    // Exact: the confirm dialog's own text also says "marked as left".
    await page.getByText('Marked as left', { exact: true }).waitFor({ timeout: 10_000 });
    const [after] = await app.db.query('SELECT status, left_at FROM contact WHERE id = $1', [
      person.id,
    ]);
    expect(after.status).toBe('LEFT');
    expect(after.left_at).toBeInstanceOf(Date);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows where a deal stands in the customer's chain and moves a step", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await signIn(page, 'sales@trident.demo');
    const [run] = await app.db.query(
      `SELECT id FROM process_run WHERE title = '5G 专网扩容 5G private network expansion'`,
    );
    await page.goto(`${url}/#/processRuns/${run.id}/show`);
    await page.getByText(/Budget revision pending/).waitFor({ timeout: 20_000 });
    const [blocked] = await app.db.query(
      `SELECT id FROM process_run_step WHERE run_id = $1 AND status = 'BLOCKED' ORDER BY position LIMIT 1`,
      [run.id],
    );
    await page.getByRole('button', { name: 'Start review' }).first().click();
    // The blocked budget check comes first: back to review once the budget is approved.
    await page.getByText(/Budget check · In review/).waitFor({ timeout: 10_000 });
    const [moved] = await app.db.query('SELECT status FROM process_run_step WHERE id = $1', [
      blocked.id,
    ]);
    expect(moved.status).toBe('IN_REVIEW');
    await page.screenshot({ path: path.join(SHOTS, 'process-run.png') });
    await page.close();
  });

  it('edits an account with its version and purchase drivers', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signIn(page, 'sales@trident.demo');
    const [account] = await app.db.query(
      `SELECT id, version FROM account WHERE name LIKE '%珠海分公司'`,
    );
    await page.goto(`${url}/#/accounts/${account.id}`);
    await page.locator('input[name="region"]').fill('Guangdong 广东 · Zhuhai Hengqin');
    await page.locator('input[name="drivers.0.quantity"]').fill('2700000');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Element updated').waitFor({ timeout: 10_000 });
    const [after] = await app.db.query(
      'SELECT region, drivers, version FROM account WHERE id = $1',
      [account.id],
    );
    expect(after.region).toBe('Guangdong 广东 · Zhuhai Hengqin');
    expect(after.drivers[0].quantity).toBe(2700000);
    expect(after.version).toBe(account.version + 1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
