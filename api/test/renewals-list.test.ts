import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

/** The renewals list the console pages through: filtered, read by id, scoped like the rest. */
describe('renewals: the list filter', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let sz: string;
  let contract: { id: string; title: string };
  let open: string;
  let signed: string;

  const LIST = `query($f: RenewalFilter) { renewals(filter: $f, first: 50) { totalCount
    nodes { id status contract { id title } opportunity { id } } } }`;
  type List = {
    renewals: {
      totalCount: number;
      nodes: { id: string; status: string; contract: { id: string; title: string } | null }[];
    };
  };

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2] = await Promise.all([
      app.login('sales@trident.demo'),
      app.login('sales2@trident.demo'),
    ]);
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    [contract] = await app.db.query('SELECT id, title FROM contract WHERE account_id = $1', [sz]);
    const create = async (days: number) => {
      const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
      const made = await app.must<{ createRenewal: { id: string; version: number } }>(
        `mutation($a: ID!, $c: ID, $d: LocalDate!) { createRenewal(input: { accountId: $a, contractId: $c,
           amount: "900", expectedSignDate: $d }) { id version } }`,
        { a: sz, c: contract?.id ?? null, d: day },
        sales,
      );
      return made.createRenewal.id;
    };
    open = await create(20);
    signed = await create(25);
    await app.must(
      `mutation($id: ID!) { updateRenewal(id: $id, version: 1, input: { status: SIGNED }) { id } }`,
      { id: signed },
      sales,
    );
  });
  afterAll(() => app?.close());

  it('narrows by account, status and due window, and reads the contract it renews', async () => {
    const mine = await app.must<List>(LIST, { f: { accountId: sz, status: 'SIGNED' } }, sales);
    expect(mine.renewals.nodes.map((n) => n.id)).toContain(signed);
    expect(mine.renewals.nodes.every((n) => n.status === 'SIGNED')).toBe(true);
    if (contract)
      expect(mine.renewals.nodes.find((n) => n.id === signed)?.contract).toEqual(contract);
    // The due window is for open renewals only.
    const due = await app.must<List>(LIST, { f: { accountId: sz, dueWithinDays: 30 } }, sales);
    const ids = due.renewals.nodes.map((n) => n.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(signed);
  });

  it('reads renewals by id only within the caller’s scope', async () => {
    const byId = await app.must<List>(LIST, { f: { ids: [open, signed] } }, sales);
    expect(byId.renewals.nodes.map((n) => n.id).sort()).toEqual([open, signed].sort());
    const outside = await app.must<List>(LIST, { f: { ids: [open] } }, sales2);
    expect(outside.renewals.totalCount).toBe(0);
  });

  it('refuses a due window outside 0–3650 days, naming the field', async () => {
    const refused = await app.gql(LIST, { f: { dueWithinDays: -1 } }, sales);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(String(refused.errors?.[0]?.extensions.field)).toMatch(/dueWithinDays/);
  });
});
