import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 1280, height: 800 };
const DEAL = '5G 专网扩容 5G private network expansion';
const SHENZHEN = '中国移动通信集团广东有限公司深圳分公司';

/**
 * The deal in the customer's chain (issue 16), as an AR meets it in the console: the path a
 * deal calls for previewed and started, the chain drawn expected against observed with its
 * gaps, an unplanned signature inserted; the template editor's condition builder; and the
 * money that waits on a signature, on the contract and on the finance desk.
 */
describe("the deal in the customer's chain, in a real browser", () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
  }, 120_000);
  afterAll(() => harness?.close());

  /** The page fits its width: nothing to scroll sideways. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

  /** Every chart has drawn its bars before a picture is taken. */
  const chartsDrawn = (page: Page) =>
    page.waitForFunction(
      () =>
        [...document.querySelectorAll('[data-testid="chain-chart"]')].every(
          (chart) => chart.querySelectorAll('.recharts-bar-rectangle').length > 0,
        ),
      undefined,
      { timeout: 20_000 },
    );

  const dealOf = async (name: string) =>
    (
      await app.db.query(
        `SELECT o.id, o.account_id FROM opportunity o WHERE o.name = $1 ORDER BY o.created_at LIMIT 1`,
        [name],
      )
    )[0] as { id: string; account_id: string };

  it('AR previews and starts a run on a deal, sees the chain with a gap and inserts an unplanned step', async () => {
    const deal = await dealOf(DEAL);
    const [need] = await app.db.query(
      `SELECT id, name FROM process_template WHERE account_id = $1 AND kind = 'NEED'`,
      [deal.account_id],
    );
    const token = await app.login('sales@trident.demo');
    const { planRun } = await app.must<{ planRun: { steps: { name: string }[] } }>(
      `query($i: PlanRunInput!) { planRun(input: $i) { steps { name } } }`,
      { i: { templateId: need.id, subjectType: 'OPPORTUNITY', subjectId: deal.id } },
      token,
    );
    expect(planRun.steps.length).toBeGreaterThan(0);
    const runsBefore = await app.db.query('SELECT id FROM process_run WHERE subject_id = $1', [
      deal.id,
    ]);

    await harness.scenario('chain-start-insert', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/opportunities/${deal.id}/show`);
      // The summary says how the chain stands; the tab draws it.
      await page.getByTestId('deal-chain-brief').waitFor({ timeout: 20_000 });
      await page.getByRole('tab', { name: "Customer's chain" }).click();
      await page.getByTestId('deal-chain').waitFor({ timeout: 20_000 });
      await page.getByTestId('close-at-risk').waitFor();

      // Pick a process: the account's own come first, then the global patterns.
      await page.getByTestId('start-run').first().click();
      const dialog = page.getByTestId('start-run-dialog');
      await dialog.getByText('Pick a process').waitFor();
      await dialog.getByRole('combobox').first().click();
      const options = page.getByRole('option');
      await options.first().waitFor();
      const labels = await options.allTextContents();
      expect(labels[0]).not.toContain('Global template');
      expect(labels[labels.length - 1]).toContain('Global template');
      await page.getByRole('option', { name: `${need.name} · Need`, exact: true }).click();

      // The preview is the API's plan: the steps this deal's amount calls for.
      await dialog.getByTestId('run-preview').waitFor({ timeout: 15_000 });
      const previewed = dialog.getByTestId('preview-step');
      expect(await previewed.count()).toBe(planRun.steps.length);
      for (const step of planRun.steps) await dialog.getByText(step.name).first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'chain-preview.png') });
      await dialog.getByRole('button', { name: 'Start', exact: true }).click();
      await page.getByText('Process started').first().waitFor({ timeout: 15_000 });
      await dialog.waitFor({ state: 'detached' });
      const runsAfter = await app.db.query(
        'SELECT id, template_id FROM process_run WHERE subject_id = $1',
        [deal.id],
      );
      expect(runsAfter.length).toBe(runsBefore.length + 1);
      expect(runsAfter.map((r: { template_id: string }) => r.template_id)).toContain(need.id);

      // Both runs drawn: expected against observed, today, the gaps as badges.
      await page
        .getByTestId('chain-run')
        .nth(runsAfter.length - 1)
        .waitFor();
      expect(await page.getByTestId('chain-chart').count()).toBe(runsAfter.length);
      await chartsDrawn(page);
      const procurement = page
        .getByTestId('chain-run')
        .filter({ hasText: '采购审批 Procurement approval' });
      const budget = procurement.getByTestId('chain-step').filter({ hasText: 'Budget check' });
      await budget.getByTestId('gap-badge-APPROVER_UNCOVERED').waitFor();
      await budget.getByTestId('chain-step-late').waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'chain-deal.png'), fullPage: true });

      // 临时加签: without an approver the form says so beside the field.
      await procurement.getByTestId('insert-step').click();
      const insert = page.getByTestId('insert-step-dialog');
      await insert.locator('input[name="name"]').fill('法务复核 Legal re-check');
      await insert
        .locator('textarea[name="reason"]')
        .fill('客户法务要求复核条款 The legal team asked to re-check the terms');
      await insert.getByRole('button', { name: 'Insert', exact: true }).click();
      await insert.getByText('Name who approves').first().waitFor();
      await insert.getByRole('combobox', { name: 'Approving department' }).click();
      await page.getByRole('option', { name: '法律事务部 Legal Dept.' }).click();
      await insert.locator('input[name="addToTemplate"]').check();
      await page.screenshot({ path: path.join(SHOTS, 'chain-insert.png') });
      await insert.getByRole('button', { name: 'Insert', exact: true }).click();
      await page.getByText('Step inserted into the chain').first().waitFor({ timeout: 15_000 });
      await insert.waitFor({ state: 'detached' });

      const inserted = await app.db.query(
        `SELECT s.name, s.plan_note, r.template_id FROM process_run_step s
           JOIN process_run r ON r.id = s.run_id
          WHERE r.subject_id = $1 AND s.unplanned`,
        [deal.id],
      );
      expect(inserted).toEqual([
        expect.objectContaining({
          name: '法务复核 Legal re-check',
          plan_note: '客户法务要求复核条款 The legal team asked to re-check the terms',
        }),
      ]);
      const [added] = await app.db.query(
        `SELECT count(*)::int AS n FROM approval_step WHERE template_id = $1 AND name = $2`,
        [inserted[0].template_id, '法务复核 Legal re-check'],
      );
      expect(added.n).toBe(1);
      const row = procurement.getByTestId('chain-step').filter({ hasText: '法务复核' });
      await row.getByText('Unplanned').waitFor({ timeout: 15_000 });
      await procurement
        .getByTestId('plan-entry')
        .filter({ hasText: 'Unplanned step inserted' })
        .waitFor();
      await chartsDrawn(page);
      await page.screenshot({ path: path.join(SHOTS, 'chain-inserted.png'), fullPage: true });

      // A gap badge leads to the relationship task that covers it.
      await budget.getByTestId('gap-badge-APPROVER_UNCOVERED').click();
      await page.waitForURL(/#\/tasks/);
      await page.getByText('Cover 孙秀英 Sun Xiuying', { exact: false }).first().waitFor({
        timeout: 15_000,
      });
    });
  });

  it('draws the chain in Chinese at 1280 px, on the deal and in the war room', async () => {
    const deal = await dealOf(DEAL);
    await harness.scenario('chain-zh', NARROW, async (page) => {
      await harness.signIn(page, 'sales@trident.demo');
      // The language follows the menu; the choice is kept for the session.
      await page.getByRole('button', { name: /English/i }).click();
      await page.getByRole('menuitem', { name: '中文' }).click();
      await page.goto(`${url}/#/opportunities/${deal.id}/show/chain`);
      await page.getByTestId('deal-chain').waitFor({ timeout: 20_000 });
      await page.getByText('客户决策链').first().waitFor();
      await page.getByText('审批人无人覆盖').first().waitFor();
      await chartsDrawn(page);
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'chain-deal-zh-1280.png'), fullPage: true });

      await page.goto(`${url}/#/accounts/${deal.account_id}/war-room`);
      const deals = page.getByTestId('war-room-opportunity').filter({ hasText: DEAL });
      await deals.getByTestId('war-room-chain-toggle').click();
      await deals.getByTestId('deal-chain').waitFor({ timeout: 20_000 });
      await chartsDrawn(page);
      expect(await fitsWidth(page)).toBe(true);
      await deals.screenshot({ path: path.join(SHOTS, 'war-room-chain-zh-1280.png') });
    });
  });

  it('builds a step condition with the builder and saves it; the API refuses bad text beside the field', async () => {
    const [template] = await app.db.query(
      `SELECT t.id FROM process_template t JOIN account a ON a.id = t.account_id
        WHERE a.name = $1 AND t.kind = 'PAYMENT'`,
      [SHENZHEN],
    );
    const condition = (position: number) =>
      app.db
        .query(`SELECT condition FROM approval_step WHERE template_id = $1 AND position = $2`, [
          template.id,
          position,
        ])
        .then((rows: { condition: string | null }[]) => rows[0]!.condition);
    expect(await condition(1)).toBeNull();

    await harness.scenario('template-condition', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/processTemplates/${template.id}`);
      await page.locator('input[name="steps.0.name"]').waitFor({ timeout: 20_000 });
      const first = page.getByTestId('condition-input').nth(0);
      await first.getByText('No condition: the step always applies.').waitFor();
      await first.getByTestId('condition-add').click();
      await first.getByLabel('Value').fill('500000');
      await first.getByTestId('condition-add').click();
      const second = first.getByTestId('condition-row').nth(1);
      await second.getByLabel('And / or').selectOption('or');
      await second.getByLabel('Variable').selectOption('region');
      await second.getByLabel('Value').fill('广东');
      await first
        .getByTestId('condition-text')
        .getByText('amount >= 500000 or region == "广东"', { exact: true })
        .waitFor();

      // An expert writes text the API refuses: its reason shows under that step's condition.
      const secondStep = page.getByTestId('condition-input').nth(1);
      await secondStep.getByTestId('condition-mode').click();
      await secondStep.getByLabel('Condition as text').fill('amount >= "big"');
      await page.getByRole('button', { name: 'Save' }).click();
      await secondStep.getByText('compared with a number').waitFor({ timeout: 15_000 });
      expect(await condition(1)).toBeNull();
      await secondStep.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'template-condition-error.png') });

      await secondStep.getByLabel('Condition as text').fill('');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.waitForURL(/#\/processTemplates(\?.*)?$/, { timeout: 20_000 });
      expect(await condition(1)).toBe('amount >= 500000 or region == "广东"');
      expect(await condition(2)).toBeNull();

      // Read back: the text becomes rows again.
      await page.goto(`${url}/#/processTemplates/${template.id}`);
      const reread = page.getByTestId('condition-input').nth(0);
      await reread.getByTestId('condition-row').nth(1).waitFor({ timeout: 20_000 });
      expect(await reread.getByTestId('condition-row').count()).toBe(2);
      expect(await reread.getByLabel('Value').nth(0).inputValue()).toBe('500000');
      expect(await reread.getByLabel('Variable').nth(1).inputValue()).toBe('region');
      // A condition that was there before shows as rows too (the CFO's threshold).
      const cfo = page.getByTestId('condition-input').nth(2);
      expect(await cfo.getByLabel('Value').inputValue()).toBe('1000000');
      await reread.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, 'template-condition.png') });
    });
  });

  it('shows who holds the money on the finance desk, and the milestone waits on a second signature', async () => {
    await harness.scenario('money-waits', NARROW, async (page) => {
      await harness.openAs(page, 'finance@trident.demo', `/`);
      const hold = page.getByTestId('battle-map-hold').first();
      await hold.waitFor({ timeout: 20_000 });
      expect(await hold.textContent()).toMatch(
        /held by 验收确认 Acceptance sign-off.*Customer: .+Ours: .+/,
      );
      await page
        .getByTestId('battle-map-widget')
        .screenshot({ path: path.join(SHOTS, 'battle-map-held-by.png') });

      await hold.getByRole('link').first().click();
      await page.waitForURL(/#\/contracts\/.+\/show/);
      const waiting = page.getByTestId('waiting-on');
      await waiting.getByText('验收确认 Acceptance sign-off').waitFor({ timeout: 20_000 });
      const contractId = page.url().match(/contracts\/([^/]+)\/show/)![1];
      const [milestone] = await app.db.query(
        `SELECT m.id FROM payment_milestone m JOIN milestone_gate g ON g.milestone_id = m.id
          WHERE m.contract_id = $1 LIMIT 1`,
        [contractId],
      );
      const row = page.locator('tr', { has: page.getByTestId('waiting-on') });
      // The gate button sits on the milestone's own row, just above its waiting line.
      await page.locator('tr', { hasText: 'On acceptance' }).getByTestId('set-gates').click();
      const dialog = page.getByTestId('gates-dialog');
      await dialog.getByText('发票校验 Invoice check').waitFor({ timeout: 15_000 });
      await dialog.getByLabel(/发票校验 Invoice check/).check();
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Signatures saved').first().waitFor({ timeout: 15_000 });
      const gates = await app.db.query(
        'SELECT count(*)::int AS n FROM milestone_gate WHERE milestone_id = $1',
        [milestone.id],
      );
      expect(gates[0].n).toBe(2);
      await row.getByText('发票校验 Invoice check').waitFor({ timeout: 15_000 });
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'contract-gates.png'), fullPage: true });
    });
  });
});
