import path from 'node:path';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/db/data-source';
import {
  startDeliveryWorker,
  type DeliveryWorker,
} from '../../src/modules/delivery/delivery-worker';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import { TEST_JWT_SECRET } from '../support/test-app';

/**
 * Issue 22 in the console: a person chooses where their notifications go, and in
 * development (the outbox transport) sees the message on the Outbox page; ADMIN sees it in
 * the delivery log.
 */
describe('notification preferences and the outbox in a real browser', () => {
  let harness: BrowserApp;
  let pool: DataSource;
  let worker: DeliveryWorker;

  beforeAll(async () => {
    harness = await startBrowserApp();
    const url = (harness.app.db.options as { url: string }).url;
    await harness.app.db.query('UPDATE notification SET dispatched_at = now()');
    pool = createDataSource({ url, poolSize: 2 });
    await pool.initialize();
    worker = await startDeliveryWorker({
      databaseUrl: url,
      db: pool,
      log: pino({ level: 'silent' }),
      cron: null,
      config: {
        NODE_ENV: 'test',
        JWT_SECRET: TEST_JWT_SECRET,
        DELIVERY_MODE: 'outbox',
        SMTP_URL: undefined,
        SMTP_FROM: 'Trident <trident@test.example>',
        ROBOT_EXTRA_HOSTS: [],
        PUBLIC_URL: harness.url,
        DELIVERY_RETRY_SECONDS: 1,
        DELIVERY_MAX_ATTEMPTS: 3,
      },
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await pool?.destroy();
    await harness?.close();
  });

  it('saves my choice of channels, then shows what the outbox wrote for me and logs it for ADMIN', async () => {
    const { app, url } = harness;
    await harness.scenario('delivery-preferences', { width: 1280, height: 900 }, async (page) => {
      await harness.openAs(page, 'finance@trident.demo', `/my-notifications`);
      await page.locator('[data-testid="my-notifications"]').waitFor({ timeout: 20_000 });
      await page.getByText('These are the defaults').waitFor();
      await page.getByLabel('TASK EMAIL').check();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('Notification settings saved').waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(SHOTS, 'delivery-preferences.png') });
    });
    const [saved] = await app.db.query(
      `SELECT topics FROM delivery_preference p JOIN "user" u ON u.id = p.user_id
        WHERE u.email = 'finance@trident.demo'`,
    );
    expect(saved.topics.TASK).toEqual(['EMAIL']);
    expect(saved.topics.PAYMENT_OVERDUE).toEqual(['EMAIL']);

    await app.db.query(
      `INSERT INTO notification (user_id, kind, title, body, entity, entity_id)
       SELECT id, 'TASK', '核对回款凭证 Check the payment evidence', '请在周五前完成', 'Task', gen_random_uuid()
         FROM "user" WHERE email = 'finance@trident.demo'`,
    );
    await worker.tick();
    await harness.scenario('delivery-outbox', { width: 1280, height: 900 }, async (page) => {
      await harness.openAs(page, 'finance@trident.demo', `/outbox`);
      const row = page.getByText('[Trident] 任务 · 核对回款凭证 Check the payment evidence');
      await row.waitFor({ timeout: 20_000 });
      await row.click();
      await page.getByText('请在周五前完成').waitFor({ timeout: 10_000 });
      await page.screenshot({ path: path.join(SHOTS, 'delivery-outbox.png') });
    });
    await harness.scenario('delivery-log', { width: 1400, height: 900 }, async (page) => {
      await harness.openAs(page, 'admin@trident.demo', `/deliveries`);
      await page
        .getByText('核对回款凭证 Check the payment evidence')
        .first()
        .waitFor({ timeout: 20_000 });
      await page.getByText('Sent', { exact: true }).first().waitFor();
      await page.goto(`${url}/#/deliveryRobots`);
      await page.locator('[data-testid="delivery-settings"]').waitFor({ timeout: 20_000 });
      await page.getByText(/^Outbox: written to the log/).waitFor();
      // No robot yet: the list says what robots are for, and offers to add one.
      const none = page.getByTestId('list-empty');
      await none.getByText('No robots yet', { exact: true }).waitFor();
      await none.getByText(/Chat robots \(WeCom, DingTalk, Feishu\)/).waitFor();
      await none.getByRole('link', { name: 'Create' }).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'delivery-channels.png') });
    });
  }, 120_000);
});
