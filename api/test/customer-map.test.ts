import { startTestApp, type TestApp } from './support/test-app';

type Id = { id: string; version: number };

describe('customer map: units, contacts, influence, coverage', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let accountId: string;
  let otherAccountId: string;
  const units: Record<string, Id> = {};
  const people: Record<string, Id> = {};
  let userIds: Record<string, string>;

  const CREATE_UNIT =
    'mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id version } }';
  const CREATE_CONTACT =
    'mutation($input: CreateContactInput!) { createContact(input: $input) { id version } }';
  const UPDATE_CONTACT =
    'mutation($id: ID!, $input: UpdateContactInput!, $v: Int!) { updateContact(id: $id, input: $input, version: $v) { id version reportsTo { name } } }';

  const must = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    app.must<T>(query, variables, token);

  beforeAll(async () => {
    app = await startTestApp();
    sales = await app.login('sales@trident.demo');
    sales2 = await app.login('sales2@trident.demo');
    tech = await app.login('tech@trident.demo');
    [{ id: accountId }] = await app.db.query(
      `SELECT id FROM account WHERE name LIKE '%深圳分公司'`,
    );
    [{ id: otherAccountId }] = await app.db.query(
      `SELECT id FROM account WHERE name LIKE '%广州分公司'`,
    );
    const users: { email: string; id: string }[] = await app.db.query(
      'SELECT email, id FROM "user"',
    );
    userIds = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.id]));

    // A hand-built customer: four departments, five people.
    for (const [key, name, kind] of [
      ['exec', '总经理室 General office', 'EXECUTIVE'],
      ['tech', '网络部 Network dept.', 'TECHNICAL'],
      ['proc', '采购部 Procurement', 'PROCUREMENT'],
      ['fin', '财务部 Finance', 'FINANCE'],
    ] as const) {
      units[key] = (
        await must<{ createOrgUnit: Id }>(CREATE_UNIT, { input: { accountId, name, kind } }, sales)
      ).createOrgUnit;
    }
    const contact = async (key: string, input: Record<string, unknown>) => {
      people[key] = (
        await must<{ createContact: Id }>(CREATE_CONTACT, { input: { accountId, ...input } }, sales)
      ).createContact;
    };
    await contact('gm', {
      name: '林总 Lin',
      title: '总经理',
      level: 'EXECUTIVE',
      orgUnitId: units.exec!.id,
      relationshipOwnerId: userIds.sales,
      influence: 5,
      stance: 'SUPPORTER',
      notes: 'Prefers morning meetings',
    });
    await contact('cto', {
      name: '周工 Zhou',
      title: 'CTO',
      level: 'DECISION',
      orgUnitId: units.tech!.id,
      reportsToId: people.gm!.id,
      relationshipOwnerId: userIds.tech,
      buyingRoles: ['TECHNICAL_GATEKEEPER'],
      coachLevel: 'CAN_ADVISE',
    });
    await contact('buyer', {
      name: '郑经理 Zheng',
      title: '采购部经理',
      level: 'DECISION',
      orgUnitId: units.proc!.id,
      reportsToId: people.gm!.id,
      stance: 'OPPONENT',
      influence: 4,
      buyingRoles: ['PROCUREMENT'],
    });
    await contact('engineer', {
      name: '小吴 Wu',
      title: '网络工程师',
      level: 'OPERATIONAL',
      orgUnitId: units.tech!.id,
      reportsToId: people.cto!.id,
      risingStar: true,
    });
    await contact('clerk', {
      name: '出纳 Chen',
      title: '出纳',
      level: 'FRONTLINE',
      orgUnitId: units.fin!.id,
    });
  });
  afterAll(() => app.close());

  it('computes coverage equal to the hand count', async () => {
    const res = await must<{
      relationshipCoverage: Record<string, unknown> & Record<string, { name: string }[]>;
    }>(
      `query($a: ID!) { relationshipCoverage(accountId: $a) {
        unitsTotal unitsCovered unitCoverage decisionContactsTotal decisionContactsCovered decisionCoverage
        contactsTotal contactsCovered
        uncoveredUnits { name } uncoveredContacts { name } risingStarsWithoutOwner { name } highInfluenceOpponents { name }
      } }`,
      { a: accountId },
      sales,
    );
    const c = res.relationshipCoverage as Record<string, unknown> &
      Record<
        | 'uncoveredUnits'
        | 'uncoveredContacts'
        | 'risingStarsWithoutOwner'
        | 'highInfluenceOpponents',
        { name: string }[]
      >;
    // Units: general office (林总) and network (周工) have an owned contact; procurement and finance do not.
    expect([c.unitsTotal, c.unitsCovered, c.unitCoverage]).toEqual([4, 2, 0.5]);
    // Decision level: 林总 (EXECUTIVE), 周工 and 郑经理 (DECISION); two of three owned.
    expect([c.decisionContactsTotal, c.decisionContactsCovered]).toEqual([3, 2]);
    expect(c.decisionCoverage).toBeCloseTo(2 / 3);
    expect([c.contactsTotal, c.contactsCovered]).toEqual([5, 2]);
    expect(c.uncoveredUnits.map((u) => u.name).sort()).toEqual([
      '财务部 Finance',
      '采购部 Procurement',
    ]);
    expect(c.uncoveredContacts.map((u) => u.name).sort()).toEqual(
      ['出纳 Chen', '小吴 Wu', '郑经理 Zheng'].sort(),
    );
    expect(c.risingStarsWithoutOwner.map((u) => u.name)).toEqual(['小吴 Wu']);
    expect(c.highInfluenceOpponents.map((u) => u.name)).toEqual(['郑经理 Zheng']);

    const many = await must<{
      coverageByAccount: {
        totalCount: number;
        nodes: { accountId: string; unitsCovered: number }[];
      };
    }>(
      `query($ids: [ID!]) { coverageByAccount(accountIds: $ids) { totalCount nodes { accountId unitsCovered decisionCoverage } } }`,
      { ids: [accountId, otherAccountId] },
      sales,
    );
    expect(many.coverageByAccount.totalCount).toBe(2);
    expect(many.coverageByAccount.nodes.find((n) => n.accountId === accountId)?.unitsCovered).toBe(
      2,
    );

    // Thin accounts (the AR's dashboard): 2/3 of the decision level is covered here.
    const THIN = `query($ids: [ID!], $below: Float) {
      coverageByAccount(accountIds: $ids, decisionCoverageBelow: $below) { totalCount nodes { accountId } } }`;
    const thin = async (below: number) =>
      (
        await must<{ coverageByAccount: { nodes: { accountId: string }[] } }>(
          THIN,
          { ids: [accountId], below },
          sales,
        )
      ).coverageByAccount.nodes.map((n) => n.accountId);
    expect(await thin(0.5)).toEqual([]);
    expect(await thin(0.7)).toEqual([accountId]);
    const bad = await app.gql(THIN, { ids: [accountId], below: 2 }, sales);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'decisionCoverageBelow',
    });
  });

  it('refuses a reporting loop and a boss at another customer', async () => {
    const loop = await app.gql(
      UPDATE_CONTACT,
      { id: people.gm!.id, input: { reportsToId: people.engineer!.id }, v: people.gm!.version },
      sales,
    );
    expect(loop.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportsToId',
    });
    const self = await app.gql(
      UPDATE_CONTACT,
      { id: people.gm!.id, input: { reportsToId: people.gm!.id }, v: people.gm!.version },
      sales,
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportsToId',
    });
    const foreign = await app.gql(
      CREATE_CONTACT,
      {
        input: {
          accountId: otherAccountId,
          name: 'X',
          level: 'FRONTLINE',
          reportsToId: people.gm!.id,
        },
      },
      sales,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportsToId',
    });
  });

  it('records influence edges and refuses duplicates and other customers', async () => {
    const add =
      'mutation($input: AddInfluenceInput!) { addInfluence(input: $input) { id strength fromContact { name } toContact { name } } }';
    const edge = await must<{ addInfluence: { fromContact: { name: string } } }>(
      add,
      {
        input: {
          fromContactId: people.gm!.id,
          toContactId: people.buyer!.id,
          strength: 3,
          note: '老领导',
        },
      },
      sales,
    );
    expect(edge.addInfluence.fromContact.name).toBe('林总 Lin');
    const twice = await app.gql(
      add,
      { input: { fromContactId: people.gm!.id, toContactId: people.buyer!.id, strength: 2 } },
      sales,
    );
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
    const weak = await app.gql(
      add,
      { input: { fromContactId: people.gm!.id, toContactId: people.cto!.id, strength: 4 } },
      sales,
    );
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'strength',
    });
  });

  it("keeps why one contact sways another to the account manager's line (Influence.note)", async () => {
    const CHART = 'query($a: ID!) { orgChart(accountId: $a) { influences { id note } } }';
    type Chart = { orgChart: { influences: { id: string; note: string | null }[] } };
    const own = await must<Chart>(CHART, { a: accountId }, sales);
    expect(own.orgChart.influences.map((i) => i.note)).toContain('老领导');
    for (const who of ['tech', 'finance', 'bi']) {
      const seen = await must<Chart>(
        CHART,
        { a: accountId },
        await app.login(`${who}@trident.demo`),
      );
      expect([who, seen.orgChart.influences]).toEqual([
        who,
        own.orgChart.influences.map((i) => ({ id: i.id, note: null })),
      ]);
    }
    // Nor may they write one; the edge itself, yes.
    const ADD = 'mutation($input: AddInfluenceInput!) { addInfluence(input: $input) { id note } }';
    const edge = { fromContactId: people.cto!.id, toContactId: people.engineer!.id, strength: 2 };
    const before = await app.count('influence');
    const noted = await app.gql(ADD, { input: { ...edge, note: '同乡 Same hometown' } }, tech);
    expect(noted.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'note',
      reason: 'FIELD_HIDDEN',
    });
    expect(await app.count('influence')).toBe(before);
    const plain = await must<{ addInfluence: { id: string; note: string | null } }>(
      ADD,
      { input: edge },
      tech,
    );
    expect(plain.addInfluence.note).toBeNull();
    await must(
      'mutation($id: ID!) { removeInfluence(id: $id) }',
      { id: plain.addInfluence.id },
      sales,
    );
  });

  it('draws the org chart with units, reporting lines and influence', async () => {
    const res = await must<{
      orgChart: {
        units: unknown[];
        contacts: { name: string; reportsToId: string | null; orgUnit: { name: string } | null }[];
        influences: { strength: number }[];
      };
    }>(
      `query($a: ID!) { orgChart(accountId: $a) { account { name } units { id name parentId } contacts { id name reportsToId orgUnit { name } relationshipOwner { name } } influences { fromContactId toContactId strength } } }`,
      { a: accountId },
      sales,
    );
    expect(res.orgChart.units).toHaveLength(4);
    expect(res.orgChart.contacts).toHaveLength(5);
    expect(res.orgChart.contacts.find((c) => c.name === '小吴 Wu')?.reportsToId).toBe(
      people.cto!.id,
    );
    expect(res.orgChart.influences).toEqual([
      { fromContactId: people.gm!.id, toContactId: people.buyer!.id, strength: 3 },
    ]);
  });

  it('builds the org chart in the same number of statements for 10 and 1,000 contacts', async () => {
    const counts: number[] = [];
    for (const [name, size] of [
      ['小客户 Small Co', 10],
      ['大客户 Large Co', 1000],
    ] as const) {
      const [{ id }] = await app.db.query(
        `INSERT INTO account (name, normalized_name, tier, claimed_by_id) VALUES ($1, $1, 'CITY', $2) RETURNING id`,
        [name, userIds.admin],
      );
      const [unit] = await app.db.query(
        `INSERT INTO org_unit (account_id, name, kind) VALUES ($1, 'Dept', 'OTHER') RETURNING id`,
        [id],
      );
      await app.db.query(
        `INSERT INTO contact (account_id, org_unit_id, name, level, relationship_owner_id)
         SELECT $1, $2, 'Person ' || g, 'OPERATIONAL', CASE WHEN g % 2 = 0 THEN $3::uuid END FROM generate_series(1, $4) g`,
        [id, unit.id, userIds.sales, size],
      );
      await app.db.query(
        `UPDATE contact c SET reports_to_id = boss.id FROM contact boss
          WHERE c.account_id = $1 AND boss.account_id = $1 AND boss.name = 'Person 1' AND c.name <> 'Person 1'`,
        [id],
      );
      await app.db.query(
        `INSERT INTO influence (account_id, from_contact_id, to_contact_id, strength)
         SELECT $1, a.id, b.id, 2 FROM contact a JOIN contact b ON b.account_id = a.account_id AND b.name = 'Person 2'
          WHERE a.account_id = $1 AND a.name IN ('Person 3', 'Person 4')`,
        [id],
      );
      const admin = await app.login('admin@trident.demo');
      await app.gql('{ me { id } }', {}, admin); // the credential, cached from here on
      app.statements.length = 0;
      const res = await app.gql<{ orgChart: { contacts: unknown[] } }>(
        `query($a: ID!) { orgChart(accountId: $a) { account { name } units { name parent { name } } contacts { name reportsTo { name } orgUnit { name } relationshipOwner { name } } influences { fromContact { name } toContact { name } } } }`,
        { a: id },
        admin,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.orgChart.contacts).toHaveLength(size);
      counts.push(app.statements.length);
    }
    expect(counts[0]).toBe(counts[1]);
    // The account (1), its whole map in one statement (1), the owners (1).
    expect(counts[0]).toBeLessThanOrEqual(3);
  });

  it('keeps contacts who move or leave, with history', async () => {
    const moved = await must<{
      moveContact: { orgUnit: { name: string }; title: string; version: number };
    }>(
      'mutation($id: ID!, $u: ID, $v: Int!) { moveContact(id: $id, orgUnitId: $u, version: $v, title: "采购主管") { orgUnit { name } title version } }',
      { id: people.engineer!.id, u: units.proc!.id, v: people.engineer!.version },
      sales,
    );
    expect(moved.moveContact).toMatchObject({
      orgUnit: { name: '采购部 Procurement' },
      title: '采购主管',
    });
    const [move] = await app.db.query(
      'SELECT from_org_unit_id, to_org_unit_id, from_title FROM contact_move WHERE contact_id = $1',
      [people.engineer!.id],
    );
    expect(move).toEqual({
      from_org_unit_id: units.tech!.id,
      to_org_unit_id: units.proc!.id,
      from_title: '网络工程师',
    });

    const left = await must<{ markContactLeft: { status: string; leftAt: string } }>(
      'mutation($id: ID!, $v: Int!) { markContactLeft(id: $id, version: $v) { status leftAt } }',
      { id: people.cto!.id, v: people.cto!.version },
      sales,
    );
    expect(left.markContactLeft.status).toBe('LEFT');
    const stillThere = await must<{ contacts: { totalCount: number } }>(
      'query($a: ID!) { contacts(filter: { accountId: $a, status: LEFT }) { totalCount } }',
      { a: accountId },
      sales,
    );
    expect(stillThere.contacts.totalCount).toBe(1);
    // Someone who left covers nothing: the network department is now uncovered.
    const coverage = await must<{ relationshipCoverage: { unitsCovered: number } }>(
      'query($a: ID!) { relationshipCoverage(accountId: $a) { unitsCovered } }',
      { a: accountId },
      sales,
    );
    expect(coverage.relationshipCoverage.unitsCovered).toBe(1);
  });

  it('hides everything of the account from a SALES user outside its team', async () => {
    const q = `query($a: ID!, $c: ID!) {
      contact(id: $c) { id }
      orgChart(accountId: $a) { accountId }
      relationshipCoverage(accountId: $a) { unitsTotal }
      contacts(filter: { accountId: $a }) { totalCount }
      orgUnits(filter: { accountId: $a }) { totalCount }
      coverageByAccount(accountIds: [$a]) { totalCount }
    }`;
    const res = await must<Record<string, unknown>>(q, { a: accountId, c: people.gm!.id }, sales2);
    expect(res).toEqual({
      contact: null,
      orgChart: null,
      relationshipCoverage: null,
      contacts: { totalCount: 0 },
      orgUnits: { totalCount: 0 },
      coverageByAccount: { totalCount: 0 },
    });
    const write = await app.gql(
      UPDATE_CONTACT,
      { id: people.gm!.id, input: { title: 'x' }, v: people.gm!.version },
      sales2,
    );
    expect(write.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('shows private notes to the account manager but not to the solution lead', async () => {
    const q = 'query($c: ID!) { contact(id: $c) { name notes } }';
    expect(
      (await must<{ contact: { notes: string } }>(q, { c: people.gm!.id }, sales)).contact.notes,
    ).toBe('Prefers morning meetings');
    const byTech = await must<{ contact: { name: string; notes: string | null } }>(
      q,
      { c: people.gm!.id },
      tech,
    );
    expect(byTech.contact).toEqual({ name: '林总 Lin', notes: null });
  });

  it('lets the team write and audits it; other roles and outsiders may not', async () => {
    const before = await app.count('audit_event');
    await must(
      UPDATE_CONTACT,
      { id: people.clerk!.id, input: { stance: 'SUPPORTER' }, v: people.clerk!.version },
      tech,
    );
    expect(await app.count('audit_event')).toBe(before + 1);
    const finance = await app.login('finance@trident.demo');
    const res = await app.gql(
      UPDATE_CONTACT,
      { id: people.clerk!.id, input: { stance: 'NEUTRAL' }, v: people.clerk!.version + 1 },
      finance,
    );
    expect(res.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    expect(await app.count('audit_event')).toBe(before + 1);
  });

  it('keeps the department tree a tree, and updates with the version', async () => {
    const child = await must<{ createOrgUnit: Id }>(
      CREATE_UNIT,
      {
        input: {
          accountId,
          name: '传输室 Transmission',
          kind: 'TECHNICAL',
          parentId: units.tech!.id,
        },
      },
      sales,
    );
    const UPDATE_UNIT =
      'mutation($id: ID!, $input: UpdateOrgUnitInput!, $v: Int!) { updateOrgUnit(id: $id, input: $input, version: $v) { id version parent { name } } }';
    const loop = await app.gql(
      UPDATE_UNIT,
      { id: units.tech!.id, input: { parentId: child.createOrgUnit.id }, v: units.tech!.version },
      sales,
    );
    expect(loop.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    const foreign = await app.gql(
      CREATE_UNIT,
      { input: { accountId: otherAccountId, name: 'X', kind: 'OTHER', parentId: units.tech!.id } },
      sales,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    const moved = await must<{ updateOrgUnit: { version: number; parent: { name: string } } }>(
      UPDATE_UNIT,
      {
        id: child.createOrgUnit.id,
        input: { parentId: units.exec!.id },
        v: child.createOrgUnit.version,
      },
      sales,
    );
    expect(moved.updateOrgUnit).toEqual({
      id: child.createOrgUnit.id,
      version: child.createOrgUnit.version + 1,
      parent: { name: '总经理室 General office' },
    });
    const stale = await app.gql(
      UPDATE_UNIT,
      { id: child.createOrgUnit.id, input: { name: 'y' }, v: child.createOrgUnit.version },
      sales,
    );
    expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('filters contacts by buying role, owner, rising star and level', async () => {
    const q =
      'query($f: ContactFilter) { contacts(filter: $f, orderBy: [{ field: INFLUENCE, direction: DESC }]) { totalCount nodes { name influence } } }';
    const run = (f: Record<string, unknown>) =>
      must<{ contacts: { totalCount: number; nodes: { name: string; influence: number }[] } }>(
        q,
        { f: { accountId, ...f } },
        sales,
      );
    expect((await run({ buyingRole: 'PROCUREMENT' })).contacts.nodes.map((n) => n.name)).toEqual([
      '郑经理 Zheng',
    ]);
    expect(
      (await run({ relationshipOwnerId: userIds.sales })).contacts.nodes.map((n) => n.name),
    ).toEqual(['林总 Lin']);
    expect((await run({ risingStar: true })).contacts.totalCount).toBe(1);
    expect((await run({ level: 'DECISION' })).contacts.totalCount).toBe(2);
    const all = (await run({})).contacts.nodes.map((n) => n.influence);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it('removes an influence edge and audits it', async () => {
    const [edge] = await app.db.query('SELECT id FROM influence WHERE account_id = $1', [
      accountId,
    ]);
    const res = await must<{ removeInfluence: string }>(
      'mutation($id: ID!) { removeInfluence(id: $id) }',
      { id: edge.id },
      sales,
    );
    expect(res.removeInfluence).toBe(edge.id);
    const [audit] = await app.db.query(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [edge.id],
    );
    expect(audit.action).toBe('influence.remove');
    const again = await app.gql(
      'mutation($id: ID!) { removeInfluence(id: $id) }',
      { id: edge.id },
      sales,
    );
    expect(again.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
