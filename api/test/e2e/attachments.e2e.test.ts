import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { SHOTS, startBrowserApp, type BrowserApp } from '../support/browser-app';
import type { TestApp } from '../support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const MAX = 512 * 1024;
const WIDE = { width: 1440, height: 1000 };
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

/** The bytes of a download the page started, as saved by the browser. */
async function bytesOf(download: Download): Promise<Buffer> {
  const file = await download.path();
  return fs.readFileSync(file);
}

describe('attachments in a real browser', () => {
  let harness: BrowserApp;
  let app: TestApp;
  let url: string;
  let filesDir: string;
  let contractId: string;
  let taskId: string;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-e2e-files-'));
    harness = await startBrowserApp({ config: { FILES_DIR: filesDir, MAX_UPLOAD_BYTES: MAX } });
    ({ app, url } = harness);
    const sales = await app.login('sales@trident.demo');
    const tech = await app.login('tech@trident.demo');
    const [{ id: techId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'tech@trident.demo'`,
    );
    const [{ id: accountId }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    // A contract of sales@ in Shenzhen with its plan (tech@ sits on that team).
    const [{ id: deal }] = await app.db.query(
      `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
       SELECT $1, '验收资料 Evidence e2e', 800000, 'CNY', 800000, s.id, u.id, u.id, now()
         FROM funnel_stage s, "user" u WHERE s.code = 'WON' AND u.email = 'sales@trident.demo'
       RETURNING id`,
      [accountId],
    );
    const { createContract } = await app.must<{
      createContract: { id: string; version: number };
    }>(
      'mutation($o: ID!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: [] }) { id version } }',
      { o: deal },
      sales,
    );
    contractId = createContract.id;
    await app.must(
      `mutation($c: ID!, $v: Int!, $input: PaymentPlanInput!) {
         setPaymentPlan(contractId: $c, version: $v, input: $input) { id } }`,
      {
        c: contractId,
        v: createContract.version,
        input: {
          milestones: ['DOWN_PAYMENT', 'ON_DELIVERY', 'ON_ACCEPTANCE', 'WARRANTY_RETENTION'].map(
            (kind, i) => ({ kind, share: ['30', '40', '25', '5'][i], due: `2030-0${i + 2}-01` }),
          ),
        },
      },
      sales,
    );
    // A task sales@ asked of tech@, under way: tech@ hands in the deliverable.
    const { createTask } = await app.must<{ createTask: { id: string; version: number } }>(
      'mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }',
      {
        input: {
          accountId,
          kind: 'SOLUTION',
          title: '割接方案 Cut-over plan (e2e)',
          due: '2030-01-01T00:00:00Z',
          assigneeId: techId,
        },
      },
      sales,
    );
    taskId = createTask.id;
    const { acknowledgeTask } = await app.must<{ acknowledgeTask: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { acknowledgeTask(id: $id, version: $v) { version } }',
      { id: taskId, v: createTask.version },
      tech,
    );
    await app.must(
      'mutation($id: ID!, $v: Int!) { startTask(id: $id, version: $v) { id } }',
      { id: taskId, v: acknowledgeTask.version },
      tech,
    );
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** Files of a record as the database holds them. */
  const stored = (ownerId: string) =>
    app.db.query(
      `SELECT file_name, sha256, size FROM attachment WHERE owner_id = $1 AND deleted_at IS NULL ORDER BY created_at`,
      [ownerId],
    ) as Promise<{ file_name: string; sha256: string; size: number }[]>;

  const toChinese = async (page: Page) => {
    await page.getByRole('button', { name: /English/i }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
  };

  it('lets the solution engineer attach evidence on a milestone, refuses a wrong kind before sending it, and downloads it back', async () => {
    await harness.scenario('attachments-evidence-en', WIDE, async (page) => {
      await harness.openAs(page, 'tech@trident.demo', `/contracts/${contractId}/show`);
      const item = page.getByTestId('evidence-SIGNED_CONTRACT');
      await item.waitFor({ timeout: 20_000 });
      const [{ id: itemId }] = await app.db.query(
        `SELECT e.id FROM evidence_item e JOIN payment_milestone m ON m.id = e.milestone_id
          WHERE m.contract_id = $1 AND e.code = 'SIGNED_CONTRACT'`,
        [contractId],
      );

      // A kind Trident does not keep is refused in the browser: nothing is sent.
      let posted = 0;
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/files')) posted++;
      });
      await item.getByTestId('attachment-input').setInputFiles({
        name: 'setup.exe',
        mimeType: 'application/octet-stream',
        buffer: randomBytes(1_000),
      });
      await page.getByText('setup.exe cannot be attached: only').waitFor();
      expect(posted).toBe(0);

      const bytes = pdf(180_000);
      await item.getByTestId('attachment-input').setInputFiles({
        name: 'signed-contract.pdf',
        mimeType: 'application/pdf',
        buffer: bytes,
      });
      await page.getByText('signed-contract.pdf attached').waitFor({ timeout: 15_000 });
      const chip = item.getByTestId('attachment-link').filter({ hasText: 'signed-contract.pdf' });
      await chip.waitFor();
      expect(posted).toBe(1);
      expect(await stored(itemId)).toEqual([
        { file_name: 'signed-contract.pdf', sha256: sha(bytes), size: bytes.length },
      ]);
      await page.screenshot({ path: path.join(SHOTS, 'attachments-evidence-en.png') });

      const [download] = await Promise.all([page.waitForEvent('download'), chip.click()]);
      expect(download.suggestedFilename()).toBe('signed-contract.pdf');
      expect(sha(await bytesOf(download))).toBe(sha(bytes));
    });
  });

  it('lets the assignee hand in a deliverable with a Chinese name while submitting, in Chinese, and refuses one over the limit', async () => {
    await harness.scenario('attachments-task-zh', WIDE, async (page) => {
      await harness.signIn(page, 'tech@trident.demo');
      await toChinese(page);
      await page.goto(`${url}/#/tasks/${taskId}/show`);
      await page.getByText('交付物').first().waitFor({ timeout: 20_000 });
      await page.getByTestId('task-submit').click();
      const dialog = page.getByRole('dialog');
      const deliverables = dialog.getByTestId('submit-deliverables');
      await deliverables.waitFor();

      // Over the limit (512 KB here): refused before a byte is sent, in Chinese.
      await deliverables.getByTestId('attachment-input').setInputFiles({
        name: '全量日志.pdf',
        mimeType: 'application/pdf',
        buffer: pdf(MAX + 1),
      });
      await page.getByText('全量日志.pdf 超过 512 KB，未上传。').waitFor();

      const name = '割接方案（终版）.pdf';
      const bytes = pdf(300_000);
      await deliverables.getByTestId('attachment-input').setInputFiles({
        name,
        mimeType: 'application/pdf',
        buffer: bytes,
      });
      const link = deliverables.getByTestId('attachment-link').filter({ hasText: name });
      await link.waitFor({ timeout: 15_000 });
      await dialog.getByRole('textbox').fill('方案见附件');
      await dialog.screenshot({ path: path.join(SHOTS, 'attachments-submit-zh.png') });

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(name);
      expect(sha(await bytesOf(download))).toBe(sha(bytes));

      await dialog.getByTestId('task-dialog-confirm').click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
      const [task] = await app.db.query('SELECT status, submission_note FROM task WHERE id = $1', [
        taskId,
      ]);
      expect(task).toEqual({ status: 'SUBMITTED', submission_note: '方案见附件' });
      expect(await stored(taskId)).toEqual([
        { file_name: name, sha256: sha(bytes), size: bytes.length },
      ]);
      await page.getByTestId('attachments').getByText(name).waitFor();
      await page.screenshot({ path: path.join(SHOTS, 'attachments-task-zh.png'), fullPage: true });
    });
  });

  it('shows the requester the deliverable when reviewing, in English, without removing what they did not attach', async () => {
    await harness.scenario('attachments-review-en', WIDE, async (page) => {
      await harness.openAs(page, 'sales@trident.demo', `/tasks/${taskId}/show`);
      const files = page.getByTestId('attachments');
      await files.getByTestId('attachment-link').first().waitFor({ timeout: 20_000 });
      // The requester attaches too, but removes only what they attached.
      expect(await files.getByRole('button', { name: 'Remove' }).count()).toBe(0);
      await page.screenshot({ path: path.join(SHOTS, 'attachments-task-en.png'), fullPage: true });

      await page.getByTestId('task-review').click();
      const handedIn = page.getByRole('dialog').getByTestId('review-deliverables');
      const link = handedIn.getByTestId('attachment-link');
      await link.waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const [handed] = await stored(taskId);
      expect(sha(await bytesOf(download))).toBe(handed!.sha256);
      expect(await handedIn.getByTestId('attachment-upload').count()).toBe(0);
      await page
        .getByRole('dialog')
        .screenshot({ path: path.join(SHOTS, 'attachments-review-en.png') });
    });
  });
});
