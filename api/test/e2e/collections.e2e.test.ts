import path from 'node:path';
import type { Browser } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

describe('collections in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, browser } = harness);
  });
  afterAll(() => harness?.close());

  it('lets FINANCE record a payment once, even when Save is clicked twice', async () => {
    // A contract whose only payable milestone is invoiced and unpaid.
    const [target] = await app.db.query(
      `SELECT m.id, m.contract_id FROM payment_milestone m
        WHERE m.stage = 'INVOICED'
          AND (SELECT count(*) FROM payment_milestone x
                WHERE x.contract_id = m.contract_id AND x.stage IN ('INVOICED', 'PARTIALLY_PAID')) = 1
        LIMIT 1`,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await harness.openAs(page, 'finance@trident.demo', `/contracts/${target.contract_id}/show`);
    await page.getByRole('button', { name: 'Record payment' }).click();
    const amount = page.getByLabel('Amount');
    await amount.fill('1.00');
    await page.getByLabel('Bank reference').fill('E2E-0001');
    await page.getByRole('button', { name: 'Save' }).dblclick();
    await page.getByText('Payment recorded').first().waitFor({ timeout: 15_000 });
    const payments: { amount: string }[] = await app.db.query(
      `SELECT amount FROM payment WHERE milestone_id = $1 AND reference = 'E2E-0001'`,
      [target.id],
    );
    expect(payments).toEqual([{ amount: '1.00' }]);
    const [milestone] = await app.db.query('SELECT stage FROM payment_milestone WHERE id = $1', [
      target.id,
    ]);
    expect(milestone.stage).toBe('PARTIALLY_PAID');
    await page.screenshot({ path: path.join(SHOTS, 'contract-paid.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the delivery team the contract without amounts', async () => {
    const [contract] = await app.db.query(
      `SELECT c.id FROM contract c
         JOIN account_team_member m ON m.account_id = c.account_id
         JOIN "user" u ON u.id = m.user_id AND u.email = 'delivery@trident.demo'
        LIMIT 1`,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await harness.openAs(page, 'delivery@trident.demo', `/contracts/${contract.id}/show`);
    // On the contract's page, not the menu entry of the same name.
    await page
      .locator('.RaLayout-content')
      .getByText('Payment milestones')
      .first()
      .waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Record payment' }).count()).toBe(0);
    expect(await page.getByText(/\d CNY/).count()).toBe(0);
    await page.close();
  });

  it('turns a won deal into a contract from the deal page', async () => {
    const [{ id: accountId }] = await app.db.query(
      `SELECT id FROM account WHERE name = '中国移动通信集团广东有限公司深圳分公司'`,
    );
    const [deal] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       SELECT $1, '合同测试 Contract e2e', 500000, 'CNY', 480000, s.id, u.id, u.id, now()
         FROM funnel_stage s, "user" u WHERE s.code = 'WON' AND u.email = 'sales@trident.demo'
       RETURNING id, name`,
      [accountId],
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    await harness.openAs(page, 'sales@trident.demo', `/opportunities/${deal.id}/show`);
    await page.getByRole('link', { name: 'Create contract' }).click();
    await page.getByLabel('Signed').fill('2026-11-20');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/#\/contracts\/[0-9a-f-]+\/show/, { timeout: 15_000 });
    // On the contract's page, not the menu entry of the same name.
    await page
      .locator('.RaLayout-content')
      .getByText('Payment milestones')
      .first()
      .waitFor({ timeout: 15_000 });
    const contracts: { title: string; signed_at: Date }[] = await app.db.query(
      'SELECT title FROM contract WHERE opportunity_id = $1',
      [deal.id],
    );
    expect(contracts).toEqual([{ title: deal.name }]);
    await page.close();
  });
});
