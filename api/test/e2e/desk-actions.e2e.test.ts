import path from 'node:path';
import type { Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const LOCALES = ['en', 'zh'] as const;
type Locale = (typeof LOCALES)[number];

/** The same words in the console's two languages. */
const say = (locale: Locale, en: string, zh: string) => (locale === 'en' ? en : zh);

/**
 * Issue 18 in a real browser: escalations acted on from the console, charts that open what
 * they draw, the board at 1440 px, the access page, the top bar's search, the menu in
 * sections and the sales desk on a phone — in English and Chinese, with screenshots.
 */
describe('desk actions, search and small screens in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;

  beforeAll(async () => {
    harness = await startBrowserApp({ demoMaps: true });
    ({ app, url } = harness);
  });
  afterAll(() => harness?.close());

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

  /** Signs in with the console in `locale` (react-admin keeps the language in its store). */
  const signIn = async (page: Page, email: string, locale: Locale) => {
    await page.addInitScript(
      (l) => localStorage.setItem('RaStore.locale', JSON.stringify(l)),
      locale,
    );
    await harness.signIn(page, email);
  };

  /**
   * The page is no wider than the window: nothing to scroll sideways — once the layout has
   * followed a viewport change (a table moving into its scroll box takes a frame or two under
   * load); an overflow that lasts 5 s fails.
   */
  const fitsWidth = (page: Page) =>
    page
      .waitForFunction(
        () => document.documentElement.scrollWidth <= window.innerWidth + 1,
        undefined,
        { timeout: 5_000 },
      )
      .then(() => true)
      .catch(() => false);

  /** Waits until react-admin has no read under way. */
  const settled = (page: Page) =>
    page.waitForFunction(() => !document.querySelector('.RaLoadingIndicator-loader'), undefined, {
      timeout: 20_000,
    });

  /**
   * The desk has its numbers and nothing is loading: the console switches to the stored
   * language while it starts, which would clear a box typed into before.
   */
  const deskLoaded = async (page: Page) => {
    await page.locator('[data-tile]').first().waitFor({ timeout: 20_000 });
    await settled(page);
  };

  const userId = async (email: string): Promise<string> =>
    (await app.db.query('SELECT id FROM "user" WHERE email = $1', [email]))[0].id;

  describe('escalations (5a)', () => {
    /** An open escalation that reached `email`, its rule closable by hand. */
    const escalationOf = async (email: string, manual: boolean) => {
      const [row] = await app.db.query(
        `SELECT e.id, e.rule_id, e.object_type, e.summary FROM escalation e
          WHERE e.status = 'OPEN' AND e.acknowledged_at IS NULL AND e.target_user_id = $1
            AND e.object_type IN ('TASK', 'MILESTONE', 'RUN_STEP')
          ORDER BY e.created_at DESC LIMIT 1`,
        [await userId(email)],
      );
      expect(row).toBeDefined();
      await app.db.query('UPDATE escalation_rule SET manual_resolve = $2 WHERE id = $1', [
        row.rule_id,
        manual,
      ]);
      return row as { id: string; rule_id: string; object_type: string; summary: string };
    };

    it.each(LOCALES)(
      '%s: the holder opens the record, takes it in hand and resolves it with a note',
      async (locale) => {
        const email = 'sales@trident.demo';
        const escalation = await escalationOf(email, true);
        await harness.scenario(`escalation-act-${locale}`, WIDE, async (page) => {
          await harness.openAs(
            page,
            email,
            `/escalations?filter=${encodeURIComponent('{"mine":true}')}`,
            locale,
          );
          await settled(page);
          // Every row opens what it is about; the holder has no reassign button.
          await page.getByTestId('escalation-open-record').first().waitFor({ timeout: 20_000 });
          expect(await page.getByTestId('escalation-reassign').count()).toBe(0);
          await shot(page, `escalations-list-${locale}-1440`);
          await page.setViewportSize(PHONE);
          await settled(page);
          expect(await fitsWidth(page)).toBe(true);
          await shot(page, `escalations-list-${locale}-390`);
          await page.setViewportSize(WIDE);

          await page.goto(`${url}/#/escalations/${escalation.id}/show`);
          await page.getByText(escalation.summary).first().waitFor({ timeout: 20_000 });
          const open = page.getByTestId('escalation-open-record');
          const href = await open.getAttribute('href');
          expect(href).toMatch(
            escalation.object_type === 'TASK'
              ? /#\/tasks\/[0-9a-f-]+\/show$/
              : escalation.object_type === 'MILESTONE'
                ? /#\/contracts\/[0-9a-f-]+\/show$/
                : /#\/processRuns\/[0-9a-f-]+\/show$/,
          );

          await page.getByTestId('escalation-acknowledge').click();
          await page
            .getByText(say(locale, 'You have it in hand', '已接手'))
            .first()
            .waitFor({ timeout: 10_000 });
          await page.getByTestId('escalation-acknowledged').getByText(/王伟/).waitFor();

          await page.getByTestId('escalation-resolve').click();
          const confirm = page.getByTestId('escalation-dialog-confirm');
          expect(await confirm.isDisabled()).toBe(true);
          await page
            .getByTestId('escalation-note')
            .fill('已与客户确认 Confirmed with the customer');
          await shot(page, `escalation-resolve-${locale}-1440`);
          await confirm.click();
          await page.getByTestId('escalation-resolved').waitFor({ timeout: 10_000 });
          const [stored] = await app.db.query(
            'SELECT status, resolution_note, acknowledged_by_id FROM escalation WHERE id = $1',
            [escalation.id],
          );
          expect(stored).toMatchObject({
            status: 'RESOLVED',
            resolution_note: '已与客户确认 Confirmed with the customer',
            acknowledged_by_id: await userId(email),
          });
          await shot(page, `escalation-show-${locale}-1440`);

          // The record it was about opens in one click.
          await page.getByTestId('escalation-open-record').click();
          await page.waitForURL(/#\/(tasks|contracts|processRuns)\/[0-9a-f-]+\/show$/);
        });
      },
    );

    it.each(LOCALES)(
      '%s: a refusal reads in the user’s language, and a rule that closes by itself offers no resolve',
      async (locale) => {
        const email = 'sales@trident.demo';
        const manual = await escalationOf(email, true);
        await harness.scenario(`escalation-refused-${locale}`, WIDE, async (page) => {
          await harness.openAs(page, email, `/escalations/${manual.id}/show`, locale);
          await page.getByTestId('escalation-resolve').waitFor({ timeout: 20_000 });
          // Someone else closes it meanwhile.
          await app.db.query(
            `UPDATE escalation SET status = 'RESOLVED', resolved_at = now(), version = version + 1 WHERE id = $1`,
            [manual.id],
          );
          await page.getByTestId('escalation-resolve').click();
          await page.getByTestId('escalation-note').fill('too late');
          await page.getByTestId('escalation-dialog-confirm').click();
          await page
            .getByText(
              say(locale, 'This escalation has already been resolved.', '该升级事项已经解决。'),
            )
            .first()
            .waitFor({ timeout: 10_000 });
          expect(await page.getByText('This escalation is already resolved').count()).toBe(0);
          await shot(page, `escalation-refused-${locale}-1440`);
        });
        const automatic = await escalationOf(email, false);
        await harness.scenario(`escalation-auto-${locale}`, WIDE, async (page) => {
          await harness.openAs(page, email, `/escalations/${automatic.id}/show`, locale);
          await page.getByTestId('escalation-acknowledge').waitFor({ timeout: 20_000 });
          expect(await page.getByTestId('escalation-resolve').count()).toBe(0);
        });
      },
    );

    it('MANAGER hands an escalation to someone in their line, on a phone', async () => {
      const email = 'manager@trident.demo';
      const [row] = await app.db.query(
        `SELECT e.id, e.target_user_id FROM escalation e JOIN "user" u ON u.id = e.target_user_id
          WHERE e.status = 'OPEN' AND u.email = 'tech@trident.demo' LIMIT 1`,
      );
      expect(row).toBeDefined();
      await harness.scenario('escalation-reassign', PHONE, async (page) => {
        await harness.openAs(page, email, `/escalations/${row.id}/show`, 'zh');
        await page.getByTestId('escalation-reassign').click();
        await page.getByTestId('escalation-person').getByRole('combobox').fill('刘洋');
        await page.getByRole('option', { name: /刘洋/ }).click();
        await shot(page, 'escalation-reassign-zh-390');
        await page.getByTestId('escalation-dialog-confirm').click();
        await page.getByText('已转交，并已通知对方').first().waitFor({ timeout: 10_000 });
        const [stored] = await app.db.query('SELECT target_user_id FROM escalation WHERE id = $1', [
          row.id,
        ]);
        expect(stored.target_user_id).toBe(await userId('delivery@trident.demo'));
        expect(await fitsWidth(page)).toBe(true);
      });
    });
  });

  describe('charts open what they draw (5c)', () => {
    it('FINANCE: an aging bucket opens the milestones in it', async () => {
      const token = await app.login('finance@trident.demo');
      const { paymentMilestones } = await app.must<{
        paymentMilestones: { totalCount: number };
      }>(
        '{ paymentMilestones(filter: { aging: DAYS_0_TO_30 }, first: 1) { totalCount } }',
        {},
        token,
      );
      await harness.scenario('chart-aging', WIDE, async (page) => {
        await harness.openAs(page, 'finance@trident.demo', `/`, 'en');
        await page.getByTestId('aging-bucket-DAYS_0_TO_30').click();
        await page.waitForURL(/#\/paymentMilestones\?filter=/);
        await settled(page);
        const pager = page.locator('.MuiTablePagination-displayedRows');
        if (paymentMilestones.totalCount > 0) {
          await pager.waitFor({ timeout: 20_000 });
          expect(await pager.textContent()).toMatch(
            new RegExp(`of ${paymentMilestones.totalCount}$`),
          );
        }
        await shot(page, 'chart-aging-milestones-en-1440');

        // A bar of the chart opens that account's milestones of the bucket.
        await page.goto(`${url}/#/`);
        const bar = page
          .locator('[data-testid="aging-widget"] .recharts-bar-rectangle path')
          .first();
        await bar.waitFor({ timeout: 20_000 });
        await bar.click();
        await page.waitForURL(/#\/paymentMilestones\?filter=.*accountId/);
      });
    });

    it('MANAGER: a funnel stage opens the deals now in it; a matrix dot opens its account', async () => {
      await harness.scenario('chart-funnel', WIDE, async (page) => {
        await harness.openAs(page, 'manager@trident.demo', `/`, 'en');
        const row = page
          .locator('[data-testid^="funnel-now-"]')
          .filter({ hasNotText: /^0$/ })
          .first();
        await row.waitFor({ timeout: 20_000 });
        const code = (await row.getAttribute('data-testid'))!.replace('funnel-now-', '');
        const now = Number(await row.textContent());
        await page.getByTestId(`funnel-stage-${code}`).click();
        await page.waitForURL(/#\/opportunities\?filter=/);
        await settled(page);
        const pager = page.locator('.MuiTablePagination-displayedRows');
        await pager.waitFor({ timeout: 20_000 });
        expect(await pager.textContent()).toMatch(new RegExp(`of ${now}$`));
        await shot(page, 'chart-funnel-deals-en-1440');

        await page.goto(`${url}/#/`);
        const dot = page.locator('[data-testid="matrix-chart"] .recharts-scatter-symbol').first();
        await dot.waitFor({ timeout: 20_000 });
        await dot.click();
        await page.waitForURL(/#\/accounts\/[0-9a-f-]+\/show$/);
      });
    });
  });

  it('the pipeline board shows every column at 1440 px, the last one fully (5d)', async () => {
    for (const locale of LOCALES) {
      await harness.scenario(`board-${locale}`, WIDE, async (page) => {
        await harness.openAs(page, 'sales@trident.demo', `/opportunities/board`, locale);
        const board = page.getByTestId('opportunity-board');
        await board.locator('[data-testid="board-column"]').first().waitFor({ timeout: 20_000 });
        // Scrolled as far right as it goes, the last column lies inside the board and window.
        await board.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
        const fit = await board.evaluate((el) => {
          const box = el.getBoundingClientRect();
          const columns = [...el.querySelectorAll('[data-testid="board-column"]')].map((c) =>
            c.getBoundingClientRect(),
          );
          const last = columns[columns.length - 1]!;
          return {
            columns: columns.length,
            scrolls: el.scrollWidth > el.clientWidth + 1,
            lastInside: last.left >= box.left - 1 && last.right <= box.right + 1,
            inWindow: last.right <= window.innerWidth,
          };
        });
        expect(fit).toEqual({ columns: 6, scrolls: false, lastInside: true, inWindow: true });
        expect(await fitsWidth(page)).toBe(true);
        await shot(page, `board-${locale}-1440`);
      });
    }
  });

  it('a page the role may not use says so, with a way back (5e)', async () => {
    // Each language at one size: Chinese on a wide screen, English on a phone.
    for (const locale of LOCALES) {
      for (const [name, viewport] of [
        locale === 'zh' ? (['1440', WIDE] as const) : (['390', PHONE] as const),
      ]) {
        await harness.scenario(`access-${locale}-${name}`, viewport, async (page) => {
          await harness.openAs(page, 'sales@trident.demo', `/accounts`, locale);
          await settled(page);
          await page.goto(`${url}/#/handovers`);
          const denied = page.getByTestId('access-denied');
          await denied.waitFor({ timeout: 20_000 });
          await denied
            .getByText(say(locale, 'You do not have access to this page', '你无权访问此页面'))
            .waitFor();
          // The API was never asked: no raw refusal on screen.
          expect(await page.getByText(/Your role may not call/).count()).toBe(0);
          await shot(page, `access-denied-${locale}-${name}`);
          await denied.getByRole('button', { name: say(locale, 'Go back', '返回') }).click();
          await page.waitForURL(/#\/accounts$/);
          // An address that leads nowhere says so in the same way, with no stray full stop
          // (react-admin's own page wrote "网址有误，或链接已失效。.").
          await page.goto(`${url}/#/no-such-page`);
          const missing = page.getByTestId('not-found');
          await missing.getByText(say(locale, 'Page not found', '页面不存在')).waitFor();
          expect(await missing.innerText()).not.toMatch(/[。.]\s*\.|。\./);
          await missing
            .getByRole('link', { name: say(locale, 'To my desk', '回到工作台') })
            .click();
          await page.waitForURL(/#\/$/);
          // Another team's customer, by address, on the pages that read an account by id:
          // the same answer as for one that does not exist, in words and with a way back.
          const [{ id: foreign }] = await harness.app.db.query(
            `SELECT a.id FROM account a, "user" u
              WHERE u.email = 'sales@trident.demo' AND NOT trident_may_see_account(u.id, a.id)
              LIMIT 1`,
          );
          for (const address of ['war-room', 'org-chart', 'group']) {
            await page.goto(`${url}/#/accounts/${foreign}/${address}`);
            const none = page.getByTestId('record-not-found');
            await none.getByText(say(locale, 'Not found', '未找到'), { exact: true }).waitFor();
            await none
              .getByText(
                say(
                  locale,
                  'It does not exist, or it is not among the records your role and accounts let you see.',
                  '记录不存在，或不在你的角色和客户范围之内。',
                ),
              )
              .waitFor();
          }
        });
      }
    }
  });

  describe('search and menu in the top bar (6)', () => {
    it.each(LOCALES)(
      '%s: finds records by a part of their name and opens one by keyboard',
      async (locale) => {
        const [account] = await app.db.query(
          `SELECT a.id, a.name FROM account a JOIN account_team_member m ON m.account_id = a.id
           JOIN "user" u ON u.id = m.user_id AND u.email = 'sales@trident.demo'
          ORDER BY a.name LIMIT 1`,
        );
        const part = (account.name as string).slice(2, 6);
        await harness.scenario(`search-${locale}-1440`, WIDE, async (page) => {
          await signIn(page, 'sales@trident.demo', locale);
          await deskLoaded(page);
          const box = page.getByTestId('global-search');
          await box.fill(part);
          await page.getByTestId('search-hit').first().waitFor({ timeout: 10_000 });
          // Grouped by kind, customers first.
          await page
            .getByRole('listbox')
            .getByText(say(locale, 'Customers', '客户'), { exact: true })
            .first()
            .waitFor();
          await shot(page, `search-${locale}-1440`);
          // The list may re-render when a slower search answer lands (which resets the
          // highlight) or close when the page steals focus under load: until a deal or customer
          // opens, reopen the list if needed, move the highlight and press Enter.
          const focused = page.locator('[role="option"].Mui-focused');
          const opened = /#\/(accounts|contacts|opportunities|contracts)\/[0-9a-f-]+\/show$/;
          for (let attempt = 0; attempt < 8 && !opened.test(page.url()); attempt++) {
            // The app bar may be drawn anew while a loaded machine finishes the desk (the box then
            // starts empty, as after a reload): type the text again before looking for hits.
            if ((await box.inputValue()) !== part) await box.fill(part);
            if (!(await page.getByTestId('search-hit').count())) {
              await box.click();
              // The Enter of the last attempt may be opening the record right now (the list then
              // stays closed): look again at the address before failing.
              const reopened = await page
                .getByTestId('search-hit')
                .first()
                .waitFor({ timeout: 5_000 })
                .then(() => true)
                .catch(() => false);
              if (!reopened) continue;
            }
            if (!(await focused.count())) await box.press('ArrowDown');
            const highlighted = await focused
              .waitFor({ timeout: 2_000 })
              .then(() => true)
              .catch(() => false);
            if (!highlighted) continue;
            await box.press('Enter');
            await page.waitForURL(opened, { timeout: 3_000 }).catch(() => undefined);
          }
          await page.waitForURL(opened);

          await box.fill('zzzz-no-such-name');
          await page
            .getByText(
              say(locale, 'Nothing found for “zzzz-no-such-name”', '没有找到“zzzz-no-such-name”'),
            )
            .waitFor({ timeout: 10_000 });
        });
        await harness.scenario(`search-${locale}-390`, PHONE, async (page) => {
          await signIn(page, 'sales@trident.demo', locale);
          await deskLoaded(page);
          await page.getByTestId('global-search-button').click();
          await page.getByTestId('global-search').fill(part);
          await page.getByTestId('search-hit').first().waitFor({ timeout: 10_000 });
          await shot(page, `search-${locale}-390`);
          await page.getByTestId('search-hit').first().click();
          await page.waitForURL(
            /#\/(accounts|contacts|opportunities|contracts)\/[0-9a-f-]+\/show$/,
          );
          expect(await fitsWidth(page)).toBe(true);
        });
      },
      // Up to 8 keyboard attempts of ~10 s each under a loaded CI machine, on two screens.
      180_000,
    );

    it.each(LOCALES)(
      '%s: ADMIN’s menu is in sections, their own first and open',
      async (locale) => {
        await harness.scenario(`menu-admin-${locale}`, WIDE, async (page) => {
          await signIn(page, 'admin@trident.demo', locale);
          const sections = page.locator('[data-testid^="menu-section-"]');
          await sections.first().waitFor({ timeout: 20_000 });
          expect(await sections.first().getAttribute('data-testid')).toBe('menu-section-admin');
          expect(await sections.first().getAttribute('aria-expanded')).toBe('true');
          const links = page.locator('.RaMenu-open a[href^="#/"]');
          const shown = await links.count();
          expect(shown).toBeLessThan(20);
          await shot(page, `menu-admin-${locale}-1440`);
          // A folded section opens on a click, and stays so.
          await page.getByTestId('menu-section-customers').click();
          await page.locator('.RaMenu-open a[href="#/accounts"]').waitFor();
          expect(await links.count()).toBeGreaterThan(shown);
        });
      },
    );
  });

  describe('the sales desk on a phone (10)', () => {
    it.each(LOCALES)(
      '%s: tiles stack, nothing overflows, tables scroll with a hint',
      async (locale) => {
        await harness.scenario(`phone-${locale}`, PHONE, async (page) => {
          await harness.openAs(page, 'sales@trident.demo', `/`, locale);
          await page.getByTestId('count-blocked-steps').waitFor({ timeout: 20_000 });
          await settled(page);
          // The menu is folded away behind the app bar's button.
          expect(await page.locator('.RaMenu-open').count()).toBe(0);
          expect(await fitsWidth(page)).toBe(true);
          const tiles = await page
            .locator('[data-tile]')
            .evaluateAll((all) => all.map((t) => t.getBoundingClientRect().right));
          expect(Math.max(...tiles)).toBeLessThanOrEqual(PHONE.width);
          await shot(page, `desk-sales-${locale}-390`);

          await page.goto(`${url}/#/tasks`);
          const table = page.locator('.RaDatagrid-tableWrapper').first();
          await table.waitFor({ timeout: 20_000 });
          await settled(page);
          expect(await fitsWidth(page)).toBe(true);
          expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
          // Above the table, in the user's language: it scrolls sideways.
          const hint = await table.evaluate((el) => getComputedStyle(el, '::before').content);
          expect(hint).toContain(
            say(locale, 'Swipe sideways to see every column', '左右滑动查看全部列'),
          );
          await shot(page, `tasks-${locale}-390`);

          await page
            .getByRole('button', { name: /open menu|打开菜单|menu/i })
            .first()
            .click();
          await page.locator('.RaMenu-open').first().waitFor({ timeout: 5_000 });
          await shot(page, `menu-sales-${locale}-390`);
        });
      },
    );
  });
});
