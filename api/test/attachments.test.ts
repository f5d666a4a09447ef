import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { MONEY_TYPES } from '@trident/domain';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { startS3Server, TEST_BUCKET } from './support/s3-server';
import { createTestServer, startTestApp, type TestApp } from './support/test-app';

/**
 * Files on evidence items and tasks, through the real HTTP stack and Postgres: bytes and
 * SHA-256 survive the round trip, names in Chinese survive the headers, the limits hold
 * before anything is kept, and a file is seen and changed by exactly those who see and
 * change its record.
 */

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const MAX = 256 * 1024;
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const pdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(Math.max(0, size - 9))]);

interface Part {
  name: string;
  value?: string;
  file?: { name: string; data: Buffer; type?: string };
}
interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json: { error?: Record<string, unknown>; attachment?: Record<string, unknown> };
}

/** A multipart body as a browser writes it: the file name as raw UTF-8. */
function multipart(parts: Part[]): { boundary: string; body: Buffer } {
  const boundary = `----trident${randomUUID()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const head = part.file
      ? `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.file.name}"\r\nContent-Type: ${part.file.type ?? 'application/octet-stream'}\r\n\r\n`
      : `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), part.file?.data ?? Buffer.from(part.value ?? ''));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { boundary, body: Buffer.concat(chunks) };
}

describe('attachments on evidence items and tasks', () => {
  let app: TestApp;
  let port: number;
  let filesDir: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** Open evidence on a telecom account whose team has sales@ and tech@, not sales2@. */
  let evidence: string;
  /** Open evidence on an account of sales@ without tech@ on the team. */
  let evidenceWithoutTech: string;
  let paidEvidence: string;
  /** 技术方案: assignee tech@, requester sales@, in progress, in Shenzhen (delivery@ on the team). */
  let task: string;
  let closedTask: string;

  beforeAll(async () => {
    filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trident-attachments-'));
    app = await startTestApp({ config: { FILES_DIR: filesDir, MAX_UPLOAD_BYTES: MAX } });
    port = await app.server.listen(0, '127.0.0.1');
    for (const user of ['sales', 'sales2', 'tech', 'delivery', 'finance', 'manager', 'admin'])
      tokens[user] = await app.login(`${user}@trident.demo`);
    tokens.bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "files" }) { token } }',
        {},
        tokens.admin!,
      )
    ).createApiToken.token;
    const users: { id: string; email: string }[] = await app.db.query(
      'SELECT id, email FROM "user"',
    );
    for (const user of users) ids[user.email.split('@')[0]!] = user.id;

    // A contract of sales@ on each customer, with its plan: four milestones, open evidence.
    const [{ id: won }] = await app.db.query(`SELECT id FROM funnel_stage WHERE code = 'WON'`);
    const evidenceOf = async (accountName: string) => {
      const [{ id: deal }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, contract_amount, stage_id, owner_id, created_by_id, closed_at)
         SELECT id, 'files deal', 1000000, 'CNY', 1000000, $2, $3, $3, now() FROM account WHERE name = $1
         RETURNING id`,
        [accountName, won, ids.sales],
      );
      const { createContract } = await app.must<{
        createContract: { id: string; version: number };
      }>(
        'mutation($o: ID!) { createContract(input: { opportunityId: $o, signedAt: "2026-01-01", sites: [] }) { id version } }',
        { o: deal },
        tokens.sales!,
      );
      const plan = {
        milestones: ['DOWN_PAYMENT', 'ON_DELIVERY', 'ON_ACCEPTANCE', 'WARRANTY_RETENTION'].map(
          (kind, i) => ({ kind, share: ['30', '40', '25', '5'][i], due: `2030-0${i + 2}-01` }),
        ),
      };
      const { setPaymentPlan } = await app.must<{
        setPaymentPlan: { milestones: { id: string; evidence: { id: string }[] }[] };
      }>(
        `mutation($c: ID!, $v: Int!, $input: PaymentPlanInput!) {
           setPaymentPlan(contractId: $c, version: $v, input: $input) { milestones { id evidence { id } } } }`,
        { c: createContract.id, v: createContract.version, input: plan },
        tokens.sales!,
      );
      return setPaymentPlan.milestones;
    };
    const sz = await evidenceOf(SZ);
    evidence = sz[0]!.evidence[0]!.id;
    // The warranty milestone is paid: its evidence is closed.
    await app.db.query(
      `UPDATE payment_milestone SET stage = 'PAID', paid_amount = amount, invoiced_at = now(), paid_at = now() WHERE id = $1`,
      [sz[3]!.id],
    );
    paidEvidence = sz[3]!.evidence[0]!.id;
    // Shantou: sales@ is the whole team.
    evidenceWithoutTech = (await evidenceOf('中国移动通信集团广东有限公司汕头分公司'))[0]!
      .evidence[0]!.id;
    // A task sales@ asked of tech@ in Shenzhen (delivery@ sits on that team too), under way,
    // and one sales@ cancelled.
    const taskOf = async (title: string) => {
      const { createTask } = await app.must<{ createTask: { id: string; version: number } }>(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`,
        {
          input: {
            accountId: (await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]))[0].id,
            kind: 'SOLUTION',
            title,
            due: '2030-01-01T00:00:00Z',
            assigneeId: ids.tech,
          },
        },
        tokens.sales!,
      );
      return createTask;
    };
    const underWay = await taskOf('技术方案 Solution design');
    const { acknowledgeTask } = await app.must<{ acknowledgeTask: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { acknowledgeTask(id: $id, version: $v) { version } }',
      { id: underWay.id, v: underWay.version },
      tokens.tech!,
    );
    await app.must(
      'mutation($id: ID!, $v: Int!) { startTask(id: $id, version: $v) { id } }',
      { id: underWay.id, v: acknowledgeTask.version },
      tokens.tech!,
    );
    task = underWay.id;
    const cancelled = await taskOf('客户培训 Customer training');
    await app.must(
      'mutation($id: ID!, $v: Int!) { cancelTask(id: $id, version: $v) { id } }',
      { id: cancelled.id, v: cancelled.version },
      tokens.sales!,
    );
    closedTask = cancelled.id;
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** Raw HTTP, so a body can be sent without a length (as a stream) and cut short. */
  function send(
    method: string,
    url: string,
    {
      token,
      body,
      contentType,
      chunked = false,
      to = port,
    }: { token?: string; body?: Buffer; contentType?: string; chunked?: boolean; to?: number } = {},
  ): Promise<Answer> {
    return new Promise((resolve, reject) => {
      const headers: http.OutgoingHttpHeaders = {};
      if (token) headers.authorization = `Bearer ${token}`;
      if (contentType) headers['content-type'] = contentType;
      if (body && !chunked) headers['content-length'] = body.length;
      const req = http.request(
        { host: '127.0.0.1', port: to, method, path: url, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const json = String(res.headers['content-type']).startsWith('application/json')
              ? (JSON.parse(raw.toString('utf8')) as Answer['json'])
              : {};
            resolve({ status: res.statusCode!, headers: res.headers, body: raw, json });
          });
        },
      );
      // A refusal may arrive (and the server close) before the whole body is written.
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
      });
      if (!body) return req.end();
      for (let at = 0; at < body.length; at += 64 * 1024)
        req.write(body.subarray(at, at + 64 * 1024));
      req.end();
    });
  }

  const upload = (
    token: string,
    ownerType: string,
    ownerId: string,
    file: { name: string; data: Buffer },
    options: { chunked?: boolean; fileFirst?: boolean; to?: number } = {},
  ) => {
    const fields: Part[] = [
      { name: 'ownerType', value: ownerType },
      { name: 'ownerId', value: ownerId },
    ];
    const filePart: Part = { name: 'file', file: file };
    const { boundary, body } = multipart(
      options.fileFirst ? [filePart, ...fields] : [...fields, filePart],
    );
    return send('POST', '/files', {
      token,
      body,
      contentType: `multipart/form-data; boundary=${boundary}`,
      chunked: options.chunked,
      to: options.to,
    });
  };
  const download = (token: string | undefined, url: string, to?: number) =>
    send('GET', url, { token, to });

  /** What a refused upload must leave as it was: rows, audit events and stored bytes. */
  const written = async () => ({
    rows: await app.count('attachment'),
    audit: Number(
      (await app.db.query(`SELECT count(*) AS n FROM audit_event WHERE entity = 'Attachment'`))[0]
        .n,
    ),
    files: (fs.readdirSync(filesDir, { recursive: true }) as string[])
      .filter((file) => fs.statSync(path.join(filesDir, file)).isFile())
      .sort(),
  });

  const EVIDENCE_FILES = `query($c: ID!) { contract(id: $c) { milestones { evidence { id
    attachments { id fileName contentType size sha256 url createdAt uploadedBy { id name } } } } } }`;
  const contractOf = async (evidenceId: string) =>
    (
      (await app.db.query(
        `SELECT m.contract_id AS id FROM evidence_item e JOIN payment_milestone m ON m.id = e.milestone_id WHERE e.id = $1`,
        [evidenceId],
      )) as { id: string }[]
    )[0]!.id;
  const filesOfEvidence = async (evidenceId: string, token: string) => {
    const data = await app.must<{
      contract: {
        milestones: { evidence: { id: string; attachments: Record<string, unknown>[] }[] }[];
      };
    }>(EVIDENCE_FILES, { c: await contractOf(evidenceId) }, token);
    return data.contract.milestones.flatMap((m) => m.evidence).find((e) => e.id === evidenceId)!
      .attachments;
  };
  const filesOfTask = async (taskId: string, token: string) =>
    (
      await app.must<{ task: { attachments: { id: string; fileName: string }[] } | null }>(
        'query($id: ID!) { task(id: $id) { attachments { id fileName } } }',
        { id: taskId },
        token,
      )
    ).task!.attachments;

  it('gives back the same bytes and SHA-256 it was given, as a download that is never rendered', async () => {
    const bytes = pdf(200_000);
    const res = await upload(tokens.tech!, 'EVIDENCE_ITEM', evidence, {
      name: 'acceptance.pdf',
      data: bytes,
    });
    expect(res.status).toBe(201);
    const attachment = res.json.attachment!;
    expect(attachment).toMatchObject({
      fileName: 'acceptance.pdf',
      contentType: 'application/pdf',
      size: bytes.length,
      sha256: sha(bytes),
      url: `/files/${attachment.id as string}`,
    });

    const got = await download(tokens.sales, attachment.url as string);
    expect(got.status).toBe(200);
    expect([got.body.length, sha(got.body)]).toEqual([bytes.length, sha(bytes)]);
    expect(got.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'x-content-type-options': 'nosniff',
      etag: `"${sha(bytes)}"`,
    });
    expect(got.headers['content-disposition']).toBe('attachment; filename=acceptance.pdf');
    expect(got.headers['cache-control']).toContain('no-store');

    expect(await filesOfEvidence(evidence, tokens.finance!)).toEqual([
      {
        id: attachment.id,
        fileName: 'acceptance.pdf',
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: sha(bytes),
        url: attachment.url,
        createdAt: attachment.createdAt,
        uploadedBy: { id: ids.tech, name: expect.any(String) },
      },
    ]);
    const [event] = await app.db.query(
      `SELECT actor_id, after FROM audit_event WHERE action = 'attachment.upload' AND entity_id = $1`,
      [attachment.id],
    );
    expect(event).toMatchObject({
      actor_id: ids.tech,
      after: expect.objectContaining({ sha256: sha(bytes), ownerId: evidence }),
    });
  });

  it('keeps a Chinese file name and hands it back in an RFC 5987 filename*', async () => {
    const name = '验收报告（第一期）2026.xlsx';
    const bytes = Buffer.concat([Buffer.from('504b0304', 'hex'), randomBytes(5_000)]);
    const ok = await upload(tokens.tech!, 'TASK', task, { name, data: bytes });
    expect(ok.status).toBe(201);
    expect(ok.json.attachment).toMatchObject({
      fileName: name,
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const got = await download(tokens.delivery, ok.json.attachment!.url as string);
    expect(got.status).toBe(200);
    const disposition = String(got.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''([^;]+)/.exec(disposition)![1]!)).toBe(name);
    expect(sha(got.body)).toBe(sha(bytes));
    expect((await filesOfTask(task, tokens.sales!)).map((a) => a.fileName)).toContain(name);
  });

  it('refuses a file over MAX_UPLOAD_BYTES with 413, whether announced or streamed, and keeps nothing', async () => {
    const before = await written();
    // Announced: refused before the body is read.
    const announced = await upload(tokens.tech!, 'EVIDENCE_ITEM', evidence, {
      name: 'big.pdf',
      data: pdf(MAX + 100_000),
    });
    // Streamed without a length, and just over: refused by the bytes counted.
    const streamed = await upload(
      tokens.tech!,
      'EVIDENCE_ITEM',
      evidence,
      { name: 'big.pdf', data: pdf(MAX + 1) },
      { chunked: true },
    );
    for (const res of [announced, streamed]) {
      expect([res.status, res.json.error]).toEqual([
        413,
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: 'file',
          reason: 'FILE_TOO_LARGE',
          maxBytes: MAX,
        }),
      ]);
    }
    expect(
      (
        await upload(
          tokens.tech!,
          'EVIDENCE_ITEM',
          evidence,
          { name: 'exact.pdf', data: pdf(MAX) },
          { chunked: true },
        )
      ).status,
    ).toBe(201);
    const after = await written();
    expect([after.rows, after.audit, after.files.length]).toEqual([
      before.rows + 1,
      before.audit + 1,
      before.files.length + 1,
    ]);
  });

  it('refuses with 415 a kind not kept and bytes that are not what the name says, keeping nothing', async () => {
    const before = await written();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), randomBytes(4_000)]);
    const cases = [
      { name: 'setup.exe', data: exe },
      { name: 'invoice.pdf', data: exe },
      { name: 'notes.txt', data: exe },
      { name: 'photo.png', data: pdf(3_000) },
      { name: 'report.docx', data: pdf(3_000) },
      { name: 'no extension', data: pdf(3_000) },
    ];
    for (const file of cases) {
      const res = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidence, file);
      expect([file.name, res.status, res.json.error]).toEqual([
        file.name,
        415,
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: 'file',
          reason: 'TYPE_NOT_ALLOWED',
        }),
      ]);
    }
    const empty = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidence, {
      name: 'empty.pdf',
      data: Buffer.alloc(0),
    });
    expect([empty.status, empty.json.error?.reason]).toEqual([400, 'FILE_EMPTY']);
    // Text in GBK (as Excel writes CSV in China) is text.
    const gbk = Buffer.from('bfcdbba72cbdf0b6ee0d0ab9e3d6dd2c3130300d0a', 'hex');
    const csv = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidence, {
      name: '回款.csv',
      data: gbk,
    });
    expect([csv.status, csv.json.attachment?.contentType]).toEqual([201, 'text/csv']);
    const after = await written();
    expect([after.rows, after.audit, after.files.length]).toEqual([
      before.rows + 1,
      before.audit + 1,
      before.files.length + 1,
    ]);
  });

  it("answers another team's user 404 on download and upload, as for an id that does not exist", async () => {
    const mine = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidence, {
      name: 'signed.pdf',
      data: pdf(1_000),
    });
    const url = mine.json.attachment!.url as string;
    const before = await written();
    const outsider = await download(tokens.sales2, url);
    const nobody = await download(tokens.sales2, `/files/${randomUUID()}`);
    const notAnId = await download(tokens.sales2, '/files/..%2F..%2Fetc%2Fpasswd');
    for (const res of [outsider, nobody, notAnId])
      expect([res.status, res.json.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect(outsider.body.toString()).not.toContain('signed.pdf');

    const intoOther = await upload(tokens.sales2!, 'EVIDENCE_ITEM', evidence, {
      name: 'x.pdf',
      data: pdf(1_000),
    });
    const intoNothing = await upload(tokens.sales2!, 'EVIDENCE_ITEM', randomUUID(), {
      name: 'x.pdf',
      data: pdf(1_000),
    });
    for (const res of [intoOther, intoNothing])
      expect([res.status, res.json.error?.code]).toEqual([404, 'NOT_FOUND']);
    expect(await download(tokens.sales2, `/files/${randomUUID()}`)).toMatchObject({ status: 404 });
    // And the outsider's GraphQL does not list it either.
    const { contract } = await app.must<{ contract: null }>(
      'query($c: ID!) { contract(id: $c) { id } }',
      { c: await contractOf(evidence) },
      tokens.sales2!,
    );
    expect(contract).toBeNull();

    // No credential, a BI token: not people who read documents.
    expect((await download(undefined, url)).status).toBe(401);
    const bi = await download(tokens.bi, url);
    expect([bi.status, bi.json.error?.reason]).toEqual([403, 'ROLE']);
    expect(await written()).toEqual(before);
  });

  it('lets TECHNICAL attach evidence on the accounts whose team they sit on, as SALES does, and the assignee and requester of a task but not a teammate', async () => {
    const file = () => ({
      name: 'site-photo.jpg',
      data: Buffer.concat([Buffer.from('ffd8ffe0', 'hex'), randomBytes(2_000)]),
    });
    expect((await upload(tokens.tech!, 'EVIDENCE_ITEM', evidence, file())).status).toBe(201);
    expect((await upload(tokens.sales!, 'EVIDENCE_ITEM', evidenceWithoutTech, file())).status).toBe(
      201,
    );
    const techElsewhere = await upload(tokens.tech!, 'EVIDENCE_ITEM', evidenceWithoutTech, file());
    expect([techElsewhere.status, techElsewhere.json.error?.code]).toEqual([404, 'NOT_FOUND']);
    // FINANCE keeps evidence on every account.
    expect(
      (await upload(tokens.finance!, 'EVIDENCE_ITEM', evidenceWithoutTech, file())).status,
    ).toBe(201);

    // The task: its assignee (TECHNICAL) and requester (SALES) attach; a teammate reads only.
    expect((await upload(tokens.tech!, 'TASK', task, file())).status).toBe(201);
    expect((await upload(tokens.sales!, 'TASK', task, file())).status).toBe(201);
    const teammate = await upload(tokens.delivery!, 'TASK', task, file());
    expect([teammate.status, teammate.json.error?.code]).toEqual([403, 'FORBIDDEN']);
    const files = await filesOfTask(task, tokens.delivery!);
    expect(files.length).toBeGreaterThanOrEqual(3);
    const [first] = (await app.db.query(
      `SELECT id FROM attachment WHERE owner_id = $1 ORDER BY created_at LIMIT 1`,
      [task],
    )) as { id: string }[];
    expect((await download(tokens.delivery, `/files/${first!.id}`)).status).toBe(200);
    expect((await download(tokens.sales2, `/files/${first!.id}`)).status).toBe(404);
  });

  it('takes no file on a paid milestone or a closed task, naming the field', async () => {
    const before = await written();
    for (const [type, id] of [
      ['EVIDENCE_ITEM', paidEvidence],
      ['TASK', closedTask],
    ] as const) {
      const res = await upload(tokens.sales!, type, id, { name: 'late.pdf', data: pdf(1_000) });
      expect([type, res.status, res.json.error]).toEqual([
        type,
        400,
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'ownerId' }),
      ]);
    }
    const wrongType = await upload(tokens.sales!, 'CONTRACT', task, {
      name: 'a.pdf',
      data: pdf(10),
    });
    expect([wrongType.status, wrongType.json.error?.field]).toEqual([400, 'ownerType']);
    const fileFirst = await upload(
      tokens.sales!,
      'TASK',
      task,
      { name: 'a.pdf', data: pdf(10) },
      { fileFirst: true },
    );
    expect([fileFirst.status, fileFirst.json.error?.field]).toEqual([400, 'ownerType']);
    const notMultipart = await send('POST', '/files', {
      token: tokens.sales,
      body: Buffer.from('{}'),
      contentType: 'application/json',
    });
    expect([notMultipart.status, notMultipart.json.error?.reason]).toEqual([400, 'NOT_MULTIPART']);
    expect(await written()).toEqual(before);
  });

  it('removes a file with deleteAttachment: gone from its record and its url, kept in storage and the audit trail', async () => {
    const bytes = pdf(5_000);
    const res = await upload(tokens.tech!, 'TASK', task, { name: 'draft.pdf', data: bytes });
    const id = res.json.attachment!.id as string;
    const DELETE = 'mutation($id: ID!) { deleteAttachment(id: $id) { id fileName sha256 } }';

    const teammate = await app.gql(DELETE, { id }, tokens.delivery);
    expect(teammate.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // The requester may change the task, but removes only what they attached themselves.
    const requester = await app.gql(DELETE, { id }, tokens.sales);
    expect(requester.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    const outsider = await app.gql(DELETE, { id }, tokens.sales2);
    expect(outsider.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const before = await written();
    const done = await app.gql(DELETE, { id }, tokens.tech);
    expect(done.data).toEqual({
      deleteAttachment: { id, fileName: 'draft.pdf', sha256: sha(bytes) },
    });
    expect((await filesOfTask(task, tokens.tech!)).map((a) => a.id)).not.toContain(id);
    expect((await download(tokens.tech, `/files/${id}`)).status).toBe(404);
    const again = await app.gql(DELETE, { id }, tokens.tech);
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');

    const after = await written();
    expect([after.rows, after.audit, after.files]).toEqual([
      before.rows,
      before.audit + 1,
      before.files,
    ]);
    const [event] = await app.db.query(
      `SELECT actor_id, before, after FROM audit_event WHERE action = 'attachment.delete' AND entity_id = $1`,
      [id],
    );
    expect(event).toMatchObject({
      actor_id: ids.tech,
      before: expect.objectContaining({
        fileName: 'draft.pdf',
        sha256: sha(bytes),
        deletedAt: null,
      }),
      after: expect.objectContaining({ deletedById: ids.tech, storageKey: expect.any(String) }),
    });
    const key = (event as { after: { storageKey: string } }).after.storageKey;
    expect(sha(fs.readFileSync(path.join(filesDir, key)))).toBe(sha(bytes));

    // A manager over the line removes someone else's file.
    const other = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidence, {
      name: 'm.pdf',
      data: pdf(100),
    });
    const byManager = await app.gql(DELETE, { id: other.json.attachment!.id }, tokens.manager);
    expect(byManager.errors).toBeUndefined();
  });

  it('keeps the payment plan while its evidence carries files (a new plan would hide them)', async () => {
    // Shantou's: nothing invoiced yet.
    const contractId = await contractOf(evidenceWithoutTech);
    const filed = await upload(tokens.sales!, 'EVIDENCE_ITEM', evidenceWithoutTech, {
      name: 'kept.pdf',
      data: pdf(100),
    });
    expect(filed.status).toBe(201);
    const [{ version }] = await app.db.query('SELECT version FROM contract WHERE id = $1', [
      contractId,
    ]);
    const res = await app.gql(
      `mutation($c: ID!, $v: Int!) { setPaymentPlan(contractId: $c, version: $v, input: { milestones: [
         { kind: DOWN_PAYMENT, share: "100", due: "2030-02-01" }] }) { id } }`,
      { c: contractId, v: version },
      tokens.sales,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contractId',
      reason: 'EVIDENCE_HAS_FILES',
    });
  });

  it('records every one of twelve uploads to the same task sent at once', async () => {
    const before = await written();
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `part-${i}.pdf`,
      data: pdf(20_000 + i),
    }));
    const answers = await Promise.all(
      files.map((file) => upload(tokens.tech!, 'TASK', task, file)),
    );
    expect(answers.map((res) => res.status)).toEqual(files.map(() => 201));
    const rows: { file_name: string; sha256: string }[] = await app.db.query(
      `SELECT file_name, sha256 FROM attachment WHERE owner_id = $1 AND file_name LIKE 'part-%'`,
      [task],
    );
    expect(rows.map((r) => [r.file_name, r.sha256]).sort()).toEqual(
      files.map((f) => [f.name, sha(f.data)]).sort(),
    );
    const after = await written();
    expect([after.rows, after.audit, after.files.length]).toEqual([
      before.rows + 12,
      before.audit + 12,
      before.files.length + 12,
    ]);
  });

  it('lists the files of every evidence item of every contract in one statement (DataLoader)', async () => {
    app.statements.length = 0;
    const res = await app.gql(
      '{ contracts(first: 100) { nodes { milestones { evidence { attachments { id fileName uploadedBy { name } } } } } } }',
      {},
      tokens.finance,
    );
    expect(res.errors).toBeUndefined();
    const reads = app.statements.filter((sql) => /FROM "attachment"/.test(sql));
    expect(reads).toHaveLength(1);
  });

  it('gives the Attachment type no field that could carry an amount', () => {
    const schema = buildSchema(
      fs.readFileSync(require.resolve('@trident/schema/schema.graphql'), 'utf8'),
    );
    const type = schema.getType('Attachment');
    if (!isObjectType(type)) throw new Error('no Attachment type');
    const types = Object.values(type.getFields()).map((f) => getNamedType(f.type).name);
    expect(types.filter((name) => MONEY_TYPES.includes(name))).toEqual([]);
  });

  it('keeps the bytes in an S3-compatible bucket when FILE_STORAGE is s3', async () => {
    const s3 = await startS3Server();
    const server = await createTestServer(app.appDb, {
      FILE_STORAGE: 's3',
      S3_BUCKET: TEST_BUCKET,
      S3_ENDPOINT: s3.endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: true,
      MAX_UPLOAD_BYTES: 16 * 1024 * 1024,
    });
    try {
      const to = await server.listen(0, '127.0.0.1');
      const bytes = pdf(7 * 1024 * 1024);
      const res = await upload(
        tokens.tech!,
        'TASK',
        task,
        { name: 'bucket.pdf', data: bytes },
        { to },
      );
      expect([res.status, res.json.attachment?.sha256]).toEqual([201, sha(bytes)]);
      const got = await download(tokens.sales, res.json.attachment!.url as string, to);
      expect([got.status, sha(got.body)]).toEqual([200, sha(bytes)]);
      const [{ storage_key: key }] = await app.db.query(
        'SELECT storage_key FROM attachment WHERE id = $1',
        [res.json.attachment!.id],
      );
      expect(fs.existsSync(path.join(filesDir, key as string))).toBe(false);
      // Refused halfway through the stream: nothing is kept in the bucket either.
      const objects = () =>
        (fs.readdirSync(s3.directory, { recursive: true }) as string[]).filter((file) =>
          file.endsWith('._S3rver_object'),
        );
      const before = objects();
      const tooBig = await upload(
        tokens.tech!,
        'TASK',
        task,
        { name: 'huge.pdf', data: pdf(16 * 1024 * 1024 + 1) },
        { to, chunked: true },
      );
      expect([tooBig.status, tooBig.json.error?.reason]).toEqual([413, 'FILE_TOO_LARGE']);
      expect(objects()).toEqual(before);
    } finally {
      await server.stop();
      await s3.close();
    }
  });
});
