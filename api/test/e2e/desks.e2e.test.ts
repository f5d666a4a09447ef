import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 768, height: 1024 };
const OPEN_TASKS = ['PROPOSED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'SUBMITTED', 'REWORK'];

/**
 * Each demo user opens the console, finds their desk on the home page with the numbers the
 * API gives them, and does one piece of their morning's work from there.
 */
describe('role dashboards in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
  });
  afterAll(() => harness?.close());

  const userId = async (email: string): Promise<string> =>
    (await app.db.query('SELECT id FROM "user" WHERE email = $1', [email]))[0].id;

  /** The number a desk tile shows. */
  const tile = async (page: Page, testId: string) => {
    const value = page.getByTestId(testId).locator('[data-value]');
    await value.waitFor({ timeout: 20_000 });
    return Number(await value.textContent());
  };

  /** Every tile against the API's answer for the same person. */
  const expectTiles = async (page: Page, expected: Record<string, number>) => {
    const shown: Record<string, number> = {};
    for (const testId of Object.keys(expected)) shown[testId] = await tile(page, testId);
    expect(shown).toEqual(expected);
  };

  const openDesk = async (page: Page, email: string, desk: string) => {
    await harness.openAs(page, email, `/`);
    await page.getByTestId(desk).waitFor({ timeout: 20_000 });
  };

  const total = async (token: string, query: string, variables: Record<string, unknown> = {}) => {
    const data = await app.must<Record<string, { totalCount: number }>>(query, variables, token);
    return Object.values(data)[0]!.totalCount;
  };

  /** Waits until `read` gives `expected` (the UI writes asynchronously), then checks it. */
  const eventually = async <T>(read: () => Promise<T>, expected: T, timeout = 10_000) => {
    const until = Date.now() + timeout;
    let value = await read();
    while (value !== expected && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      value = await read();
    }
    expect(value).toBe(expected);
  };

  /** The page fits its width: nothing to scroll sideways (tablet check). */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

  it('SALES: sees what holds up their deals and acknowledges feedback from the desk', async () => {
    const email = 'sales@trident.demo';
    const token = await app.login(email);
    await harness.scenario('desk-sales', DESKTOP, async (page) => {
      await openDesk(page, email, 'sales-desk');
      const waiting = await total(
        token,
        '{ f: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) { totalCount } }',
      );
      expect(waiting).toBeGreaterThan(0);
      await expectTiles(page, {
        'count-blocked-steps': await total(token, '{ b: blockedSteps(first: 1) { totalCount } }'),
        'count-escalations-on-me': await total(
          token,
          '{ e: escalations(filter: { mine: true, status: OPEN }, first: 1) { totalCount } }',
        ),
        'count-thin-coverage': await total(
          token,
          '{ c: coverageByAccount(decisionCoverageBelow: 0.5, first: 1) { totalCount } }',
        ),
        'count-feedback-waiting': waiting,
        'count-close-date-passed': await total(
          token,
          'query($o: ID!) { o: opportunities(filter: { ownerIds: [$o], open: true, closeDatePassed: true }, first: 1) { totalCount } }',
          { o: await userId(email) },
        ),
      });
      await page.getByTestId('funnel-widget').or(page.getByText('Sales funnel')).first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'desk-sales.png'), fullPage: true });

      // The number opens the feedback waiting for me; one click acknowledges the first.
      await page.getByTestId('count-feedback-waiting').click();
      await page.waitForURL(/#\/feedbacks\?filter=/);
      await page.getByTestId('feedback-acknowledge').first().click();
      await page.getByText('Feedback acknowledged').first().waitFor({ timeout: 10_000 });
      await page.goto(`${url}/#/`);
      await page.getByTestId('sales-desk').waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="count-feedback-waiting"] [data-value]')
            ?.textContent === String(expected),
        waiting - 1,
        { timeout: 15_000 },
      );
    });

    // The same desk on a tablet: one column, nothing off the side.
    await harness.scenario('desk-sales-tablet', TABLET, async (page) => {
      await openDesk(page, email, 'sales-desk');
      await page.getByTestId('count-blocked-steps').waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, 'desk-sales-tablet.png'), fullPage: true });
    });
  });

  it('TECHNICAL: sees solution work and gatekeepers, and submits a solution task', async () => {
    const email = 'tech@trident.demo';
    const token = await app.login(email);
    const me = await userId(email);
    const stageIds: string[] = (
      await app.db.query(
        `SELECT id FROM funnel_stage WHERE NOT is_won AND NOT is_lost
            AND entry_criteria && ARRAY['DECISION_MAKER', 'SOLUTION_WORK']::text[]`,
      )
    ).map((row: { id: string }) => row.id);
    const tasks = (kind: string) =>
      total(token, 'query($f: TaskFilter) { t: tasks(filter: $f, first: 1) { totalCount } }', {
        f: { mine: true, kind, statuses: OPEN_TASKS },
      });
    await harness.scenario('desk-technical', DESKTOP, async (page) => {
      await openDesk(page, email, 'solution-desk');
      const expected = {
        'count-solution-deals': await total(
          token,
          'query($f: OpportunityFilter) { o: opportunities(filter: $f, first: 1) { totalCount } }',
          { f: { stageIds, open: true, teamMemberId: me } },
        ),
        'count-solution-tasks': await tasks('SOLUTION'),
        'count-bid-tasks': await tasks('BID'),
        'count-gatekeepers': await total(
          token,
          '{ c: contacts(filter: { buyingRole: TECHNICAL_GATEKEEPER, status: ACTIVE }, first: 1) { totalCount } }',
        ),
        'count-new-needs': await total(
          token,
          '{ f: feedbacks(filter: { kind: NEW_NEED }, first: 1) { totalCount } }',
        ),
      };
      expect(expected['count-solution-tasks']).toBeGreaterThan(0);
      await expectTiles(page, expected);
      await page.screenshot({ path: path.join(SHOTS, 'desk-technical.png'), fullPage: true });

      // From the number to my solution tasks; the one in progress goes to review.
      const [task] = await app.db.query(
        `SELECT id, title FROM task WHERE assignee_id = $1 AND kind = 'SOLUTION' AND status = 'IN_PROGRESS' LIMIT 1`,
        [me],
      );
      await page.getByTestId('count-solution-tasks').click();
      await page.waitForURL(/#\/tasks\?filter=/);
      const row = page.locator('tr', { hasText: task.title });
      await row.waitFor({ timeout: 20_000 });
      await row.getByTestId('task-submit').click();
      await page
        .getByRole('dialog')
        .getByRole('textbox')
        .fill('方案已完成 Solution ready for review');
      await page.getByTestId('task-dialog-confirm').click();
      await row.getByText('Submitted').waitFor({ timeout: 10_000 });
      const [stored] = await app.db.query('SELECT status FROM task WHERE id = $1', [task.id]);
      expect(stored.status).toBe('SUBMITTED');
    });
  });

  it('DELIVERY: sees contracts in delivery and checks a piece of evidence', async () => {
    const email = 'delivery@trident.demo';
    const token = await app.login(email);
    await harness.scenario('desk-delivery', DESKTOP, async (page) => {
      await openDesk(page, email, 'delivery-desk');
      const expected = {
        'count-contracts-in-delivery': await total(
          token,
          '{ c: contracts(filter: { inDelivery: true }, first: 1) { totalCount } }',
        ),
        'count-acceptance-ahead': await total(
          token,
          '{ m: paymentMilestones(filter: { kinds: [ON_DELIVERY, ON_ACCEPTANCE, PER_SITE], stage: PLANNED, ahead: true }, first: 1) { totalCount } }',
        ),
        'count-delivery-tasks': await total(
          token,
          'query($f: TaskFilter) { t: tasks(filter: $f, first: 1) { totalCount } }',
          { f: { mine: true, kind: 'DELIVERY', statuses: OPEN_TASKS } },
        ),
        'count-negative-feedback': await total(
          token,
          '{ f: feedbacks(filter: { kind: NEGATIVE }, first: 1) { totalCount } }',
        ),
      };
      expect(expected['count-acceptance-ahead']).toBeGreaterThan(0);
      await expectTiles(page, expected);
      await page.screenshot({ path: path.join(SHOTS, 'desk-delivery.png'), fullPage: true });

      // Missing evidence: the rows the API selects and counts, however many milestones FR has.
      const missing = await total(
        token,
        '{ m: paymentMilestones(filter: { kinds: [ON_DELIVERY, ON_ACCEPTANCE, PER_SITE], stage: PLANNED, missingEvidence: true }, first: 1) { totalCount } }',
      );
      expect(missing).toBeGreaterThan(0);
      const widget = page.getByTestId('delivery-evidence-widget');
      await widget.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      expect(await widget.locator('tbody tr').count()).toBe(Math.min(missing, 10));
      expect(await widget.getByTestId('delivery-evidence-all').count()).toBe(missing > 10 ? 1 : 0);

      // The first milestone ahead opens its contract; FR ticks one missing piece of evidence.
      const first = page.getByTestId('delivery-desk').locator('a[href*="/contracts/"]').first();
      const contractId = /contracts\/([0-9a-f-]+)\/show/.exec(
        (await first.getAttribute('href')) ?? '',
      )![1];
      const checked = async (): Promise<number> =>
        Number(
          (
            await app.db.query(
              `SELECT count(*) AS n FROM evidence_item e JOIN payment_milestone m ON m.id = e.milestone_id
                WHERE m.contract_id = $1 AND e.checked_at IS NOT NULL`,
              [contractId],
            )
          )[0].n,
        );
      const before = await checked();
      await first.click();
      const box = page
        .getByTestId('evidence-checklist')
        .locator('input[type="checkbox"]:not(:checked):not(:disabled)')
        .first();
      await box.waitFor({ timeout: 20_000 });
      // The box follows the saved state: it ticks once the API has recorded the check.
      await box.click();
      await eventually(checked, before + 1);
    });
  });

  it('FINANCE: sees overdue milestones with their escalation, records a payment and sees the week grow', async () => {
    const email = 'finance@trident.demo';
    const token = await app.login(email);
    const [target] = await app.db.query(
      `SELECT m.id, m.contract_id FROM payment_milestone m
        WHERE m.stage = 'INVOICED'
          AND (SELECT count(*) FROM payment_milestone x
                WHERE x.contract_id = m.contract_id AND x.stage IN ('INVOICED', 'PARTIALLY_PAID')) = 1
        LIMIT 1`,
    );
    // The money paid since the business day's Monday (not what was entered this week).
    const weekCount = async () => {
      const { businessCalendar } = await app.must<{ businessCalendar: { today: string } }>(
        '{ businessCalendar { today } }',
        {},
        token,
      );
      const monday = new Date(`${businessCalendar.today}T00:00:00Z`);
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      const { paymentTotals } = await app.must<{ paymentTotals: { count: number }[] }>(
        'query($f: PaymentFilter) { paymentTotals(filter: $f) { count } }',
        { f: { paidFrom: monday.toISOString().slice(0, 10) } },
        token,
      );
      return paymentTotals.reduce((sum, row) => sum + row.count, 0);
    };
    await harness.scenario('desk-finance', DESKTOP, async (page) => {
      await openDesk(page, email, 'finance-desk');
      const overdue = await total(
        token,
        '{ m: paymentMilestones(filter: { overdue: true }, first: 1) { totalCount } }',
      );
      expect(overdue).toBeGreaterThan(0);
      const week = await weekCount();
      await expectTiles(page, {
        'count-overdue-milestones': overdue,
        'count-payments-this-week': week,
        'count-payment-chains': await total(
          token,
          '{ r: processRuns(filter: { subjectType: CONTRACT, status: RUNNING }, first: 1) { totalCount } }',
        ),
      });
      // The escalation level of each overdue milestone, as the engine raised it.
      const escalated: { n: string }[] = await app.db.query(
        `SELECT count(DISTINCT object_id) AS n FROM escalation WHERE object_type = 'MILESTONE' AND status = 'OPEN'`,
      );
      if (Number(escalated[0]!.n) > 0) {
        await page.getByTestId('escalation-level').first().waitFor({ timeout: 10_000 });
      }
      await page
        .getByTestId('battle-map-widget')
        .or(page.getByText('Collection battle map'))
        .first()
        .waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'desk-finance.png'), fullPage: true });

      await page.goto(`${url}/#/contracts/${target.contract_id}/show`);
      await page.getByRole('button', { name: 'Record payment' }).click();
      await page.getByLabel('Amount').fill('2.00');
      await page.getByLabel('Bank reference').fill('DESK-0001');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Payment recorded').first().waitFor({ timeout: 15_000 });

      await page.goto(`${url}/#/`);
      await page.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="count-payments-this-week"] [data-value]')
            ?.textContent === String(expected),
        week + 1,
        { timeout: 15_000 },
      );
      // The number opens the week's payments, the new one on top.
      await page.getByTestId('count-payments-this-week').click();
      await page.locator('tr', { hasText: 'DESK-0001' }).waitFor({ timeout: 15_000 });
    });
  });

  it('MANAGER: sees escalations by level and flagged targets, and adjusts a target', async () => {
    const email = 'manager@trident.demo';
    const token = await app.login(email);
    await harness.scenario('desk-manager', DESKTOP, async (page) => {
      await openDesk(page, email, 'manager-desk');
      // Renewals coming up: the soonest ten, and the way to all of them when there are more.
      const renewalsDue = await total(
        token,
        '{ r: renewals(filter: { dueWithinDays: 90 }, first: 1) { totalCount } }',
      );
      const renewals = page.getByTestId('renewals-widget');
      await renewals.scrollIntoViewIfNeeded();
      if (renewalsDue > 0) await renewals.locator('tbody tr').first().waitFor({ timeout: 20_000 });
      expect(await renewals.locator('tbody tr').count()).toBe(Math.min(renewalsDue, 10));
      expect(await renewals.getByTestId('renewals-all').count()).toBe(renewalsDue > 10 ? 1 : 0);
      const { escalationLevels, handovers } = await app.must<{
        escalationLevels: { level: number; count: number }[];
        handovers: { status: string }[];
      }>(
        '{ escalationLevels(filter: { status: OPEN }) { level count } handovers { status } }',
        {},
        token,
      );
      const level = (n: number) => escalationLevels.find((l) => l.level === n)?.count ?? 0;
      expect(escalationLevels.length).toBeGreaterThan(0);
      await expectTiles(page, {
        'count-escalations-level-1': level(1),
        'count-escalations-level-2': level(2),
        'count-escalations-level-3': level(3),
        'count-target-flags': await total(
          token,
          '{ t: targetAdjustments(filter: { flagged: true }, first: 1) { totalCount } }',
        ),
        'count-handovers': handovers.filter((h) => h.status === 'IN_PROGRESS').length,
      });
      await page.getByText('Funnel diagnosis').first().waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'desk-manager.png'), fullPage: true });

      // Targets: raise one with a reason; the change is kept with who and why.
      const adjustments = async (): Promise<number> =>
        Number((await app.db.query('SELECT count(*) AS n FROM target_adjustment'))[0].n);
      const before = await adjustments();
      // The number opens the flagged changes themselves; targets are adjusted on their page.
      await page.getByTestId('count-target-flags').click();
      await page.waitForURL(/#\/targetAdjustments\?filter=/);
      await page.goto(`${url}/#/salesTargets`);
      await page.getByRole('button', { name: 'Adjust' }).first().click();
      const dialog = page.getByRole('dialog');
      const revenue = dialog.getByRole('spinbutton');
      const current = Number(await revenue.inputValue());
      await revenue.fill(String(current + 100_000));
      await dialog.getByLabel('Reason').fill('新增项目机会 New project in the region');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await eventually(adjustments, before + 1);
    });
  });

  it('ADMIN: sees the configuration at a glance and edits an approval step', async () => {
    const email = 'admin@trident.demo';
    const token = await app.login(email);
    await harness.scenario('desk-admin', DESKTOP, async (page) => {
      await openDesk(page, email, 'admin-desk');
      const data = await app.must<{
        users: { totalCount: number };
        funnelStages: unknown[];
        processTemplates: { totalCount: number };
        internalResources: { active: boolean }[];
        escalationRules: { active: boolean }[];
        apiTokens: { revokedAt: string | null }[];
      }>(
        `{ users(first: 1) { totalCount } funnelStages { id } processTemplates(first: 1) { totalCount }
           internalResources { active } escalationRules { active } apiTokens { revokedAt } }`,
        {},
        token,
      );
      await expectTiles(page, {
        'count-users': data.users.totalCount,
        'count-funnel-stages': data.funnelStages.length,
        'count-process-templates': data.processTemplates.totalCount,
        'count-internal-resources': data.internalResources.filter((r) => r.active).length,
        'count-escalation-rules': data.escalationRules.filter((r) => r.active).length,
        'count-api-tokens': data.apiTokens.filter((t) => !t.revokedAt).length,
      });
      await page.screenshot({ path: path.join(SHOTS, 'desk-admin.png'), fullPage: true });

      // From the number to the approval chains; rename the first step of one of them.
      const [template] = await app.db.query(
        `SELECT t.id FROM process_template t ORDER BY t.name LIMIT 1`,
      );
      await page.getByTestId('count-process-templates').click();
      await page.waitForURL(/#\/processTemplates/);
      await page.goto(`${url}/#/processTemplates/${template.id}`);
      const step = page.locator('input[name="steps.0.name"]');
      await step.waitFor({ timeout: 20_000 });
      const renamed = `${await step.inputValue()} (复核 reviewed)`;
      await step.fill(renamed);
      await page.getByRole('button', { name: 'Save' }).click();
      // react-admin goes back to the list after saving: let it, or its redirect can land
      // after our own navigation to the desk below and take the page away again.
      await page.waitForURL(/#\/processTemplates(\?.*)?$/, { timeout: 20_000 });
      await eventually(
        async () =>
          (
            await app.must<{ processTemplate: { steps: { name: string }[] } }>(
              'query($id: ID!) { processTemplate(id: $id) { steps { name } } }',
              { id: template.id },
              token,
            )
          ).processTemplate.steps[0]!.name,
        renamed,
      );
      // The change is in today's audit trail, which the desk counts.
      await page.goto(`${url}/#/`);
      const audited = await total(
        token,
        'query($f: AuditEventFilter) { a: auditEvents(filter: $f, first: 1) { totalCount } }',
        { f: { from: new Date(new Date().setHours(0, 0, 0, 0)).toISOString() } },
      );
      expect(audited).toBeGreaterThan(0);
      await eventually(() => tile(page, 'count-audit-today'), audited);
    });
  });

  it('WAR ROOM: one customer on one screen, on a desktop and on a tablet', async () => {
    const email = 'sales@trident.demo';
    const token = await app.login(email);
    const [account] = await app.db.query('SELECT id FROM account WHERE name = $1', [
      '中国移动通信集团广东有限公司深圳分公司',
    ]);
    const { opportunities } = await app.must<{
      opportunities: { totalCount: number; nodes: { name: string }[] };
    }>(
      'query($a: ID!) { opportunities(filter: { accountId: $a, open: true }, first: 500) { totalCount nodes { name } } }',
      { a: account.id },
      token,
    );
    expect(opportunities.totalCount).toBeGreaterThan(0);
    for (const [name, viewport] of [
      ['war-room', DESKTOP],
      ['war-room-tablet', TABLET],
    ] as const) {
      await harness.scenario(name, viewport, async (page) => {
        await harness.signIn(page, email);
        // From the account list, the way a user gets there.
        await page.goto(`${url}/#/accounts/${account.id}/show`);
        await page.getByRole('link', { name: 'War room' }).first().click();
        await page.waitForURL(/war-room/);
        for (const section of [
          'team',
          'coverage',
          'plan',
          'opportunities',
          'contracts',
          'timeline',
        ]) {
          await page.getByTestId(`war-room-${section}`).waitFor({ timeout: 20_000 });
        }
        const deals = page.getByTestId('war-room-opportunity');
        await deals.first().waitFor({ timeout: 20_000 });
        const shown = await deals.count();
        expect(shown).toBeLessThanOrEqual(opportunities.totalCount);
        await page.getByText(opportunities.nodes[0]!.name).first().waitFor();
        // Every section has loaded (no spinner left) before the picture is taken.
        await page.waitForFunction(
          () =>
            document.querySelectorAll('[data-testid="war-room"] .MuiCircularProgress-root')
              .length === 0,
          undefined,
          { timeout: 20_000 },
        );
        expect(await fitsWidth(page)).toBe(true);
        await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      });
    }
  });
});
