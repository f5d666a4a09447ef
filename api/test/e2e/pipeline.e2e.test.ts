import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

/** Drags with the mouse in small steps, as dnd-kit's pointer sensor expects. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 15, from.y + 15, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  await page.mouse.up();
}

describe('pipeline pages in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let browser: Browser;
  const signIn = (page: Page, email: string) => harness.signIn(page, email);

  beforeAll(async () => {
    harness = await startBrowserApp({ demo: true, demoMaps: true });
    ({ app, browser } = harness);
  });
  afterAll(() => harness?.close());

  it("shows a deal's new name in a reference box after someone else renamed it, whichever read lands first", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await signIn(page, 'sales@trident.demo');
    const [visit] = await app.db.query(
      `SELECT a.id, o.id AS deal_id, o.name, o.version FROM activity a
         JOIN opportunity o ON o.id = a.opportunity_id
         JOIN "user" u ON u.id = a.created_by_id AND u.email = 'sales@trident.demo'
        ORDER BY a.id LIMIT 1`,
    );
    const box = '.ra-input-opportunityId input';
    // What the deal's box shows once it says `want`, or after 10 s.
    const shown = async (want: string) => {
      await page
        .waitForFunction(
          ([selector, w]) => (document.querySelector(selector!) as HTMLInputElement)?.value === w,
          [box, want],
          { timeout: 10_000 },
        )
        .catch(() => undefined);
      return page.locator(box).inputValue();
    };
    const openVisit = async () => {
      await page.goto(`${harness.url}/#/activities/${visit.id}`);
      await page.locator(box).waitFor({ timeout: 20_000 });
    };
    await openVisit();
    expect(await shown(visit.name)).toBe(visit.name);

    // The box's record comes from two reads that refetch together when the form opens again:
    // the account's deals (the choices) and the deal itself (by id). Each order of arrival is
    // forced by holding one of them back; the choices must hold the deal for the first order
    // to matter, which the held answer proves.
    type Held = 'choices' | 'reference';
    let hold: Held | undefined;
    let heldChoicesHadDeal = false;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as {
        query?: string;
        variables?: { filter?: { ids?: unknown; accountId?: unknown } };
      } | null;
      const dealsRead = !!body?.query?.includes('opportunities(');
      const read: Held | undefined = !dealsRead
        ? undefined
        : body?.variables?.filter?.ids
          ? 'reference'
          : body?.variables?.filter?.accountId
            ? 'choices'
            : undefined;
      if (!read || read !== hold) return route.continue();
      const response = await route.fetch();
      const text = await response.text();
      if (read === 'choices') heldChoicesHadDeal ||= text.includes(`"id":"${visit.deal_id}"`);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.fulfill({ response, body: text });
    });

    let version = visit.version as number;
    let name = visit.name as string;
    for (const held of ['choices', 'reference'] as const) {
      // A colleague renames the deal; this tab goes to the visits and back to this one.
      name = `${visit.name} (renamed, ${held} late)`;
      const { updateOpportunity } = await app.must<{ updateOpportunity: { version: number } }>(
        `mutation($id: ID!, $v: Int!, $n: String!) {
          updateOpportunity(id: $id, version: $v, input: { name: $n }) { version } }`,
        { id: visit.deal_id, v: version, n: name },
        await app.login('sales@trident.demo'),
      );
      version = updateOpportunity.version;
      await page.evaluate(() => {
        location.hash = '#/activities';
      });
      await page.locator('.RaList-main').first().waitFor({ timeout: 20_000 });
      hold = held;
      await openVisit();
      expect(await shown(name)).toBe(name);
      hold = undefined;
    }
    expect(heldChoicesHadDeal).toBe(true);
    await page.close();
  });

  it('shows the account manager a board column per funnel stage and opens a deal', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signIn(page, 'sales@trident.demo');

    await page.locator('a[href="#/opportunities/board"]').first().click();
    await page.locator('[data-testid="deal-card"]').first().waitFor({ timeout: 20_000 });
    const stages: { code: string }[] = await app.db.query(
      'SELECT code FROM funnel_stage WHERE active ORDER BY position',
    );
    const columns = page.locator('[data-testid="board-column"]');
    expect(await columns.evaluateAll((els) => els.map((el) => el.dataset.stageCode))).toEqual(
      stages.map((s) => s.code),
    );
    // Every open deal the account manager may see is on the board, in an open column.
    const { opportunities } = await app.must<{ opportunities: { totalCount: number } }>(
      '{ opportunities(filter: { open: true }) { totalCount } }',
      {},
      await app.login('sales@trident.demo'),
    );
    const openCards = await page
      .locator(
        '[data-testid="board-column"]:not([data-stage-code="WON"]):not([data-stage-code="LOST"]) [data-testid="deal-card"]',
      )
      .count();
    expect(openCards).toBe(opportunities.totalCount);
    await page.screenshot({ path: path.join(SHOTS, 'pipeline-board.png') });

    // A click on a card's name opens the deal with its history.
    const name = page.locator('[data-testid="deal-card-name"]').first();
    const dealName = (await name.textContent())!;
    await name.click();
    await page.waitForURL(/#\/opportunities\/[0-9a-f-]{36}\/show/);
    await page.getByRole('heading', { name: dealName, exact: true }).waitFor({ timeout: 10_000 });
    await page.getByText('Stage history').waitFor();
    await page.getByText('Deal team').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'opportunity-show.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('snaps a card back and names the missing criterion when the API refuses a move', async () => {
    const [deal] = await app.db.query(
      `SELECT o.id, o.name, o.stage_id FROM opportunity o
         JOIN funnel_stage s ON s.id = o.stage_id AND s.code = 'PROSPECT'
         JOIN "user" u ON u.id = o.owner_id AND u.email = 'sales@trident.demo'
        WHERE NOT EXISTS (SELECT 1 FROM opportunity_contact c WHERE c.opportunity_id = o.id
                            AND c.role IN ('DECISION_MAKER', 'ECONOMIC_BUYER'))
        ORDER BY o.name LIMIT 1`,
    );
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    await harness.openAs(page, 'sales@trident.demo', `/opportunities/board`);
    await page.getByLabel('Search', { exact: true }).fill(deal.name);
    const card = page.locator(`[data-deal-id="${deal.id}"]`);
    await card.waitFor({ timeout: 20_000 });
    // The board narrows to the searched deal (and any whose name contains it).
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="deal-card"]').length < 5,
      undefined,
      { timeout: 10_000 },
    );
    const from = (await card.boundingBox())!;
    const to = (await page.locator('[data-stage-code="NEED_FOUND"]').boundingBox())!;
    await drag(page, { x: from.x + 30, y: from.y + 30 }, { x: to.x + to.width / 2, y: to.y + 100 });
    const alert = page.getByRole('alert').filter({ hasText: 'cannot enter' });
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain('Decision maker named');
    await page
      .locator(`[data-stage-code="PROSPECT"] [data-deal-id="${deal.id}"]`)
      .waitFor({ timeout: 5_000 });
    const [after] = await app.db.query('SELECT stage_id FROM opportunity WHERE id = $1', [deal.id]);
    expect(after.stage_id).toBe(deal.stage_id);
    await page.close();
  });

  it("shows the manager the team's funnel and its diagnosis", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signIn(page, 'manager@trident.demo');
    await page.locator('[data-testid="funnel-chart"] svg').first().waitFor({ timeout: 20_000 });
    await page.getByText('Sales funnel').waitFor();
    const table = page.locator('[data-testid="diagnosis-table"]');
    await table.waitFor({ timeout: 20_000 });
    // One row per account manager in the manager's team, each against the team median.
    expect(await table.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
    await table.getByText('李娜 Li Na').waitFor();
    await page.getByText('Pipeline coverage').waitFor();
    await page.getByText('Account matrix').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'dashboard-manager.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
