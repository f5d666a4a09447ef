import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findConsoleDir } from '../../src/http/console-static';
import { startTestApp, type TestApp } from './test-app';

/**
 * Debian's chromium (installed by .ci/run); never a downloaded browser. Its headless shell
 * when installed: the same engine without the full browser around it, about a fifth less
 * time and CPU for the same pages (measured on sign-in and four lists).
 */
const CHROMIUM =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((file) => fs.existsSync(file)) ??
  '/usr/bin/chromium';
export const SHOTS = path.join(__dirname, '..', '..', 'test-results');

export interface BrowserApp {
  app: TestApp;
  browser: Browser;
  url: string;
  /**
   * Signs in through the login form and waits for the signed-in frame: the app bar (the menu
   * may be folded away on a phone, or its section closed).
   */
  signIn(page: Page, email: string): Promise<void>;
  /**
   * Opens `hashPath` (e.g. `/tasks/create`) already signed in as `email`: the session the
   * login form would have stored is put in the tab's sessionStorage first, so neither the
   * form nor the desk renders. For scenarios about a page, not about signing in (those use
   * `signIn`); it halves the browser time of a scenario on two shared cores. Without a path
   * the tab is left on a blank page of the API, signed in, for the scenario to go on from.
   */
  openAs(page: Page, email: string, hashPath?: string, locale?: 'en' | 'zh'): Promise<void>;
  /**
   * A fresh page for one scenario. When the scenario throws, the page's screenshot and its
   * browser console (messages, page errors, failed requests) are saved under
   * test-results/failures/ before the error goes on; page errors fail the scenario too.
   */
  scenario(
    name: string,
    viewport: { width: number; height: number },
    run: (page: Page) => Promise<void>,
  ): Promise<void>;
  close(): Promise<void>;
}

/** The API serving the built console on a real port, and a headless Chromium to drive it. */
export async function startBrowserApp(options: Parameters<typeof startTestApp>[0] = {}) {
  if (!findConsoleDir()) {
    throw new Error(
      'console is not built: run `pnpm build` (turbo builds it before the API tests)',
    );
  }
  const app = await startTestApp({ ...options, serveConsole: true });
  const port = await app.server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Every page prefers reduced motion unless it says otherwise, as a user may: the console
  // then draws no transitions (theme.ts), so a scenario waits on its data, not on a quarter of
  // a second of animation per dialog, menu and select. date-inputs.e2e keeps the motion.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (contextOptions) =>
    newContext({ reducedMotion: 'reduce', ...contextOptions });
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (pageOptions) => newPage({ reducedMotion: 'reduce', ...pageOptions });
  fs.mkdirSync(SHOTS, { recursive: true });
  const harness: BrowserApp = {
    app,
    browser,
    url,
    async signIn(page, email) {
      await page.goto(`${url}/#/login`);
      await page.locator('input[name="username"]').fill(email);
      await page.locator('input[name="password"]').fill('trident-demo');
      await page.locator('button[type="submit"]').click();
      await page.waitForURL((address) => !address.hash.startsWith('#/login'), {
        timeout: 20_000,
      });
      await page.locator('header.MuiAppBar-root').first().waitFor({ timeout: 20_000 });
    },
    async openAs(page, email, hashPath, locale) {
      const res = await app.gql<{
        login: { token: string; user: Record<string, unknown> };
      }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id name email roles } } }',
        { e: email, p: 'trident-demo' },
      );
      if (!res.data) throw new Error(`cannot sign in as ${email}: ${JSON.stringify(res.errors)}`);
      const { token, user } = res.data.login;
      // sessionStorage belongs to the tab and the origin: any small page of the API gives both.
      await page.goto(`${url}/healthz`);
      await page.evaluate(
        ([t, u, l]) => {
          sessionStorage.setItem('trident.token', t);
          sessionStorage.setItem('trident.user', u);
          // The language menu's choice, as react-admin's store keeps it.
          if (l) localStorage.setItem('RaStore.locale', JSON.stringify(l));
        },
        [token, JSON.stringify({ ...user, __typename: 'User' }), locale] as const,
      );
      if (hashPath === undefined) return;
      await page.goto(`${url}/#${hashPath}`);
      await page.locator('header.MuiAppBar-root').first().waitFor({ timeout: 20_000 });
    },
    async scenario(name, viewport, run) {
      const page = await browser.newPage({ viewport, locale: 'en-US' });
      const log: string[] = [];
      const pageErrors: string[] = [];
      page.on('console', (message) => log.push(`[${message.type()}] ${message.text()}`));
      page.on('pageerror', (error) => {
        pageErrors.push(error.message);
        log.push(`[pageerror] ${error.stack ?? error.message}`);
      });
      page.on('requestfailed', (request) =>
        log.push(`[requestfailed] ${request.url()} ${request.failure()?.errorText ?? ''}`),
      );
      try {
        await run(page);
        if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`);
      } catch (error) {
        const dir = path.join(SHOTS, 'failures');
        fs.mkdirSync(dir, { recursive: true });
        await page
          .screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
          .catch(() => {});
        fs.writeFileSync(
          path.join(dir, `${name}.console.log`),
          `${page.url()}\n${String((error as Error).stack ?? error)}\n\n${log.join('\n')}\n`,
        );
        throw error;
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
      await app.close();
    },
  };
  return harness;
}
