import { startTestApp, type TestApp } from './support/test-app';

const CLAIM = 'mutation($input: ClaimAccountInput!) { claimAccount(input: $input) { id } }';

describe('bad input is refused with the field, and nothing is written', () => {
  let app: TestApp;
  let sales: string;
  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
  });
  afterAll(() => app.close());

  async function expectRefused(query: string, variables: Record<string, unknown>, field: string) {
    const before = {
      accounts: await app.count('account'),
      audit: await app.count('audit_event'),
      attempts: await app.count('claim_attempt'),
    };
    const res = await app.gql(query, variables, sales);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toBeTruthy();
    expect({
      accounts: await app.count('account'),
      audit: await app.count('audit_event'),
      attempts: await app.count('claim_attempt'),
    }).toEqual(before);
  }

  it('names a fraction where a whole number belongs, in a variable, an input or the document', async () => {
    const wholeNumber = { code: 'BAD_USER_INPUT', reason: 'NOT_AN_INTEGER' };
    await expectRefused(
      CLAIM,
      { input: { name: 'Fraction Ltd', tier: 'CITY', relationshipLevel: 2.5 } },
      'relationshipLevel',
    );
    const inInput = await app.gql(
      CLAIM,
      { input: { name: 'Fraction Ltd', tier: 'CITY', relationshipLevel: 2.5 } },
      sales,
    );
    expect(inInput.errors?.[0]?.extensions).toMatchObject(wholeNumber);
    expect(inInput.errors?.[0]?.message).toBe('relationshipLevel: must be a whole number');
    const inVariable = await app.gql(
      'query($n: Int) { accounts(first: $n) { totalCount } }',
      { n: 2.5 },
      sales,
    );
    expect(inVariable.errors?.[0]?.extensions).toMatchObject({ ...wholeNumber, field: 'first' });
    const inDocument = await app.gql('{ accounts(first: 2.5) { totalCount } }', {}, sales);
    expect(inDocument.errors?.[0]?.extensions).toMatchObject({ ...wholeNumber, field: 'first' });
    // Text where a number belongs is not a fraction: the general words stay.
    const text = await app.gql(
      'query($n: Int) { accounts(first: $n) { totalCount } }',
      { n: 'five' },
      sales,
    );
    expect(text.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      reason: 'VARIABLE_INVALID',
    });
  });

  it('refuses a name that is only a legal form, which every other one would collide with', async () => {
    for (const name of ['有限公司', '股份有限公司', ' Ltd. ', 'Co., Ltd.'])
      await expectRefused(CLAIM, { input: { name, tier: 'CITY' } }, 'name');
    const res = await app.gql(CLAIM, { input: { name: '有限公司', tier: 'CITY' } }, sales);
    expect(res.errors?.[0]?.extensions.reason).toBe('NAME_ONLY_LEGAL_FORM');
    // A real name with the legal form is the company.
    const ok = await app.gql(CLAIM, { input: { name: '唯一测试有限公司', tier: 'CITY' } }, sales);
    expect(ok.errors).toBeUndefined();
    // A brand that happens to spell legal forms ("CoCo" is two "Co") is a name.
    const brand = await app.gql(CLAIM, { input: { name: 'CoCo', tier: 'CITY' } }, sales);
    expect(brand.errors).toBeUndefined();
  });

  it('refuses an empty or blank name', async () => {
    await expectRefused(CLAIM, { input: { name: '', tier: 'CITY' } }, 'name');
    await expectRefused(CLAIM, { input: { name: '   ', tier: 'CITY' } }, 'name');
  });

  it('refuses a purchase driver past any customer (1e308 subscribers)', async () => {
    await expectRefused(
      CLAIM,
      {
        input: {
          name: 'Driver Test Ltd',
          tier: 'CITY',
          drivers: [{ factor: 'f', quantity: 1e308 }],
        },
      },
      'drivers.quantity',
    );
  });

  it('refuses a 10 kB name', async () => {
    await expectRefused(CLAIM, { input: { name: '客'.repeat(10_000), tier: 'CITY' } }, 'name');
  });

  it('refuses an unknown enum value, as a variable or inline', async () => {
    await expectRefused(CLAIM, { input: { name: 'Enum Test Ltd', tier: 'PLANET' } }, 'tier');
    await expectRefused(
      'mutation { claimAccount(input: { name: "Enum Test Ltd", tier: PLANET }) { id } }',
      {},
      'tier',
    );
  });

  it('refuses malformed nested values', async () => {
    await expectRefused(
      CLAIM,
      {
        input: {
          name: 'Money Ltd',
          tier: 'CITY',
          potential: { amount: '12.345', currency: 'CNY' },
        },
      },
      'potential.amount',
    );
    await expectRefused(
      CLAIM,
      { input: { name: 'Money Ltd', tier: 'CITY', potential: { amount: '12', currency: 'yuan' } } },
      'potential.currency',
    );
    await expectRefused(
      CLAIM,
      { input: { name: 'Level Ltd', tier: 'CITY', relationshipLevel: 9 } },
      'relationshipLevel',
    );
    await expectRefused(
      CLAIM,
      { input: { name: 'Reg Ltd', tier: 'CITY', registrationNo: 'x y' } },
      'registrationNo',
    );
  });

  it('refuses a negative page size, one over the maximum, and a forged cursor', async () => {
    await expectRefused('{ accounts(first: -1) { totalCount } }', {}, 'first');
    await expectRefused('{ accounts(first: 1001) { totalCount } }', {}, 'first');
    await expectRefused('{ accounts(after: "bm90IGEgY3Vyc29y") { totalCount } }', {}, 'after');
  });

  it('refuses a malformed id instead of failing in SQL', async () => {
    await expectRefused(
      'mutation { updateAccount(id: "42", input: { name: "x" }, version: 1) { id } }',
      {},
      'id',
    );
    // An id that cannot exist is bad input; one that could but is not visible reads as null.
    const read = await app.gql<{ account: unknown }>('{ account(id: "42") { id } }', {}, sales);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const unknown = await app.gql<{ account: unknown }>(
      '{ account(id: "00000000-0000-0000-0000-000000000042") { id } }',
      {},
      sales,
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.account).toBeNull();
  });
});
