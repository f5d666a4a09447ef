import path from 'node:path';
import { addMonths } from '@trident/domain';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';

/**
 * Renewals in the console (issue 21): the account manager renews a contract from its page,
 * finds the renewal on the customer's page and marks it signed; a stale edit is refused with
 * the console's words; the solution team reads renewals without amounts and cannot write them.
 */
describe('renewals in a real browser', () => {
  let harness: BrowserApp;
  /** A contract of a customer whose AR is sales@ and on whose team tech@ sits too. */
  let contract: { id: string; account_id: string; amount: string; signed_at: string };
  const needs = `扩容到 5 个新站点 e2e ${Date.now()}`;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    [contract] = await harness.app.db.query(
      `SELECT c.id, c.account_id, c.amount, c.signed_at::text AS signed_at FROM contract c
        WHERE EXISTS (SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
                       WHERE m.account_id = c.account_id AND m.team_role = 'AR'
                         AND u.email = 'sales@trident.demo')
          AND EXISTS (SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
                       WHERE m.account_id = c.account_id AND u.email = 'tech@trident.demo')
        ORDER BY c.signed_at DESC, c.id LIMIT 1`,
    );
    expect(contract).toBeDefined();
  });
  afterAll(() => harness?.close());

  const renewalRow = async () => {
    const rows: {
      id: string;
      account_id: string;
      contract_id: string;
      amount: string;
      currency: string;
      expected_sign_date: string;
      status: string;
      version: number;
    }[] = await harness.app.db.query(
      `SELECT id, account_id, contract_id, amount, currency, expected_sign_date::text,
              status, version FROM renewal WHERE new_needs = $1`,
      [needs],
    );
    return rows;
  };

  /** The form's Save, and the answer of the mutation it sent. */
  const save = async (page: Page) => {
    const answer = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        /^\s*mutation/.test(JSON.parse(response.request().postData() ?? '{}').query ?? ''),
      { timeout: 15_000 },
    );
    await page.getByRole('button', { name: 'Save' }).click();
    return answer;
  };

  it('renews a contract from its page with a sign date, and finds it on the customer', async () => {
    await harness.scenario('renewal-create', { width: 1280, height: 900 }, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/contracts/${contract.id}/show`);
      await page.getByRole('link', { name: 'Renew' }).click();
      await page.waitForURL(/#\/renewals\/create/, { timeout: 15_000 });

      // Prefilled from the contract: its customer, itself, its amount, a year on.
      const date = page.locator('input[name="expectedSignDate"]');
      await date.waitFor({ timeout: 15_000 });
      expect(await date.inputValue()).toBe(addMonths(contract.signed_at, 12));
      expect(Number(await page.locator('input[name="amount.amount"]').inputValue())).toBe(
        Number(contract.amount),
      );
      expect(await page.locator('input[name="amount.currency"]').inputValue()).toBe('CNY');
      expect(
        await page.locator('input.MuiSelect-nativeInput[name="contractId"]').inputValue(),
      ).toBe(contract.id);

      const year = new Date().getFullYear() + 1;
      await date.fill(`${year}-06-30`);
      await page.locator('textarea[name="newNeeds"]').fill(needs);
      const created = await save(page);
      expect((await created.json()).errors).toBeUndefined();
      await page.waitForURL(/#\/renewals\/[0-9a-f-]{36}\/show/, { timeout: 15_000 });

      const [row] = await renewalRow();
      expect(row).toMatchObject({
        account_id: contract.account_id,
        contract_id: contract.id,
        amount: contract.amount,
        currency: 'CNY',
        expected_sign_date: `${year}-06-30`,
        status: 'OPEN',
        version: 1,
      });

      // On the customer's page, under its renewals.
      await page.goto(`${harness.url}/#/accounts/${contract.account_id}/show/renewals`);
      const panel = page.getByTestId('account-renewals');
      await panel.getByText(needs).waitFor({ timeout: 15_000 });
      await panel.getByTestId('renewal-status-OPEN').first().waitFor();
    });
  });

  it('marks the renewal signed from its edit form, and refuses a stale edit', async () => {
    const [row] = await renewalRow();
    await harness.scenario('renewal-edit', { width: 1280, height: 900 }, async (page) => {
      await harness.openAs(
        page,
        'sales@trident.demo',
        `/accounts/${contract.account_id}/show/renewals`,
      );
      await page.getByTestId('account-renewals').getByText(needs).click();
      await page.waitForURL(new RegExp(`#/renewals/${row!.id}/show`), { timeout: 15_000 });
      // The renewal's own page, not the account's still on screen while it loads.
      await page.getByTestId('renewal-amount').waitFor({ timeout: 15_000 });
      await page.getByRole('link', { name: 'Edit' }).click();
      await page.waitForURL(new RegExp(`#/renewals/${row!.id}$`), { timeout: 15_000 });

      await page.getByRole('combobox', { name: 'Status' }).click();
      await page.getByRole('option', { name: 'Signed' }).click();
      const saved = await save(page);
      expect((await saved.json()).errors).toBeUndefined();
      await page.getByText('Element updated').waitFor({ timeout: 15_000 });
      await page.getByTestId('renewal-status-SIGNED').waitFor({ timeout: 15_000 });
      const [signed] = await renewalRow();
      expect(signed).toMatchObject({ status: 'SIGNED', version: 2 });
      // Only the status was sent: the amount the form left alone was not written again.
      expect(signed!.amount).toBe(contract.amount);

      // Someone else saves meanwhile: this form's version is stale.
      await page.goto(`${harness.url}/#/renewals/${row!.id}`);
      const status = page.getByRole('combobox', { name: 'Status' });
      await status.waitFor({ timeout: 15_000 });
      await harness.app.db.query('UPDATE renewal SET version = version + 1 WHERE id = $1', [
        row!.id,
      ]);
      await status.click();
      await page.getByRole('option', { name: 'Lost' }).click();
      const refused = await save(page);
      const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await page.getByText('Someone changed this meanwhile: reload and retry').waitFor({
        timeout: 15_000,
      });
      const [after] = await renewalRow();
      expect(after).toMatchObject({ status: 'SIGNED', version: 3 });
    });
  });

  it('shows the solution team renewals without amounts and without ways to write them', async () => {
    const [row] = await renewalRow();
    await harness.scenario('renewal-tech', { width: 1280, height: 900 }, async (page) => {
      await harness.openAs(page, 'tech@trident.demo', `/renewals`);
      await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
      const content = page.locator('.RaLayout-content');
      expect(await content.getByText(/\d CNY/).count()).toBe(0);
      expect(await content.getByRole('link', { name: 'Create' }).count()).toBe(0);

      await page.goto(`${harness.url}/#/renewals/${row!.id}/show`);
      const amount = page.getByTestId('renewal-amount');
      await amount.waitFor({ timeout: 15_000 });
      expect(await amount.textContent()).toBe('—');
      expect(await page.getByRole('link', { name: 'Edit' }).count()).toBe(0);

      await page.goto(`${harness.url}/#/accounts/${contract.account_id}/show/renewals`);
      await page.getByTestId('account-renewals').getByText(needs).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('link', { name: 'New renewal' }).count()).toBe(0);
      expect(await content.getByText(/\d CNY/).count()).toBe(0);
    });
  });

  it('reads in English and in Chinese (screenshots of the list, the form, the account tab)', async () => {
    for (const locale of ['en-US', 'zh-CN'] as const) {
      const page = await harness.browser.newPage({
        viewport: { width: 1440, height: 900 },
        locale,
      });
      const tag = locale === 'zh-CN' ? 'zh' : 'en';
      try {
        await harness.openAs(page, 'sales@trident.demo', `/renewals`);
        await page.locator('tbody tr').first().waitFor({ timeout: 15_000 });
        await page.screenshot({ path: path.join(SHOTS, `renewals-list-${tag}.png`) });

        await page.goto(`${harness.url}/#/contracts/${contract.id}/show`);
        await page.getByRole('link', { name: locale === 'zh-CN' ? '发起续约' : 'Renew' }).click();
        await page.locator('input[name="expectedSignDate"]').waitFor({ timeout: 15_000 });
        // The contract picker shows the contract once the account's choices are in.
        await page
          .locator('.ra-input-contractId [role=combobox]')
          .filter({ hasText: /\S/ })
          .waitFor({ timeout: 15_000 });
        await page.screenshot({ path: path.join(SHOTS, `renewals-create-${tag}.png`) });

        await page.goto(`${harness.url}/#/accounts/${contract.account_id}/show/renewals`);
        await page.getByTestId('account-renewals').getByText(needs).waitFor({ timeout: 15_000 });
        await page.screenshot({ path: path.join(SHOTS, `renewals-account-${tag}.png`) });
      } finally {
        await page.close();
      }
    }
  });
});
