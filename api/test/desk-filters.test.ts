import { startTestApp, type TestApp } from './support/test-app';

/**
 * The list filters behind desk numbers and chart bars: a list opened from a number holds
 * exactly the rows the number counted, within the caller's scope and nobody else's.
 */
describe('filters behind desk numbers and charts', () => {
  let app: TestApp;
  const token: Record<string, string> = {};

  /** Accounts on whose team a demo user sits (their scope without a reporting line). */
  const teamAccounts = async (email: string): Promise<Set<string>> =>
    new Set(
      (
        (await app.db.query(
          `SELECT m.account_id FROM account_team_member m JOIN "user" u ON u.id = m.user_id
            WHERE u.email = $1`,
          [email],
        )) as { account_id: string }[]
      ).map((row) => row.account_id),
    );

  beforeAll(async () => {
    app = await startTestApp({ demoMaps: true });
    for (const who of ['sales', 'sales2', 'finance', 'manager', 'admin'])
      token[who] = await app.login(`${who}@trident.demo`);
  });
  afterAll(() => app.close());

  describe('accounts with thin decision coverage', () => {
    const THIN = `query($thin: Float!) {
      coverageByAccount(decisionCoverageBelow: $thin, first: 500) { totalCount nodes { accountId } }
      accounts(filter: { decisionCoverageBelow: $thin }, first: 500) { totalCount nodes { id } }
    }`;
    type Thin = {
      coverageByAccount: { totalCount: number; nodes: { accountId: string }[] };
      accounts: { totalCount: number; nodes: { id: string }[] };
    };

    it('lists exactly the accounts the coverage count holds, for every role that has both', async () => {
      for (const who of ['sales', 'manager', 'admin']) {
        for (const thin of [0.5, 1]) {
          const data = await app.must<Thin>(THIN, { thin }, token[who]!);
          expect(data.accounts.totalCount).toBe(data.coverageByAccount.totalCount);
          expect(data.accounts.nodes.map((a) => a.id).sort()).toEqual(
            data.coverageByAccount.nodes.map((c) => c.accountId).sort(),
          );
        }
      }
      const all = await app.must<Thin>(THIN, { thin: 0.5 }, token.admin!);
      // More than one page of the desk's list: the bug was a list of the first five.
      expect(all.accounts.totalCount).toBeGreaterThan(5);
    });

    it('never lists another team’s account', async () => {
      const mine = await teamAccounts('sales@trident.demo');
      const data = await app.must<Thin>(THIN, { thin: 1 }, token.sales!);
      expect(data.accounts.totalCount).toBeGreaterThan(0);
      for (const account of data.accounts.nodes) expect(mine.has(account.id)).toBe(true);
      const everyone = await app.must<Thin>(THIN, { thin: 1 }, token.admin!);
      expect(everyone.accounts.totalCount).toBeGreaterThan(data.accounts.totalCount);
    });

    it('refuses a threshold that is not a share, naming the field', async () => {
      for (const thin of [0, -0.5, 1.5]) {
        const res = await app.gql(
          'query($thin: Float!) { accounts(filter: { decisionCoverageBelow: $thin }) { totalCount } }',
          { thin },
          token.sales,
        );
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'decisionCoverageBelow',
        });
      }
    });
  });

  describe('milestones by aging bucket', () => {
    const BUCKETS = {
      NOT_DUE: 'notDue',
      DAYS_0_TO_30: 'days0to30',
      DAYS_31_TO_60: 'days31to60',
      DAYS_61_TO_90: 'days61to90',
      OVER_90: 'over90',
    } as const;
    type Aging = {
      collectionAging: ({ key: string; currency: string; region: string | null } & Record<
        string,
        string
      >)[];
    };
    type Milestones = {
      paymentMilestones: {
        totalCount: number;
        nodes: { accountId: string; open: { amount: string; currency: string } | null }[];
      };
    };
    const MILESTONES = `query($f: MilestoneFilter) {
      paymentMilestones(filter: $f, first: 1000) { totalCount nodes { accountId open { amount currency } } }
    }`;
    const cents = (amount: string) => Math.round(Number(amount) * 100);

    it('holds exactly the open amount the aging chart shows in each bucket, per account', async () => {
      for (const who of ['finance', 'sales']) {
        const { collectionAging } = await app.must<Aging>(
          `{ collectionAging(groupBy: ACCOUNT) { key currency region
               notDue days0to30 days31to60 days61to90 over90 } }`,
          {},
          token[who]!,
        );
        expect(collectionAging.length).toBeGreaterThan(0);
        let buckets = 0;
        for (const [bucket, column] of Object.entries(BUCKETS)) {
          const { paymentMilestones } = await app.must<Milestones>(
            MILESTONES,
            { f: { aging: bucket } },
            token[who]!,
          );
          const listed = new Map<string, number>();
          for (const m of paymentMilestones.nodes) {
            const key = `${m.accountId}/${m.open!.currency}`;
            listed.set(key, (listed.get(key) ?? 0) + cents(m.open!.amount));
          }
          const charted = new Map(
            collectionAging
              .filter((row) => cents(row[column]!) !== 0)
              .map((row) => [`${row.key}/${row.currency}`, cents(row[column]!)]),
          );
          // A milestone invoiced but fully open and one with nothing open both count.
          for (const [key, amount] of listed)
            if (amount !== 0) expect(charted.get(key)).toBe(amount);
          for (const [key, amount] of charted) expect(listed.get(key)).toBe(amount);
          if (paymentMilestones.totalCount > 0) buckets += 1;
        }
        expect(buckets).toBeGreaterThan(1);
      }
    });

    it('narrows to one account region and never leaves the caller’s scope', async () => {
      const mine = await teamAccounts('sales@trident.demo');
      const [busiest] = (await app.db.query(
        `SELECT a.region FROM payment_milestone m JOIN account a ON a.id = m.account_id
          WHERE a.region IS NOT NULL GROUP BY a.region ORDER BY count(*) DESC LIMIT 1`,
      )) as { region: string }[];
      const region = busiest!.region;
      const inRegion = new Set(
        (
          (await app.db.query('SELECT id FROM account WHERE region = $1', [region])) as {
            id: string;
          }[]
        ).map((a) => a.id),
      );
      const all = await app.must<Milestones>(MILESTONES, { f: { region } }, token.finance!);
      expect(all.paymentMilestones.totalCount).toBeGreaterThan(0);
      for (const m of all.paymentMilestones.nodes) expect(inRegion.has(m.accountId)).toBe(true);
      const scopedRegion = await app.must<Milestones>(MILESTONES, { f: { region } }, token.sales!);
      for (const m of scopedRegion.paymentMilestones.nodes) {
        expect(inRegion.has(m.accountId)).toBe(true);
        expect(mine.has(m.accountId)).toBe(true);
      }
      for (const bucket of Object.keys(BUCKETS)) {
        const scoped = await app.must<Milestones>(
          MILESTONES,
          { f: { aging: bucket } },
          token.sales!,
        );
        for (const m of scoped.paymentMilestones.nodes) expect(mine.has(m.accountId)).toBe(true);
      }
    });
  });

  describe('deals of a funnel stage', () => {
    const period = String(new Date().getFullYear());
    type Funnel = { funnel: { stages: { currentCount: number; stage: { id: string } }[] } };
    const DEALS = `query($f: OpportunityFilter) {
      opportunities(filter: $f, first: 1000) { totalCount nodes { accountId } }
    }`;
    type Deals = { opportunities: { totalCount: number; nodes: { accountId: string }[] } };

    it('lists as many deals as the funnel has in the stage for the period, in scope', async () => {
      const mine = await teamAccounts('sales@trident.demo');
      for (const who of ['sales', 'manager']) {
        const { funnel } = await app.must<Funnel>(
          'query($p: Period) { funnel(filter: { period: $p }) { stages { currentCount stage { id } } } }',
          { p: period },
          token[who]!,
        );
        expect(funnel.stages.some((s) => s.currentCount > 0)).toBe(true);
        for (const stage of funnel.stages) {
          const { opportunities } = await app.must<Deals>(
            DEALS,
            { f: { stageIds: [stage.stage.id], createdIn: period, currency: 'CNY' } },
            token[who]!,
          );
          expect(opportunities.totalCount).toBe(stage.currentCount);
          if (who === 'sales')
            for (const deal of opportunities.nodes) expect(mine.has(deal.accountId)).toBe(true);
        }
      }
    });

    it('refuses a period or a currency that is not one, naming the field', async () => {
      for (const [f, field] of [
        [{ createdIn: '2026-13' }, 'createdIn'],
        [{ currency: 'yuan' }, 'currency'],
      ] as const) {
        const res = await app.gql(DEALS, { f }, token.sales);
        expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(JSON.stringify(res.errors)).toContain(field);
      }
    });
  });

  describe('people in a reporting line', () => {
    it('lists a manager and everyone below them, for the reassign picker', async () => {
      const USERS = `query($m: ID!) { users(filter: { teamOf: $m }, first: 500) { nodes { id } } }`;
      const [manager] = (await app.db.query(
        `SELECT id FROM "user" WHERE email = 'manager@trident.demo'`,
      )) as { id: string }[];
      const line = (
        (await app.db.query(
          `WITH RECURSIVE line(id) AS (SELECT $1::uuid UNION
             SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id) SELECT id FROM line`,
          [manager!.id],
        )) as { id: string }[]
      ).map((u) => u.id);
      expect(line.length).toBeGreaterThan(2);
      const { users } = await app.must<{ users: { nodes: { id: string }[] } }>(
        USERS,
        { m: manager!.id },
        token.manager!,
      );
      expect(users.nodes.map((u) => u.id).sort()).toEqual([...line].sort());
      const outside = await app.db.query('SELECT count(*)::int AS n FROM "user"');
      expect(outside[0].n).toBeGreaterThan(line.length);
    });
  });

  describe('escalations by id', () => {
    it('opens an escalation by its id for whoever may see it, and for nobody else', async () => {
      const [row] = (await app.db.query(
        `SELECT e.id, e.account_id FROM escalation e
          WHERE e.account_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
             WHERE m.account_id = e.account_id AND u.email = 'sales2@trident.demo')
            AND e.target_user_id NOT IN (SELECT id FROM "user" WHERE email = 'sales2@trident.demo')
          LIMIT 1`,
      )) as { id: string; account_id: string }[];
      expect(row).toBeDefined();
      const READ = `query($ids: [ID!]) { escalations(filter: { ids: $ids }) { totalCount nodes { id } } }`;
      type Read = { escalations: { totalCount: number; nodes: { id: string }[] } };
      const admin = await app.must<Read>(READ, { ids: [row!.id] }, token.admin!);
      expect(admin.escalations.nodes.map((e) => e.id)).toEqual([row!.id]);
      const other = await app.must<Read>(READ, { ids: [row!.id] }, token.sales2!);
      expect(other.escalations.totalCount).toBe(0);
      const bad = await app.gql(READ, { ids: ['not-an-id'] }, token.admin);
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('opens the feedback an escalation is about by its id, in scope only', async () => {
      const [row] = (await app.db.query(
        `SELECT f.id FROM feedback f WHERE NOT EXISTS (
           SELECT 1 FROM account_team_member m JOIN "user" u ON u.id = m.user_id
            WHERE m.account_id = f.account_id AND u.email = 'sales2@trident.demo') LIMIT 1`,
      )) as { id: string }[];
      const READ = `query($ids: [ID!]) { feedbacks(filter: { ids: $ids }) { totalCount nodes { id } } }`;
      type Read = { feedbacks: { totalCount: number; nodes: { id: string }[] } };
      const admin = await app.must<Read>(READ, { ids: [row!.id] }, token.admin!);
      expect(admin.feedbacks.nodes.map((f) => f.id)).toEqual([row!.id]);
      const other = await app.must<Read>(READ, { ids: [row!.id] }, token.sales2!);
      expect(other.feedbacks.totalCount).toBe(0);
    });
  });
});
