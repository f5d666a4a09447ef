import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const SALES = 'sales@trident.demo';

/** The bench's tree of `total` people: person k reports to (k − 2) / b + 1. */
function shape(total: number) {
  const b = total <= 255 ? 2 : 3;
  const unitDepth = total <= 40 ? 2 : 3;
  const upTo = (d: number) => (b ** d - 1) / (b - 1);
  const depthOf = (k: number) => {
    let d = 1;
    while (k > upTo(d)) d++;
    return d;
  };
  const bossOf = (k: number) => (k === 1 ? 0 : Math.floor((k - 2) / b) + 1);
  /** How many people person k's department holds, its sub-departments included. */
  const headcount = (k: number) => {
    let n = 0;
    for (let p = 1; p <= total; p++) for (let a = p; a > 0; a = bossOf(a)) if (a === k) n++;
    return n;
  };
  return { depthOf, bossOf, unitDepth, headcount };
}

type Box = {
  id: string;
  kind: 'contact' | 'unit';
  open: boolean;
  x: number;
  y: number;
  w: number;
  h: number;
};

/**
 * The org chart as users met it at 8, 74, 600 people (issue 18): it opens readable (names no
 * smaller than the console's READABLE_ZOOM draws them) with its head in view and nothing
 * overlapping, as deep as that allows; another account opens anew; departments close and open,
 * search brings a person from a closed department into view, influence is drawn and removed,
 * and the open chart downloads as PNG and SVG.
 */
describe('the org chart at 8, 74 and 600 people, in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;
  const accounts: Record<number, string> = {};

  /**
   * A customer shaped as the bench generates them: a b-ary reporting tree, each of its top
   * levels heading a department of its own inside the department above (so 600 people are
   * 13 departments three levels deep). Names say who is who: "P74-12" is person 12 of 74.
   */
  async function seedCustomer(total: number) {
    const { depthOf, bossOf, unitDepth } = shape(total);
    const unitOf = (k: number): number => (depthOf(k) <= unitDepth ? k : unitOf(bossOf(k)));
    const [{ id: accountId }] = await app.db.query(
      `INSERT INTO account (name, normalized_name, tier, claimed_by_id)
       SELECT $1, $1, 'CITY', id FROM "user" WHERE email = $2 RETURNING id`,
      [`客户 ${total} Customer of ${total}`, SALES],
    );
    await app.db.query(
      `INSERT INTO account_team_member (account_id, user_id, team_role)
       SELECT $1, id, 'AR' FROM "user" WHERE email = $2`,
      [accountId, SALES],
    );
    const unitIds = new Map<number, string>();
    const contactIds = new Map<number, string>();
    for (let k = 1; k <= total; k++) {
      contactIds.set(k, randomUUID());
      if (depthOf(k) <= unitDepth) unitIds.set(k, randomUUID());
    }
    const units = [...unitIds.keys()];
    await app.db.query(
      `INSERT INTO org_unit (id, account_id, name, kind, parent_id)
       SELECT u.id, $1, u.name, 'OTHER', u.parent FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS u(id, name, parent)`,
      [
        accountId,
        units.map((k) => unitIds.get(k)),
        units.map((k) => `部门 D${total}-${k}`),
        units.map((k) => (k === 1 ? null : unitIds.get(bossOf(k)))),
      ],
    );
    const ks = [...contactIds.keys()];
    await app.db.query(
      `INSERT INTO contact (id, account_id, org_unit_id, name, title, level, reports_to_id, stance)
       SELECT c.id, $1, c.unit, c.name, c.title, 'OPERATIONAL', c.boss, c.stance
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::text[])
           AS c(id, unit, name, title, boss, stance)`,
      [
        accountId,
        ks.map((k) => contactIds.get(k)),
        ks.map((k) => unitIds.get(unitOf(k))),
        ks.map((k) => `P${total}-${k}`),
        ks.map((k) => (depthOf(k) === 1 ? '总经理 General manager' : '工程师 Engineer')),
        ks.map((k) => (k === 1 ? null : contactIds.get(bossOf(k)))),
        ks.map((k) => ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'][k % 5]),
      ],
    );
    return accountId as string;
  }

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
    for (const total of [8, 74, 600]) accounts[total] = await seedCustomer(total);
  }, 180_000);
  afterAll(() => harness?.close());

  const contactId = async (name: string) =>
    ((await app.db.query('SELECT id FROM contact WHERE name = $1', [name]))[0] as { id: string })
      .id;

  /** The chart's pane and every drawn node, as the browser lays them out. */
  const drawing = (page: Page) =>
    page.evaluate(() => {
      const pane = document
        .querySelector('[data-testid="org-chart"] .react-flow')!
        .getBoundingClientRect();
      const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((node) => {
        const r = node.getBoundingClientRect();
        return {
          id: node.dataset.id!,
          kind: node.classList.contains('react-flow__node-unit') ? 'unit' : 'contact',
          open: node.querySelector('[data-open="true"]') !== null,
          x: r.x,
          y: r.y,
          w: r.width,
          h: r.height,
        };
      });
      return { pane: { x: pane.x, y: pane.y, w: pane.width, h: pane.height }, boxes };
    }) as Promise<{ pane: Omit<Box, 'id' | 'kind' | 'open'>; boxes: Box[] }>;

  const inside = (a: Omit<Box, 'id' | 'kind' | 'open'>, b: Omit<Box, 'id' | 'kind' | 'open'>) =>
    a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.w <= b.x + b.w + 1 && a.y + a.h <= b.y + b.h + 1;
  const overlap = (a: Box, b: Box) =>
    a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;

  /** Opens a customer's chart and waits until it is drawn and fitted (nodes stop moving). */
  async function openChart(page: Page, accountId: string) {
    await page.goto(`${url}/#/accounts/${accountId}/org-chart`);
    await page.locator('.react-flow__node-contact').first().waitFor({ timeout: 30_000 });
    await settle(page);
  }
  /**
   * Waits until the view stops moving (a fit or a centring is animated, and starts a frame
   * or two after the input): the same transform for 450 ms.
   */
  async function settle(page: Page) {
    let last = '';
    let still = 0;
    for (let i = 0; i < 60 && still < 3; i++) {
      await page.waitForTimeout(150);
      const now = await page
        .locator('.react-flow__viewport')
        .evaluate((el) => (el as HTMLElement).style.transform);
      still = now === last ? still + 1 : 0;
      last = now;
    }
  }

  /** Every node in view, and apart (below). */
  function expectFittedAndApart(drawn: Awaited<ReturnType<typeof drawing>>) {
    for (const box of drawn.boxes)
      if (!inside(box, drawn.pane)) throw new Error(`${box.id} is out of view`);
    expectApart(drawn);
  }

  /**
   * As a chart opens: every card at a readable size (the console's READABLE_ZOOM, 0.8, of a
   * 210 px card), the top of the chart and its head (the topmost person) in view, and apart.
   */
  function expectReadable(drawn: Awaited<ReturnType<typeof drawing>>) {
    const cards = drawn.boxes.filter((b) => b.kind === 'contact');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.w).toBeGreaterThanOrEqual(0.8 * 210 - 1);
    expect(Math.min(...drawn.boxes.map((b) => b.y))).toBeGreaterThanOrEqual(drawn.pane.y - 1);
    const head = cards.reduce((top, card) => (card.y < top.y ? card : top));
    expect(inside(head, drawn.pane)).toBe(true);
    expectApart(drawn);
  }

  /** No card over another or over a closed department, boxes nested. */
  function expectApart({ boxes }: Awaited<ReturnType<typeof drawing>>) {
    expect(boxes.length).toBeGreaterThan(0);
    const solid = boxes.filter((b) => b.kind === 'contact' || !b.open);
    for (let i = 0; i < solid.length; i++)
      for (let j = i + 1; j < solid.length; j++)
        if (overlap(solid[i]!, solid[j]!))
          throw new Error(`${solid[i]!.id} overlaps ${solid[j]!.id}`);
    const units = boxes.filter((b) => b.kind === 'unit');
    for (let i = 0; i < units.length; i++)
      for (let j = i + 1; j < units.length; j++) {
        const [a, b] = [units[i]!, units[j]!];
        if (overlap(a, b) && !inside(a, b) && !inside(b, a))
          throw new Error(`${a.id} and ${b.id} overlap without nesting`);
      }
  }

  const orgChart = async (accountId: string) => {
    const token = await app.login(SALES);
    return (
      await app.must<{
        orgChart: {
          influences: {
            id: string;
            fromContactId: string;
            toContactId: string;
            strength: number;
            note: string | null;
          }[];
        };
      }>(
        `query($a: ID!) { orgChart(accountId: $a) { influences { id fromContactId toContactId strength note } } }`,
        { a: accountId },
        token,
      )
    ).orgChart;
  };

  /** The people a chart shows: each drawn card, and the headcount of each closed department. */
  const peopleAccountedFor = async (page: Page, drawn: Awaited<ReturnType<typeof drawing>>) => {
    const closed = await page
      .locator('.react-flow__node-unit button[aria-expanded="false"]')
      .evaluateAll((buttons) =>
        buttons.map((b) =>
          Number(/· (\d+) (?:people|person)/.exec(b.getAttribute('aria-label') ?? '')?.[1]),
        ),
      );
    return (
      drawn.boxes.filter((b) => b.kind === 'contact').length + closed.reduce((a, b) => a + b, 0)
    );
  };

  it('opens 8, 74 and 600 people readable and in view, as deep as that allows, nothing overlapping', async () => {
    await harness.scenario('org-chart-sizes', WIDE, async (page) => {
      await harness.openAs(page, SALES);
      for (const total of [8, 74]) {
        await openChart(page, accounts[total]!);
        const drawn = await drawing(page);
        expectReadable(drawn);
        expectFittedAndApart(drawn);
        // Everyone is there, drawn or counted in a closed department, the top one at the top.
        expect(await peopleAccountedFor(page, drawn)).toBe(total);
        const gm = await contactId(`P${total}-1`);
        const gmBox = drawn.boxes.find((b) => b.id === gm)!;
        expect(gmBox.y).toBeLessThan(
          Math.min(
            ...drawn.boxes.filter((b) => b.kind === 'contact' && b.id !== gm).map((b) => b.y),
          ),
        );
        await page.screenshot({ path: path.join(SHOTS, `org-chart-${total}-en-1440.png`) });
      }
      // 8 people read whole on a wide screen; 74 whole would draw names at 4 px, so their
      // deeper departments open closed.
      await openChart(page, accounts[8]!);
      expect(await page.locator('.react-flow__node-contact').count()).toBe(8);
      await openChart(page, accounts[74]!);
      expect(await page.locator('.react-flow__node-contact').count()).toBeLessThan(74);
      expect(
        await page.locator('.react-flow__node-unit button[aria-expanded="false"]').count(),
      ).toBeGreaterThan(0);
      // 600 people open two levels deep: the general manager, the three heads below, and
      // nine closed departments with their headcounts.
      await openChart(page, accounts[600]!);
      const drawn = await drawing(page);
      expectReadable(drawn);
      expectFittedAndApart(drawn);
      expect(drawn.boxes.filter((b) => b.kind === 'contact')).toHaveLength(4);
      expect(drawn.boxes.filter((b) => b.kind === 'unit' && !b.open)).toHaveLength(9);
      await page
        .getByRole('button', { name: `部门 D600-5 · ${shape(600).headcount(5)} people` })
        .waitFor();
      // The minimap draws the nodes, in their colours.
      const minimapNodes = page.locator('.react-flow__minimap-node');
      expect(await minimapNodes.count()).toBe(drawn.boxes.length);
      await page.screenshot({ path: path.join(SHOTS, 'org-chart-600-en-1440.png') });

      // Another customer opens fitted anew, not where the last one was left.
      await page.mouse.move(700, 500);
      await page.mouse.wheel(0, -800);
      await settle(page);
      await openChart(page, accounts[8]!);
      expectFittedAndApart(await drawing(page));
    });
  });

  it('closes and opens a department, and search brings a person into view from a closed one', async () => {
    await harness.scenario('org-chart-fold-search', WIDE, async (page) => {
      await harness.openAs(page, SALES);
      await openChart(page, accounts[74]!);
      await page.getByRole('button', { name: 'Open all' }).click();
      await page.waitForFunction(
        () => document.querySelectorAll('.react-flow__node-contact').length === 74,
      );
      const people = shape(74).headcount(2);
      const header = page.getByRole('button', { name: `部门 D74-2 · ${people} people` });
      await header.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('.react-flow__node-contact').length === n,
        74 - people,
      );
      expect(await header.getAttribute('aria-expanded')).toBe('false');
      await header.click();
      await page.waitForFunction(
        () => document.querySelectorAll('.react-flow__node-contact').length === 74,
      );

      await openChart(page, accounts[600]!);
      const deep = await contactId('P600-577');
      expect(await page.locator(`.react-flow__node[data-id="${deep}"]`).count()).toBe(0);
      await page.getByTestId('org-chart-search').fill('P600-577');
      await page.getByRole('option', { name: /P600-577/ }).click();
      const card = page.locator(`.react-flow__node[data-id="${deep}"]`);
      await card.waitFor();
      await settle(page);
      expect(await card.locator('[data-highlighted="true"]').count()).toBe(1);
      const { pane, boxes } = await drawing(page);
      const focused = boxes.find((b) => b.id === deep)!;
      expect(inside(focused, pane)).toBe(true);
      // Centred: its middle within a card's width of the pane's.
      expect(Math.abs(focused.x + focused.w / 2 - (pane.x + pane.w / 2))).toBeLessThan(focused.w);
      await page.screenshot({ path: path.join(SHOTS, 'org-chart-600-search-en-1440.png') });
      // And back to the whole chart, the person's departments now open.
      await page.getByRole('button', { name: 'Show the whole chart' }).click();
      await settle(page);
      expectFittedAndApart(await drawing(page));
    });
  });

  it('draws an influence edge between two people and removes it, in the data too', async () => {
    const [from, to] = [await contactId('P74-9'), await contactId('P74-12')];
    await harness.scenario('org-chart-influence', WIDE, async (page) => {
      await harness.openAs(page, SALES);
      await openChart(page, accounts[74]!);
      await page.getByRole('button', { name: 'Open all' }).click();
      await settle(page);
      await page.getByRole('button', { name: 'Draw influence' }).click();
      await page.getByTestId('drawing-hint').waitFor();
      await page.locator(`.react-flow__node[data-id="${from}"]`).click();
      await page.getByText('Now click the person P74-9 sways.').waitFor();
      await page.locator(`.react-flow__node[data-id="${to}"]`).click();
      const dialog = page.getByTestId('add-influence-dialog');
      await dialog.getByText('P74-9 sways P74-12').waitFor();
      await dialog.getByRole('combobox').click();
      await page.getByRole('option', { name: /strong/ }).click();
      await dialog.getByLabel('Note').fill('同乡 From the same town');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Influence recorded').waitFor({ timeout: 10_000 });

      const drawn = (await orgChart(accounts[74]!)).influences;
      expect(drawn).toEqual([
        expect.objectContaining({
          fromContactId: from,
          toContactId: to,
          strength: 3,
          note: '同乡 From the same town',
        }),
      ]);
      const edge = page.locator(`.react-flow__edge[data-id="influence:${drawn[0]!.id}"]`);
      await edge.waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'org-chart-74-influence-en-1440.png') });

      await page.getByRole('button', { name: 'Draw influence' }).click();
      // The edge's label may lie under a card: a click event on the edge is what a user's is.
      await edge.dispatchEvent('click');
      const shown = page.getByTestId('influence-dialog');
      await shown.getByText('P74-9 sways P74-12').waitFor();
      await shown.getByRole('button', { name: 'Remove' }).click();
      await page.getByText('Influence removed').waitFor({ timeout: 10_000 });
      await edge.waitFor({ state: 'detached' });
      expect((await orgChart(accounts[74]!)).influences).toEqual([]);
    });
  });

  it('downloads the open chart as PNG and SVG', async () => {
    await harness.scenario('org-chart-export', WIDE, async (page) => {
      await harness.openAs(page, SALES);
      await openChart(page, accounts[74]!);
      await page.getByRole('button', { name: 'Open all' }).click();
      await settle(page);
      for (const [format, magic] of [
        ['PNG', '\x89PNG'],
        ['SVG', '<svg'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 60_000 }),
          page.getByRole('button', { name: format, exact: true }).click(),
        ]);
        expect(download.suggestedFilename()).toBe(
          `客户 74 Customer of 74 org-chart.${format.toLowerCase()}`,
        );
        const file = path.join(SHOTS, `org-chart-74-export.${format.toLowerCase()}`);
        await download.saveAs(file);
        const bytes = fs.readFileSync(file);
        expect(bytes.length).toBeGreaterThan(10_000);
        expect(bytes.subarray(0, 200).toString('latin1')).toContain(magic);
      }
    });
  });

  it('reads in Chinese and in English at 1440 and 390 px', async () => {
    for (const [label, viewport] of [
      ['1440', WIDE],
      ['390', PHONE],
    ] as const) {
      for (const language of ['zh', 'en'] as const) {
        await harness.scenario(`org-chart-${language}-${label}`, WIDE, async (page) => {
          // Signing in waits for the side menu, which a phone folds away.
          await harness.signIn(page, SALES);
          if (language === 'zh') {
            // The language menu names the language only on a wide screen.
            await page.getByRole('button', { name: /English/i }).click();
            await page.getByRole('menuitem', { name: '中文' }).click();
          }
          await page.setViewportSize(viewport);
          for (const total of [8, 74, 600]) {
            await openChart(page, accounts[total]!);
            await page
              .getByText(language === 'zh' ? '查找联系人' : 'Find a person')
              .first()
              .waitFor();
            expectReadable(await drawing(page));
            expect(
              await page.evaluate(
                () => document.documentElement.scrollWidth <= window.innerWidth + 1,
              ),
            ).toBe(true);
            await page.screenshot({
              path: path.join(SHOTS, `org-chart-${total}-${language}-${label}.png`),
            });
          }
        });
      }
    }
    // Twelve charts in four browsers: ~30 s alone, and CI runs it beside other browser tests.
  }, 150_000);
});
