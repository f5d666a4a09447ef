import path from 'node:path';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1360, height: 900 };
const SZ = '中国移动通信集团广东有限公司深圳分公司';

/**
 * The customer's voice (issue 20) in a real browser: the account manager sends a survey from
 * the account's page and copies the link; the customer opens it in a browser that never
 * signed in, answers negatively, and the answer reaches the AR's feedback inbox.
 */
describe('satisfaction surveys in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;
  let sz: string;
  let link = '';
  let active = 0;

  beforeAll(async () => {
    harness = await startBrowserApp();
    ({ app, url } = harness);
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    await app.db.query(
      `INSERT INTO contact (account_id, name, title, level) VALUES ($1, '林海 Lin Hai', 'CIO', 'DECISION')`,
      [sz],
    );
    // A customer larger than one screen of the dialog: 60 more people.
    await app.db.query(
      `INSERT INTO contact (account_id, name, title, level)
       SELECT $1, '张' || to_char(n, 'FM00') || ' Zhang', '工程师 Engineer', 'OPERATIONAL'
         FROM generate_series(1, 60) AS n`,
      [sz],
    );
    [{ n: active }] = await app.db.query(
      `SELECT count(*)::int AS n FROM contact WHERE account_id = $1 AND status = 'ACTIVE'`,
      [sz],
    );
  });
  afterAll(() => harness?.close());

  it('SALES sends a survey; a logged-out customer answers 2/10; the AR reads it in the inbox', async () => {
    await harness.scenario('survey-send-en', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/accounts/${sz}/show/voice`);
      await page.getByTestId('send-survey').first().click();
      const dialog = page.getByTestId('send-survey-dialog');
      // More people than it lists: the first 50 by name, and it says how to reach the rest.
      expect(active).toBeGreaterThan(50);
      await dialog
        .getByText(`Showing 50 of ${active}: type a name to find the others.`)
        .waitFor({ timeout: 20_000 });
      // Found by a search, chosen, and still chosen while another search shows other people.
      await dialog.getByLabel('Find a contact by name').fill('Lin Hai');
      await dialog.getByLabel(/^林海 Lin Hai · CIO/).check({ timeout: 20_000 });
      await dialog.getByLabel('Find a contact by name').fill('no such person');
      await dialog.getByText('No active contact matches “no such person”.').waitFor();
      await dialog.getByRole('button', { name: /林海 Lin Hai · CIO/ }).waitFor();
      await page.getByTestId('send-survey-submit').click();
      link = (await page.getByTestId('survey-link').first().textContent({ timeout: 20_000 })) ?? '';
      await page.screenshot({ path: path.join(SHOTS, 'survey-links-en.png') });
      await page.getByTestId('send-survey-close').click();
      await page
        .locator('[data-testid="survey-invitation-row"][data-status="SENT"]')
        .waitFor({ timeout: 20_000 });
    });
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/survey\/srv_[A-Za-z0-9_-]{43}$/);

    // A fresh browser page (its own context): never signed in, and never sent to the login.
    await harness.scenario('survey-answer-zh', WIDE, async (page) => {
      await page.goto(link);
      await page.getByTestId('survey-form').waitFor({ timeout: 20_000 });
      expect(page.url()).toBe(link);
      expect(await page.locator('body').textContent()).not.toContain(SZ);
      await page.getByRole('button', { name: '中文' }).click();
      await page.locator('input[name="q0"][value="1"]').check();
      await page.getByRole('radiogroup', { name: /推荐/ }).getByLabel('2', { exact: true }).check();
      await page.locator('#comment').fill('交付一再延期，现场问题没人跟进。');
      await page.getByTestId('survey-submit').click();
      await page.getByTestId('survey-thanks').waitFor({ timeout: 20_000 });
      await page.screenshot({ path: path.join(SHOTS, 'survey-thanks-zh.png') });
      // The link answers once.
      await page.goto('about:blank');
      await page.goto(link);
      await page.locator('[data-problem="SURVEY_ALREADY_ANSWERED"]').waitFor({ timeout: 20_000 });
    });

    await harness.scenario('survey-inbox-en', WIDE, async (page) => {
      await harness.signIn(page, 'sales@trident.demo');
      const filter = encodeURIComponent(JSON.stringify({ kind: 'SURVEY', mine: true }));
      await page.goto(`${url}/#/feedbacks?filter=${filter}`);
      await page.getByText('交付一再延期，现场问题没人跟进。').waitFor({ timeout: 20_000 });
      await page.getByText('NPS 2/10').first().waitFor();
    });
    const [row] = await app.db.query(
      `SELECT f.severity, u.email FROM feedback f JOIN "user" u ON u.id = f.routed_to_id
        WHERE f.kind = 'SURVEY' AND f.account_id = $1`,
      [sz],
    );
    expect(row).toEqual({ severity: 'MAJOR', email: 'sales@trident.demo' });
  });
});
