import path from 'node:path';
import { EscalationEngine } from '../../src/modules/escalations/escalation-engine';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SZ = '中国移动通信集团广东有限公司深圳分公司';
const DAY = 86_400_000;

/**
 * Issue 20 in a real browser: the AR sees a cooling relationship on the desk, in the war room
 * and faded on the org chart, ranks and enters account risks and filters the timeline; the
 * solution engineer says a task is stuck (in Chinese, on a phone) and the AR answers it.
 */
describe('relationship rhythm, risks and the stuck task in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;
  let account: string;
  const COOLING = '黄立新 Huang Lixin';

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
    [{ id: account }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    // A decision maker entered 2,000 days ago and never met: the most overdue of all (the demo's
    // own cooling contacts were last met months ago).
    await app.db.query(
      `INSERT INTO contact (account_id, name, title, level, created_at)
       VALUES ($1, $2, '副总经理', 'DECISION', $3)`,
      [account, COOLING, new Date(Date.now() - 2000 * DAY)],
    );
    await new EscalationEngine(app.db).sweepSignals(new Date());
  });
  afterAll(() => harness?.close());

  it('SALES: the cooling contact on the desk, in the war room and faded on the org chart; risks ranked and entered; the timeline by kind', async () => {
    await harness.scenario('rhythm-war-room-en', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/`, 'en');
      await page
        .getByTestId('desk-cooling')
        .getByTestId('cooling-row')
        .filter({ hasText: COOLING })
        .waitFor({ timeout: 20_000 });

      await page.goto(`${url}/#/accounts/${account}/war-room`);
      await page
        .getByTestId('cooling-list')
        .getByTestId('cooling-row')
        .filter({ hasText: COOLING })
        .waitFor({ timeout: 20_000 });
      // Risks, worst first: the exposures on screen are in descending order.
      const table = page.getByTestId('risk-table');
      await table.getByTestId('risk-row').first().waitFor({ timeout: 20_000 });
      const exposures = (await table.getByTestId('risk-exposure').allTextContents()).map((t) =>
        Number(/\d+/.exec(t)?.[0]),
      );
      expect(exposures.length).toBeGreaterThan(0);
      expect([...exposures].sort((a, b) => b - a)).toEqual(exposures);
      await page.screenshot({ path: path.join(SHOTS, 'rhythm-war-room-en.png'), fullPage: true });

      // A risk entered by hand: a blank title is refused on the spot, then it saves.
      const before = await app.count('account_risk');
      await page.getByTestId('risk-create').click();
      const dialog = page.getByTestId('risk-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('risk-save').click();
      expect(await app.count('account_risk')).toBe(before);
      await dialog.getByTestId('risk-title').fill('竞品低价切入 Competitor undercuts');
      await dialog.getByTestId('risk-save').click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
      await table
        .getByTestId('risk-row')
        .filter({ hasText: 'Competitor undercuts' })
        .waitFor({ timeout: 15_000 });
      const [saved] = await app.db.query(
        `SELECT source, created_by_id IS NOT NULL AS by_hand FROM account_risk
          WHERE account_id = $1 AND title LIKE '%Competitor undercuts'`,
        [account],
      );
      expect(saved).toEqual({ source: 'MANUAL', by_hand: true });

      // The timeline filtered to risks shows only risks.
      await page.getByTestId('timeline-kind-RISK').click();
      await page.getByTestId('war-room-timeline-RISK').first().waitFor({ timeout: 15_000 });
      await page.waitForFunction(
        () =>
          document.querySelectorAll(
            '[data-testid^="war-room-timeline-"]:not([data-testid="war-room-timeline-RISK"]):not([data-testid="war-room-timeline-kinds"]):not([data-testid="war-room-timeline-more"])',
          ).length === 0,
        undefined,
        { timeout: 15_000 },
      );

      // The account page has the same register on a tab of its own.
      await page.goto(`${url}/#/accounts/${account}/show/risks`);
      await page
        .getByTestId('risk-table')
        .getByTestId('risk-row')
        .filter({ hasText: 'Competitor undercuts' })
        .waitFor({ timeout: 20_000 });

      // The org chart fades the cooling card.
      await page.goto(`${url}/#/accounts/${account}/org-chart`);
      await page.locator('[data-cooling="true"]').first().waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-cooling="true"]').count()).toBeGreaterThan(0);
    });
  }, 240_000);

  it('TECHNICAL says a task is stuck, in Chinese on a phone; the AR answers it', async () => {
    const [{ id: techId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'tech@trident.demo'`,
    );
    const sales = await app.login('sales@trident.demo');
    const tech = await app.login('tech@trident.demo');
    const { createTask: task } = await app.must<{ createTask: { id: string; version: number } }>(
      `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
      {
        input: {
          accountId: account,
          title: '接口联调 API integration',
          due: new Date(Date.now() + 5 * DAY).toISOString(),
          assigneeId: techId,
        },
      },
      sales,
    );
    let version = task.version;
    for (const verb of ['acknowledgeTask', 'startTask'])
      version = (
        await app.must<Record<string, { version: number }>>(
          `mutation($id: ID!, $v: Int!) { ${verb}(id: $id, version: $v) { version } }`,
          { id: task.id, v: version },
          tech,
        )
      )[verb]!.version;
    const status = async () =>
      (
        (await app.db.query('SELECT status FROM task WHERE id = $1', [task.id])) as {
          status: string;
        }[]
      )[0]!.status;

    await harness.scenario('rhythm-stuck-zh-390', PHONE, async (page) => {
      await harness.openAs(page, 'tech@trident.demo', `/tasks/${task.id}/show`, 'zh');
      await page.getByTestId('task-stuck').click();
      await page.getByRole('dialog').getByRole('textbox').fill('缺少客户接口文档');
      await page.getByTestId('task-dialog-confirm').click();
      await page.waitForFunction(() => !document.querySelector('[role="dialog"]'), undefined, {
        timeout: 15_000,
      });
      await page.getByText('缺少客户接口文档').first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: path.join(SHOTS, 'rhythm-stuck-zh-390.png'), fullPage: true });
    });
    expect(await status()).toBe('STUCK');
    const [told] = await app.db.query(
      `SELECT count(*)::int AS n FROM notification n JOIN "user" u ON u.id = n.user_id
        WHERE n.entity_id = $1 AND u.email = 'sales@trident.demo'`,
      [task.id],
    );
    expect(told.n).toBe(1);

    await harness.scenario('rhythm-answer-en', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/tasks/${task.id}/show`, 'en');
      await page.getByTestId('task-answer').click();
      await page.getByRole('dialog').getByRole('textbox').fill('文档已发邮箱 Sent by mail');
      await page.getByTestId('task-dialog-confirm').click();
      await page.waitForFunction(() => !document.querySelector('[role="dialog"]'), undefined, {
        timeout: 15_000,
      });
      await page.getByText('文档已发邮箱 Sent by mail').first().waitFor({ timeout: 15_000 });
    });
    expect(await status()).toBe('IN_PROGRESS');
  }, 240_000);
});
