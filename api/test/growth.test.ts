import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';

/**
 * Issue 21, growing the account: time in stage and velocity, targets measured, group
 * roll-ups and whitespace, each against a fixture computed by hand.
 */
describe('growing the account', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let manager: string;
  let sz: string;
  const stage: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2, tech, manager] = (await Promise.all(
      ['sales', 'sales2', 'tech', 'manager'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string];
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    for (const { code, id } of await app.db.query('SELECT code, id FROM funnel_stage'))
      stage[code as string] = id as string;
  });
  afterAll(() => app.close());

  describe('time in stage and velocity', () => {
    let owner: string;

    /** A deal of `owner` on Shenzhen that moved through `moves` ([stage, day]). */
    const deal = async (amount: string, moves: [string, string][]) => {
      const last = moves[moves.length - 1]!;
      const closed = ['WON', 'LOST'].includes(last[0]) ? last[1] : null;
      const [{ id }] = await app.db.query(
        `INSERT INTO opportunity (account_id, name, amount, currency, stage_id, stage_entered_at, owner_id,
                                  created_by_id, created_at, closed_at)
         VALUES ($1, 'velocity', $2, 'CNY', $3, $4, $5, $5, $6, $7) RETURNING id`,
        [sz, amount, stage[last[0]], last[1], owner, moves[0]![1], closed],
      );
      let from: string | null = null;
      for (const [code, at] of moves) {
        await app.db.query(
          `INSERT INTO stage_change (opportunity_id, from_stage_id, to_stage_id, actor_id, at)
           VALUES ($1, $2, $3, $4, $5)`,
          [id, from, stage[code], owner, at],
        );
        from = stage[code]!;
      }
      return id as string;
    };

    beforeAll(async () => {
      const [{ id: boss }] = await app.db.query(
        `SELECT id FROM "user" WHERE email = 'manager@trident.demo'`,
      );
      [{ id: owner }] = await app.db.query(
        `INSERT INTO "user" (name, email, password_hash, roles, status, manager_id)
         VALUES ('Velocity', 'velocity@growth.test', 'x', ARRAY['SALES'], 'ACTIVE', $1) RETURNING id`,
        [boss],
      );
      // Days by hand: A 10 / 20 / 10 then won (cycle 40); B 20 / 39 then lost; C 30 then
      // still contacted; D 29 in prospect then won (cycle 29).
      await deal('1000', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-11'],
        ['NEED_FOUND', '2025-01-31'],
        ['WON', '2025-02-10'],
      ]);
      await deal('500', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-21'],
        ['LOST', '2025-03-01'],
      ]);
      await deal('700', [
        ['PROSPECT', '2025-01-01'],
        ['CONTACTED', '2025-01-31'],
      ]);
      await deal('3000', [
        ['PROSPECT', '2025-02-01'],
        ['WON', '2025-03-02'],
      ]);
    });

    type StageTimeRow = {
      stageId: string;
      key: string;
      completed: number;
      medianDays: number | null;
      p90Days: number | null;
      openDeals: number;
      openMedianDays: number | null;
    };
    const TIME = `query($p: Period!, $g: StageTimeGroup) { timeInStage(period: $p, groupBy: $g) {
      stageId key completed medianDays p90Days openDeals openMedianDays owner { id } } }`;

    it('gives median and p90 days per stage from the history, won and lost left out', async () => {
      const rows = (
        await app.must<{ timeInStage: StageTimeRow[] }>(TIME, { p: '2025-Q1', g: 'OWNER' }, sales)
      ).timeInStage.filter((r) => r.key === owner);
      const of = (code: string) => rows.find((r) => r.stageId === stage[code]);
      expect(of('PROSPECT')).toMatchObject({
        completed: 4,
        medianDays: 24.5,
        p90Days: 29.7,
        openDeals: 0,
      });
      expect(of('CONTACTED')).toMatchObject({
        completed: 2,
        medianDays: 29.5,
        p90Days: 37.1,
        openDeals: 1,
      });
      const waited = (Date.now() - Date.parse('2025-01-31T00:00:00Z')) / 86_400_000;
      expect(of('CONTACTED')!.openMedianDays).toBeCloseTo(waited, 0);
      expect(of('NEED_FOUND')).toMatchObject({ completed: 1, medianDays: 10, p90Days: 10 });
      expect(of('WON')).toBeUndefined();
      expect(of('LOST')).toBeUndefined();
    });

    it('shows each deal its stints in order', async () => {
      const [{ id }] = await app.db.query(
        `SELECT id FROM opportunity WHERE owner_id = $1 AND amount = 1000`,
        [owner],
      );
      const { opportunity } = await app.must<{
        opportunity: {
          stageStints: { stage: { code: string }; days: number | null; leftAt: string | null }[];
        };
      }>(
        'query($id: ID!) { opportunity(id: $id) { stageStints { stage { code } days leftAt } } }',
        { id },
        sales,
      );
      expect(opportunity.stageStints.map((s) => [s.stage.code, s.days])).toEqual([
        ['PROSPECT', 10],
        ['CONTACTED', 20],
        ['NEED_FOUND', 10],
        ['WON', null],
      ]);
    });

    it('computes velocity: open deals × win rate × average won ÷ median cycle', async () => {
      const { dealVelocity } = await app.must<{
        dealVelocity: Record<string, unknown>[];
      }>(
        `query { dealVelocity(period: "2025-Q1", groupBy: OWNER) { key openDeals won lost winRate averageWon cycleDays perDay } }`,
        {},
        manager,
      );
      // 1 open × 2/3 × 2000 ÷ 34.5 days = 38.647…
      expect(dealVelocity.find((r) => r.key === owner)).toEqual({
        key: owner,
        openDeals: 1,
        won: 2,
        lost: 1,
        winRate: 0.667,
        averageWon: '2000.00',
        cycleDays: 34.5,
        perDay: '38.65',
      });
    });

    it('counts only deals the caller may see; the solution team may not ask', async () => {
      const other = (
        await app.must<{ timeInStage: StageTimeRow[] }>(TIME, { p: '2025-Q1', g: 'OWNER' }, sales2)
      ).timeInStage;
      expect(other.some((r) => r.key === owner)).toBe(false);
      const denied = await app.gql(TIME, { p: '2025-Q1' }, tech);
      expect(denied.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const bad = await app.gql(TIME, { p: '2025-Q5' }, sales);
      expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    });
  });
});
