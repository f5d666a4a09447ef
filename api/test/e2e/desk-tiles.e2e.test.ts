import { ROLES } from '@trident/domain';
import type { Page } from 'playwright-core';
import { DEMO_USERS } from '../../src/demo/demo-data';
import { startBrowserApp, type BrowserApp } from '../support/browser-app';

const DESKTOP = { width: 1440, height: 900 };

/** The desk widgets of the home page: each role's desk and the account manager's day. */
const DESKS = '[data-testid$="-desk"], [data-testid="needs-me-widget"]';

interface Tile {
  testId: string;
  value: number;
}

/**
 * Every number on every role's desk opens a list holding exactly the rows it counted. The
 * tiles are read from the desks as the console renders them, so a tile added to a desk is
 * checked here without being named.
 */
describe('desk numbers open the lists they count', () => {
  let harness: BrowserApp;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
  });
  afterAll(() => harness?.close());

  /** The home page, once every desk widget has its numbers (no spinner left). */
  const home = async (page: Page) => {
    await page.goto(`${harness.url}/#/`);
    await page.locator(DESKS).first().waitFor({ timeout: 20_000 });
    await page.waitForFunction(
      (selector) =>
        [...document.querySelectorAll(selector)].every(
          (desk) => !desk.querySelector('[role="progressbar"]'),
        ),
      DESKS,
      { timeout: 20_000 },
    );
  };

  const tilesOf = (page: Page): Promise<Tile[]> =>
    page.$$eval('[data-tile]', (tiles) =>
      tiles.map((tile) => ({
        testId: tile.getAttribute('data-testid') ?? '',
        value: Number(tile.querySelector('[data-value]')?.textContent),
      })),
    );

  /**
   * The total of the list on screen: react-admin's pager ("1-25 of 57"), the rows of a list
   * without a pager, or 0 when it says it found nothing (its words, or an empty list's).
   */
  const listTotal = async (page: Page): Promise<number> => {
    const pager = page.locator('.MuiTablePagination-displayedRows');
    const rows = page.locator('.RaDatagrid-tbody > tr');
    const nothing = page
      .getByText(/^(Nothing found|Nothing matches the current filters)/)
      .or(page.locator('.RaList-noResults, .RaEmpty-message, [data-testid="list-empty"]'));
    await pager.or(rows).or(nothing).first().waitFor({ timeout: 20_000 });
    // react-admin's spinner in the app bar turns while a read is under way.
    await page.waitForFunction(
      () => !document.querySelector('.RaLoadingIndicator-loader'),
      undefined,
      {
        timeout: 20_000,
      },
    );
    if (await pager.count()) {
      const text = (await pager.first().textContent()) ?? '';
      const total = /of (\d+)/.exec(text);
      if (!total) throw new Error(`unreadable pager: ${text}`);
      return Number(total[1]);
    }
    if (await nothing.count()) return 0;
    return rows.count();
  };

  // BI reads through tokens: it has no desk to check.
  const people = ROLES.filter((role) => role !== 'BI').map((role) => {
    const user = DEMO_USERS.find((u) => u.roles.includes(role));
    if (!user) throw new Error(`no demo user with role ${role}`);
    return [role, user.email] as const;
  });

  it.each(people)(
    '%s: every desk number equals the total of the list it opens',
    async (role, email) => {
      await harness.scenario(`desk-tiles-${role.toLowerCase()}`, DESKTOP, async (page) => {
        await harness.signIn(page, email);
        await home(page);
        const tiles = await tilesOf(page);
        expect(tiles.length).toBeGreaterThan(0);
        const opened: Record<string, number> = {};
        const counted: Record<string, number> = {};
        for (const [i, tile] of tiles.entries()) {
          counted[tile.testId] = tile.value;
          if (i > 0) await home(page);
          await page.getByTestId(tile.testId).click();
          await page.waitForURL((url) => url.hash !== '#/', { timeout: 10_000 });
          opened[tile.testId] = await listTotal(page);
        }
        // One comparison for the whole desk, so a failure names every tile that drifted.
        expect(opened).toEqual(counted);
      });
    },
  );
});
