import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { isRequired, leaf, nodeSelection, publishedSchema } from './support/schema-selection';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 19: a list of deals reads the relations its selection asks for in its own statement
 * (planned), while `opportunity(id)` still resolves each relation through its loader. The
 * two paths must answer the same, field for field, for every role: same rows, same order,
 * same nulls where a role may not read a field. The selection is generated from the schema:
 * every field of the deal, and every field of each planned relation, so a column added to
 * an entity is compared without editing this test.
 */
describe('planned reads answer what the resolvers answer', () => {
  const schema = publishedSchema();
  const deal = schema.getType('Opportunity') as GraphQLObjectType;
  const PLANNED = ['account', 'owner', 'nextStep', 'recentActivities'];
  const expanded = (name: string) =>
    nodeSelection(getNamedType(deal.getFields()[name]!.type) as GraphQLObjectType);
  const dealSelection = Object.values(deal.getFields())
    .filter((field) => !field.args.some(isRequired))
    .map((field) => {
      if (!PLANNED.includes(field.name)) return `${field.name} ${leaf(getNamedType(field.type))}`;
      const args = field.name === 'recentActivities' ? '(first: 3)' : '';
      return `${field.name}${args} { ${expanded(field.name)} }`;
    })
    .join(' ');

  let app: TestApp;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    for (const user of ['sales', 'sales2', 'tech', 'delivery', 'finance', 'manager', 'admin'])
      tokens[user] = await app.login(`${user}@trident.demo`);
    // The first deals by close date get open and finished tasks and visits on the same
    // instant, so order and ties are compared, not only nulls and empty lists.
    await app.db.query(
      `WITH first_deals AS (
         SELECT id, account_id, owner_id FROM opportunity
          ORDER BY COALESCE(expected_close_date, DATE '9999-12-31'), id LIMIT 12),
       tasks AS (
         INSERT INTO task (account_id, opportunity_id, title, due, status, requester_id, assignee_id)
         SELECT d.account_id, d.id, 'Planner task ' || k, CURRENT_DATE + (k % 2) * 3,
                CASE WHEN k = 1 THEN 'DONE' ELSE 'PROPOSED' END, d.owner_id, d.owner_id
           FROM first_deals d CROSS JOIN generate_series(1, 3) AS k
         RETURNING 1)
       INSERT INTO activity (account_id, opportunity_id, kind, occurred_at, summary, created_by_id)
       SELECT d.account_id, d.id, 'VISIT', now() - (k / 2) * interval '1 day', 'Planner visit ' || k,
              d.owner_id
         FROM first_deals d CROSS JOIN generate_series(1, 5) AS k`,
    );
    tokens.bi = (
      await app.must<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(input: { name: "planner" }) { token } }',
        {},
        tokens.admin!,
      )
    ).createApiToken.token;
  });
  afterAll(() => app.close());

  /** Each node of a planned list equals what `root(id)` resolves with the same selection. */
  const expectEachAsById = async (
    nodes: { id: string }[],
    root: string,
    selection: string,
    token: string,
  ) => {
    for (const node of nodes) {
      const one = await app.gql<Record<string, unknown>>(
        `query($id: ID!) { ${root}(id: $id) { ${selection} } }`,
        { id: node.id },
        token,
      );
      expect(one.errors).toBeUndefined();
      expect(node).toEqual(one.data![root]);
    }
  };

  it('asks for every planned relation with its fields (the generated selection is whole)', () => {
    for (const name of PLANNED)
      expect(isObjectType(getNamedType(deal.getFields()[name]!.type))).toBe(true);
    expect(dealSelection).toContain('account { id name');
    expect(dealSelection).toContain('recentActivities(first: 3) { id');
  });

  it.each(['sales', 'sales2', 'tech', 'delivery', 'finance', 'manager', 'admin', 'bi'])(
    'as %s: each deal of the list equals opportunity(id) with the same selection',
    async (who) => {
      const token = tokens[who]!;
      const list = await app.gql<{ opportunities: { nodes: unknown[] } }>(
        `{ opportunities(first: 25, orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]) {
             nodes { ${dealSelection} } } }`,
        {},
        token,
      );
      expect(list.errors).toBeUndefined();
      const nodes = list.data!.opportunities.nodes as {
        id: string;
        nextStep: unknown;
        recentActivities: unknown[];
      }[];
      if (who === 'admin') {
        // Not only nulls and empty lists are compared.
        expect(nodes.some((n) => n.nextStep)).toBe(true);
        expect(nodes.some((n) => n.recentActivities.length > 1)).toBe(true);
      }
      // Every role but the ones without deals compares something.
      if (who !== 'delivery') expect(nodes.length).toBeGreaterThan(0);
      await expectEachAsById(nodes, 'opportunity', dealSelection, token);
    },
  );

  it.each(['tech', 'admin'])(
    'as %s: a narrow selection reads only its columns and still answers each field as the resolvers do',
    async (who) => {
      const token = tokens[who]!;
      const page = `opportunities(first: 10, orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }])`;
      const full = await app.gql<{ opportunities: { nodes: Record<string, unknown>[] } }>(
        `{ ${page} { nodes { ${dealSelection} } } }`,
        {},
        token,
      );
      // The whole deals, each through opportunity(id): the resolvers' answer to project from.
      const expected = new Map<string, Record<string, unknown>>();
      for (const node of full.data!.opportunities.nodes) {
        const one = await app.gql<{ opportunity: Record<string, unknown> }>(
          `query($id: ID!) { opportunity(id: $id) { ${dealSelection} } }`,
          { id: node.id },
          token,
        );
        expected.set(node.id as string, one.data!.opportunity);
      }
      let compared = 0;
      for (const relation of PLANNED) {
        const target = getNamedType(deal.getFields()[relation]!.type) as GraphQLObjectType;
        const args = relation === 'recentActivities' ? '(first: 3)' : '';
        for (const field of Object.values(target.getFields())) {
          if (field.args.some(isRequired)) continue;
          const sub = `${field.name} ${leaf(getNamedType(field.type))}`;
          const narrow = await app.gql<{ opportunities: { nodes: Record<string, unknown>[] } }>(
            `{ ${page} { nodes { id ${relation}${args} { ${sub} } } } }`,
            {},
            token,
          );
          expect(narrow.errors).toBeUndefined();
          for (const node of narrow.data!.opportunities.nodes) {
            const whole = expected.get(node.id as string)![relation];
            const project = (value: unknown) =>
              value && typeof value === 'object'
                ? { [field.name]: (value as Record<string, unknown>)[field.name] }
                : value;
            const want = Array.isArray(whole) ? whole.map(project) : project(whole);
            expect({ [relation]: node[relation], field: field.name }).toEqual({
              [relation]: want,
              field: field.name,
            });
            compared += 1;
          }
        }
      }
      // The deal's own fields, each alone: a page reads only their columns (resolvedReads).
      for (const field of Object.values(deal.getFields())) {
        if (field.args.some(isRequired) || PLANNED.includes(field.name)) continue;
        const sub = `${field.name} ${leaf(getNamedType(field.type))}`;
        const narrow = await app.gql<{ opportunities: { nodes: Record<string, unknown>[] } }>(
          `{ ${page} { nodes { id ${sub} } } }`,
          {},
          token,
        );
        expect(narrow.errors).toBeUndefined();
        for (const node of narrow.data!.opportunities.nodes) {
          const whole = expected.get(node.id as string)!;
          expect({ field: field.name, value: node[field.name] }).toEqual({
            field: field.name,
            value: whole[field.name],
          });
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(100);
    },
  );

  it('the relations a page reads cost no statement of their own', async () => {
    const query = `{ opportunities(first: 20) { nodes { id account { name } owner { name }
        nextStep { title } recentActivities(first: 5) { summary } } } }`;
    await app.gql(query, {}, tokens.sales!);
    app.statements.length = 0;
    const res = await app.gql(query, {}, tokens.sales!);
    expect(res.errors).toBeUndefined();
    expect(app.statements).toHaveLength(1);
  });

  it('falls back to the loaders where one plan cannot serve: two argument sets, edges, fragments', async () => {
    const token = tokens.manager!;
    const planned = await app.gql<{
      opportunities: { nodes: { id: string; recentActivities: { id: string }[] }[] };
    }>(
      `{ opportunities(first: 15) { nodes { id recentActivities(first: 4) { id } } } }`,
      {},
      token,
    );
    const mixed = await app.gql<{
      opportunities: {
        edges: {
          node: {
            id: string;
            two: { id: string }[];
            four: { id: string }[];
            account: { id: string; name: string };
          };
        }[];
      };
    }>(
      `fragment Who on Opportunity { account { id name } }
       { opportunities(first: 15) { edges { node { id ...Who
           two: recentActivities(first: 2) { id } four: recentActivities(first: 4) { id } } } } }`,
      {},
      token,
    );
    expect(mixed.errors).toBeUndefined();
    const edges = mixed.data!.opportunities.edges;
    expect(edges.map((e) => e.node.id)).toEqual(planned.data!.opportunities.nodes.map((n) => n.id));
    edges.forEach(({ node }, i) => {
      const four = planned.data!.opportunities.nodes[i]!.recentActivities.map((a) => a.id);
      expect(node.four.map((a) => a.id)).toEqual(four);
      expect(node.two.map((a) => a.id)).toEqual(four.slice(0, 2));
      expect(node.account.name).toBeTruthy();
    });
    expect(edges.some(({ node }) => node.four.length > 2)).toBe(true);
  });

  it('an argument out of range is refused as before, not planned', async () => {
    const res = await app.gql(
      '{ opportunities(first: 2) { nodes { recentActivities(first: 0) { id } } } }',
      {},
      tokens.sales!,
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  /**
   * A page reads only the columns its nodes ask for (and the order's): each single field of
   * the visit log, alone, answers what the whole row's read answers, over two pages by cursor,
   * for every role; the statement then names no column of the row that was not asked for.
   */
  it.each(['sales', 'tech', 'manager', 'bi'])(
    'a page of visits asking some fields reads those columns and answers the same (%s)',
    async (user) => {
      const visit = schema.getType('Activity') as GraphQLObjectType;
      const fields = Object.values(visit.getFields()).filter(
        (field) => !field.args.some(isRequired),
      );
      const whole = fields.map((f) => `${f.name} ${leaf(getNamedType(f.type))}`).join(' ');
      const page = async (selection: string, after: string | null) =>
        app.must<{
          activities: {
            pageInfo: { endCursor: string | null };
            nodes: Record<string, unknown>[];
          };
        }>(
          `query($after: String) { activities(first: 7, after: $after) {
             pageInfo { endCursor } nodes { id ${selection} } } }`,
          { after },
          tokens[user]!,
        );
      const first = await page(whole, null);
      const second = await page(whole, first.activities.pageInfo.endCursor);
      expect(first.activities.nodes.length).toBe(7);
      for (const field of fields) {
        const selection = `${field.name} ${leaf(getNamedType(field.type))}`;
        app.statements.length = 0;
        const one = await page(selection, null);
        const read = app.statements.find((sql) => /FROM "activity"/.test(sql)) ?? '';
        const two = await page(selection, one.activities.pageInfo.endCursor);
        const pick = (nodes: Record<string, unknown>[]) =>
          nodes.map((node) => ({ id: node.id, [field.name]: node[field.name] }));
        expect(pick(one.activities.nodes)).toEqual(pick(first.activities.nodes));
        expect(pick(two.activities.nodes)).toEqual(pick(second.activities.nodes));
        // A column asked alone: the summary is not read with it.
        if (field.name === 'kind') {
          expect(read).toMatch(/"kind"/);
          expect(read).not.toMatch(/"summary"/);
        }
      }
    },
  );

  /**
   * The org chart reads only the columns its fields ask of contacts, units and edges (a
   * relation declared with `resolvedReads` reads its key). Each field alone answers what the
   * whole selection answers, for several roles, so a wrong declaration fails here.
   */
  it.each(['sales', 'tech', 'admin'])(
    'an org chart asking some fields answers what the whole selection does (%s)',
    async (user) => {
      const [largest] = (await app.db.query(
        `SELECT account_id FROM contact GROUP BY account_id ORDER BY count(*) DESC LIMIT 1`,
      )) as { account_id: string }[];
      const accountId = largest!.account_id;
      const parts = { contacts: 'Contact', units: 'OrgUnit', influences: 'Influence' } as const;
      const fieldsOf = (typeName: string) =>
        Object.values((schema.getType(typeName) as GraphQLObjectType).getFields())
          .filter((field) => !field.args.some(isRequired))
          .map((field) => `${field.name} ${leaf(getNamedType(field.type))}`.trim());
      const chart = (selection: Record<string, string>) =>
        app.must<{ orgChart: Record<string, Record<string, unknown>[]> | null }>(
          `query($id: ID!) { orgChart(accountId: $id) { ${Object.entries(selection)
            .map(([part, fields]) => `${part} { ${fields} }`)
            .join(' ')} } }`,
          { id: accountId },
          tokens[user]!,
        );
      const whole = await chart(
        Object.fromEntries(
          Object.entries(parts).map(([part, type]) => [part, fieldsOf(type).join(' ')]),
        ),
      );
      if (user === 'tech' && !whole.orgChart) return; // not on this account's team
      expect(whole.orgChart?.contacts?.length).toBeGreaterThan(5);
      for (const [part, type] of Object.entries(parts)) {
        for (const field of fieldsOf(type)) {
          const name = field.split(' ')[0]!;
          const key = part === 'influences' ? 'fromContactId' : 'id';
          const one = await chart({ [part]: `${key} ${field}` });
          const pick = (rows: Record<string, unknown>[] | undefined) =>
            (rows ?? []).map((row) => [row[key], row[name]]);
          expect([part, name, pick(one.orgChart?.[part])]).toEqual([
            part,
            name,
            pick(whole.orgChart?.[part]),
          ]);
        }
      }
    },
  );
  /**
   * A list of accounts reads its owner (the AR) and `ownerId` in its own statement; `account(id)`
   * resolves them through the team and users loaders. Every field of the account (the owner
   * whole), for every role, compared account by account; then each field of the owner alone.
   */
  describe('accounts', () => {
    const account = schema.getType('Account') as GraphQLObjectType;
    const user = getNamedType(account.getFields().owner!.type) as GraphQLObjectType;
    const accountSelection = Object.values(account.getFields())
      .filter((field) => !field.args.some(isRequired))
      .map((field) =>
        field.name === 'owner'
          ? `owner { ${nodeSelection(user)} }`
          : `${field.name} ${leaf(getNamedType(field.type))}`,
      )
      .join(' ');

    it.each(['sales', 'sales2', 'tech', 'delivery', 'finance', 'manager', 'admin', 'bi'])(
      'as %s: each account of the list equals account(id) with the same selection',
      async (who) => {
        const token = tokens[who]!;
        const list = await app.gql<{ accounts: { nodes: { id: string; owner: unknown }[] } }>(
          `{ accounts(first: 12) { nodes { ${accountSelection} } } }`,
          {},
          token,
        );
        expect(list.errors).toBeUndefined();
        const nodes = list.data!.accounts.nodes;
        expect(nodes.length).toBeGreaterThan(0);
        if (who === 'admin') expect(nodes.filter((n) => n.owner).length).toBeGreaterThan(1);
        await expectEachAsById(nodes, 'account', accountSelection, token);
      },
    );

    it.each(['sales', 'admin'])(
      "as %s: each field of the owner alone answers what the whole owner's does",
      async (who) => {
        const token = tokens[who]!;
        const page = (selection: string) =>
          app.must<{
            accounts: { nodes: { id: string; owner: Record<string, unknown> | null }[] };
          }>(`{ accounts(first: 12) { nodes { id ${selection} } } }`, {}, token);
        const whole = await page(`ownerId owner { ${nodeSelection(user)} }`);
        const owners = whole.accounts.nodes.map((n) => [n.id, n.owner]);
        for (const field of Object.values(user.getFields())) {
          if (field.args.some(isRequired)) continue;
          const one = await page(`owner { ${field.name} ${leaf(getNamedType(field.type))} }`);
          expect([
            field.name,
            one.accounts.nodes.map((n) => [n.id, n.owner?.[field.name]]),
          ]).toEqual([
            field.name,
            owners.map(([id, owner]) => [
              id,
              (owner as Record<string, unknown> | null)?.[field.name],
            ]),
          ]);
        }
        // ownerId alone is the owner's id.
        const ids = await app.must<{
          accounts: { nodes: { id: string; ownerId: string | null }[] };
        }>(`{ accounts(first: 12) { nodes { id ownerId } } }`, {}, token);
        expect(ids.accounts.nodes.map((n) => [n.id, n.ownerId])).toEqual(
          owners.map(([id, owner]) => [id, (owner as { id?: string } | null)?.id ?? null]),
        );
      },
    );

    it('the owner costs no statement of its own', async () => {
      await app.gql(
        '{ accounts(first: 25) { nodes { id owner { id name } ownerId } } }',
        {},
        tokens.sales!,
      );
      app.statements.length = 0;
      const res = await app.gql<{ accounts: { nodes: { owner: unknown }[] } }>(
        '{ accounts(first: 25) { nodes { id owner { id name } ownerId } } }',
        {},
        tokens.sales!,
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.accounts.nodes.some((n) => n.owner)).toBe(true);
      expect(app.statements).toHaveLength(1);
    });
  });
});
