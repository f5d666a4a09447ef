import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

/**
 * Issue 20, the relationship rhythm and the task table of seed 000: last contact and cadence,
 * cooling relationships and their escalation, owners who hold a seat, the risk register raised
 * once per cause, task dependencies, STUCK, the AR's review of the table, refresh reminders and
 * the whole timeline — each against a fixture built by hand.
 */
describe('relationship rhythm, risks and the task table', () => {
  let app: TestApp;
  let second: DataSource;
  let sales: string;
  let sales2: string;
  let tech: string;
  let manager: string;
  let admin: string;
  const id: Record<string, string> = {};
  const contact: Record<string, string> = {};
  let account: string;
  let other: string;

  const user = async (email: string) =>
    (
      (await app.db.query('SELECT id FROM "user" WHERE email = $1', [email])) as { id: string }[]
    )[0]!.id;

  const visit = (accountId: string, at: Date, contactIds: string[]) =>
    app.db.query(
      `INSERT INTO activity (account_id, kind, occurred_at, summary, created_by_id, contact_ids)
       VALUES ($1, 'VISIT', $2, 'visit', $3, $4::uuid[])`,
      [accountId, at, id.sales, contactIds],
    );

  beforeAll(async () => {
    app = await startTestApp();
    second = createDataSource({ url: (app.db.options as { url: string }).url, poolSize: 4 });
    await second.initialize();
    for (const name of ['sales', 'sales2', 'tech', 'manager', 'admin'])
      id[name] = await user(`${name}@trident.demo`);
    // An outsider with no seat anywhere, to own a relationship they cannot see.
    [{ id: id.outsider }] = await app.db.query(
      `INSERT INTO "user" (name, email, password_hash, roles, status, manager_id)
       VALUES ('outsider', 'outsider@rhythm.test', 'x', ARRAY['SALES'], 'ACTIVE', $1) RETURNING id`,
      [id.manager],
    );
    // Two customers made before anyone signs in (scopes are cached per person).
    [{ id: account }] = await app.db.query(
      `INSERT INTO account (name, normalized_name, tier, claimed_by_id, created_at)
       VALUES ('节奏测试有限公司', '节奏测试有限公司', 'CITY', $1, $2) RETURNING id`,
      [id.sales, daysAgo(400)],
    );
    [{ id: other }] = await app.db.query(
      `INSERT INTO account (name, normalized_name, tier, claimed_by_id, created_at)
       VALUES ('别队客户有限公司', '别队客户有限公司', 'CITY', $1, $2) RETURNING id`,
      [id.sales2, daysAgo(400)],
    );
    await app.db.query(
      `INSERT INTO account_team_member (account_id, user_id, team_role)
       VALUES ($1, $2, 'AR'), ($1, $3, 'SR'), ($4, $5, 'AR')`,
      [account, id.sales, id.tech, other, id.sales2],
    );
    const person = async (
      key: string,
      accountId: string,
      level: string,
      extra: { risingStar?: boolean; status?: string; owner?: string } = {},
    ) => {
      [{ id: contact[key] }] = await app.db.query(
        `INSERT INTO contact (account_id, name, level, rising_star, status, relationship_owner_id, created_at, influence)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 3) RETURNING id`,
        [
          accountId,
          key,
          level,
          extra.risingStar ?? false,
          extra.status ?? 'ACTIVE',
          extra.owner ?? null,
          daysAgo(200),
        ],
      );
    };
    await person('c1', account, 'DECISION');
    await person('c2', account, 'DECISION', { owner: id.outsider });
    await person('c3', account, 'EXECUTIVE');
    await person('c4', account, 'OPERATIONAL', { risingStar: true });
    await person('c5', account, 'OPERATIONAL');
    await person('c6', account, 'DECISION', { status: 'LEFT' });
    await person('c7', account, 'DECISION');
    await person('b1', other, 'DECISION');
    // By hand: c1 met 10 and 50 days ago (2 in 90 days, due in 20); c2 met 45 days ago (15
    // past its 30); c3 never met, entered 200 days ago (110 past its 90); c4 a rising star met
    // 70 days ago (10 past its 60); c5 has no cadence; c6 left; c7 met 100 days ago and
    // planned in 5 days (the plan does not count: 70 past); b1 is another team's.
    await visit(account, daysAgo(10), [contact.c1!]);
    await visit(account, daysAgo(50), [contact.c1!, contact.c6!]);
    await visit(account, daysAgo(45), [contact.c2!]);
    await visit(account, daysAgo(70), [contact.c4!]);
    await visit(account, daysAgo(100), [contact.c7!]);
    await visit(account, daysAgo(-5), [contact.c7!]);
    [sales, sales2, tech, manager, admin] = (await Promise.all(
      ['sales', 'sales2', 'tech', 'manager', 'admin'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string, string];
  });
  afterAll(async () => {
    await second?.destroy();
    await app.close();
  });

  describe('last contact and cadence', () => {
    it('gives each contact its last contact, visits in 90 days and cadence', async () => {
      const rhythm = async (key: string) =>
        (
          await app.must<{
            contact: {
              rhythm: {
                lastContactedAt: string | null;
                contactsLast90Days: number;
                cadenceDays: number | null;
                stale: boolean;
              };
            };
          }>(
            `query($id: ID!) { contact(id: $id) { rhythm { lastContactedAt contactsLast90Days cadenceDays stale } } }`,
            { id: contact[key] },
            tech,
          )
        ).contact.rhythm;
      const c1 = await rhythm('c1');
      expect(Math.round((Date.now() - Date.parse(c1.lastContactedAt!)) / DAY)).toBe(10);
      expect(c1).toMatchObject({ contactsLast90Days: 2, cadenceDays: 30, stale: false });
      expect(await rhythm('c3')).toMatchObject({
        lastContactedAt: null,
        contactsLast90Days: 0,
        cadenceDays: 90,
        stale: true,
      });
      expect(await rhythm('c4')).toMatchObject({ cadenceDays: 60, stale: true });
      expect(await rhythm('c5')).toMatchObject({ cadenceDays: null, stale: false });
      expect(await rhythm('c6')).toMatchObject({ contactsLast90Days: 1, stale: false });
      const c7 = await rhythm('c7');
      expect(Math.round((Date.now() - Date.parse(c7.lastContactedAt!)) / DAY)).toBe(100);
      expect(c7).toMatchObject({ contactsLast90Days: 0, stale: true });
    });

    const STALE = `query($a: ID) { staleRelationships(accountId: $a) { totalCount nodes { contactId daysOverdue cadenceDays contact { name } } } }`;
    type Stale = {
      staleRelationships: {
        totalCount: number;
        nodes: { contactId: string; daysOverdue: number; cadenceDays: number }[];
      };
    };

    it('lists cooling relationships most overdue first, in the caller’s scope only', async () => {
      const mine = await app.must<Stale>(STALE, { a: account }, sales);
      expect(mine.staleRelationships.nodes.map((n) => [n.contactId, n.daysOverdue])).toEqual([
        [contact.c3, 110],
        [contact.c7, 70],
        [contact.c2, 15],
        [contact.c4, 10],
      ]);
      // Without an account: the same four for SALES (the other team's b1 is not theirs)…
      const all = await app.must<Stale>(STALE, {}, sales);
      expect(all.staleRelationships.nodes.map((n) => n.contactId)).not.toContain(contact.b1);
      expect(
        all.staleRelationships.nodes.filter((n) =>
          [contact.c2, contact.c3, contact.c4, contact.c7].includes(n.contactId),
        ),
      ).toHaveLength(4);
      // …and another team sees none of them.
      const theirs = await app.must<Stale>(STALE, { a: account }, sales2);
      expect(theirs.staleRelationships.totalCount).toBe(0);
      const b1 = await app.must<Stale>(STALE, { a: other }, sales2);
      expect(b1.staleRelationships.nodes.map((n) => n.contactId)).toEqual([contact.b1]);
    });

    it('lets only ADMIN set a cadence, within 1–730 days, audited', async () => {
      const SET = `mutation($k: CadenceKey!, $d: Int) { setRelationshipCadence(key: $k, days: $d) { key days } }`;
      const bySales = await app.gql(SET, { k: 'MANAGEMENT', d: 45 }, sales);
      expect(bySales.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const tooLong = await app.gql(SET, { k: 'MANAGEMENT', d: 731 }, admin);
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'days',
      });
      expect(
        await app.db.query(`SELECT 1 FROM relationship_cadence WHERE key = 'MANAGEMENT'`),
      ).toEqual([]);
      const set = await app.must<{ setRelationshipCadence: { key: string; days: number }[] }>(
        SET,
        { k: 'MANAGEMENT', d: 45 },
        admin,
      );
      expect(set.setRelationshipCadence).toContainEqual({ key: 'MANAGEMENT', days: 45 });
      const removed = await app.must<{ setRelationshipCadence: { key: string }[] }>(
        SET,
        { k: 'MANAGEMENT', d: null },
        admin,
      );
      expect(removed.setRelationshipCadence.map((c) => c.key)).not.toContain('MANAGEMENT');
      expect(await app.count('audit_event')).toBeGreaterThan(0);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'relationshipCadence.set'`,
      );
      expect(n).toBe(2);
    });
  });

  describe('RELATIONSHIP_STALE', () => {
    const levels = async () =>
      (await app.db.query(
        `SELECT e.object_id, e.level, e.target_user_id FROM escalation e
           JOIN escalation_rule r ON r.id = e.rule_id AND r.trigger = 'RELATIONSHIP_STALE'
          WHERE e.account_id = $1 AND e.status = 'OPEN' ORDER BY e.object_id, e.level`,
        [account],
      )) as { object_id: string; level: number; target_user_id: string }[];

    it('escalates each cooling contact once per level, even with two workers at once', async () => {
      const now = new Date();
      const [a, b] = await Promise.all([
        new EscalationEngine(app.db).run(now, ['RELATIONSHIP_STALE']),
        new EscalationEngine(second).run(now, ['RELATIONSHIP_STALE']),
      ]);
      expect(a.created + b.created).toBeGreaterThanOrEqual(8);
      const rows = await levels();
      // c2, c3, c4, c7: each past due by more than the week of level 2 → levels 1 and 2.
      const stale = [contact.c2, contact.c3, contact.c4, contact.c7];
      expect(rows.map((r) => [r.object_id, r.level])).toEqual(
        stale.sort().flatMap((c) => [
          [c, 1],
          [c, 2],
        ]),
      );
      // Level 1 reaches the AR: c2's owner holds no seat on the team, so not them.
      expect(new Set(rows.filter((r) => r.level === 1).map((r) => r.target_user_id))).toEqual(
        new Set([id.sales]),
      );
      expect(new Set(rows.filter((r) => r.level === 2).map((r) => r.target_user_id))).toEqual(
        new Set([id.manager]),
      );
      // Again: nothing new.
      expect((await new EscalationEngine(app.db).run(now, ['RELATIONSHIP_STALE'])).created).toBe(0);
    });

    it('is resolved by the next visit that meets the contact', async () => {
      await visit(account, daysAgo(0.01), [contact.c2!]);
      const result = await new EscalationEngine(app.db).run(new Date(), ['RELATIONSHIP_STALE']);
      expect(result.created).toBe(0);
      expect(result.resolved).toBe(2);
      expect((await levels()).map((r) => r.object_id)).not.toContain(contact.c2);
    });

    it('escalates again when the relationship cools again after that visit (a new episode)', async () => {
      // 40 days after the visit, c2 is 10 days past its 30-day cadence once more.
      const later = new Date(Date.now() + 40 * 86_400_000);
      const engine = new EscalationEngine(app.db);
      await engine.run(later, ['RELATIONSHIP_STALE']);
      const c2 = (await levels()).filter((r) => r.object_id === contact.c2);
      expect(c2.map((r) => r.level)).toEqual([1, 2]);
      const history: { status: string; n: number }[] = await app.db.query(
        `SELECT status, count(*)::int AS n FROM escalation WHERE object_id = $1 GROUP BY 1 ORDER BY 1`,
        [contact.c2],
      );
      expect(history).toEqual([
        { status: 'OPEN', n: 2 },
        { status: 'RESOLVED', n: 2 },
      ]);
      // Closed by hand while it still holds: the same episode is not raised again.
      await app.db.query(
        `UPDATE escalation SET status = 'RESOLVED', resolved_at = $2
          WHERE object_id = $1 AND status = 'OPEN'`,
        [contact.c2, later],
      );
      expect(
        (await engine.run(new Date(later.getTime() + 3_600_000), ['RELATIONSHIP_STALE'])).created,
      ).toBe(0);
    });
  });

  describe('coverage that is real', () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $owner: ID) { updateContact(id: $id, version: $v, input: { relationshipOwnerId: $owner }) { id relationshipOwnerId } }`;
    const version = async (key: string) =>
      (
        (await app.db.query('SELECT version FROM contact WHERE id = $1', [contact[key]])) as {
          version: number;
        }[]
      )[0]!.version;

    it('refuses a relationship owner without a seat on the team, writing nothing', async () => {
      const res = await app.gql(
        UPDATE,
        { id: contact.c1, v: await version('c1'), owner: id.sales2 },
        sales,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'relationshipOwnerId',
        reason: 'OWNER_NOT_ON_TEAM',
      });
      const [row] = await app.db.query('SELECT relationship_owner_id FROM contact WHERE id = $1', [
        contact.c1,
      ]);
      expect(row.relationship_owner_id).toBeNull();
      const ok = await app.must<{ updateContact: { relationshipOwnerId: string } }>(
        UPDATE,
        { id: contact.c1, v: await version('c1'), owner: id.tech },
        sales,
      );
      expect(ok.updateContact.relationshipOwnerId).toBe(id.tech);
    });

    it('counts only owners who hold a seat as coverage', async () => {
      // c1 (tech, seated) is covered; c2's owner is an outsider: not covered. Decision level
      // and active: c1, c2, c3, c7.
      const res = await app.must<{
        relationshipCoverage: {
          decisionContactsTotal: number;
          decisionContactsCovered: number;
          uncoveredContacts: { id: string }[];
        };
      }>(
        `query($a: ID!) { relationshipCoverage(accountId: $a) { decisionContactsTotal decisionContactsCovered uncoveredContacts { id } } }`,
        { a: account },
        sales,
      );
      expect(res.relationshipCoverage.decisionContactsTotal).toBe(4);
      expect(res.relationshipCoverage.decisionContactsCovered).toBe(1);
      expect(res.relationshipCoverage.uncoveredContacts.map((c) => c.id)).toContain(contact.c2);
      expect(res.relationshipCoverage.uncoveredContacts.map((c) => c.id)).not.toContain(contact.c1);
    });
  });

  describe('the risk register', () => {
    const RISKS = `query($a: ID) { risks(filter: { accountId: $a }) { totalCount nodes { id source causeId likelihood impact exposure title tasks { id } } } }`;
    type Risks = {
      risks: {
        totalCount: number;
        nodes: { id: string; source: string; causeId: string | null; exposure: number }[];
      };
    };

    it('raises one risk per cause from live signals, with two workers at once', async () => {
      // c6 left two days ago and was influential: a key contact left.
      await app.db.query(`UPDATE contact SET left_at = $2, influence = 5 WHERE id = $1`, [
        contact.c6,
        daysAgo(2),
      ]);
      const now = new Date();
      const [a, b] = await Promise.all([
        new EscalationEngine(app.db).sweepSignals(now),
        new EscalationEngine(second).sweepSignals(now),
      ]);
      expect(a.risks + b.risks).toBeGreaterThanOrEqual(4);
      const rows: { source: string; cause_id: string; n: number }[] = await app.db.query(
        `SELECT source, cause_id, count(*)::int AS n FROM account_risk WHERE account_id = $1
          GROUP BY 1, 2 ORDER BY 1, 2`,
        [account],
      );
      expect(rows.every((r) => r.n === 1)).toBe(true);
      expect(rows.map((r) => [r.source, r.cause_id])).toEqual(
        [
          ['KEY_CONTACT_LEFT', contact.c6],
          ['RELATIONSHIP_STALE', contact.c3],
          ['RELATIONSHIP_STALE', contact.c4],
          ['RELATIONSHIP_STALE', contact.c7],
        ].sort((x, y) => (x[0]! + x[1]! < y[0]! + y[1]! ? -1 : 1)),
      );
      expect((await new EscalationEngine(app.db).sweepSignals(now)).risks).toBe(0);
    });

    it('ranks by exposure for the team and shows nothing to another team', async () => {
      const mine = await app.must<Risks>(RISKS, { a: account }, sales);
      expect(mine.risks.nodes.map((r) => r.exposure)).toEqual([16, 12, 12, 6]);
      expect(mine.risks.nodes[0]!.source).toBe('KEY_CONTACT_LEFT');
      const theirs = await app.must<Risks>(RISKS, { a: account }, sales2);
      expect(theirs.risks.totalCount).toBe(0);
      const one = await app.must<{ risk: null }>(
        `query($id: ID!) { risk(id: $id) { id title } }`,
        { id: mine.risks.nodes[0]!.id },
        sales2,
      );
      expect(one.risk).toBeNull();
    });

    it('is kept by the team: entered, validated, mitigated and closed with a version', async () => {
      const CREATE = `mutation($input: CreateRiskInput!) { createRisk(input: $input) { id version status source exposure owner { id } } }`;
      const input = {
        accountId: account,
        title: '竞争对手低价切入',
        likelihood: 4,
        impact: 5,
        mitigation: '高层拜访',
      };
      const before = await app.count('account_risk');
      const tooLikely = await app.gql(CREATE, { input: { ...input, likelihood: 6 } }, sales);
      expect(tooLikely.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'likelihood',
      });
      const outsiderOwner = await app.gql(
        CREATE,
        { input: { ...input, ownerId: id.sales2 } },
        sales,
      );
      expect(outsiderOwner.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'ownerId',
        reason: 'OWNER_NOT_ON_TEAM',
      });
      const otherTeam = await app.gql(CREATE, { input }, sales2);
      expect(otherTeam.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await app.count('account_risk')).toBe(before);
      const created = await app.must<{
        createRisk: {
          id: string;
          version: number;
          source: string;
          exposure: number;
          owner: { id: string };
        };
      }>(CREATE, { input }, tech);
      expect(created.createRisk).toMatchObject({
        source: 'MANUAL',
        exposure: 20,
        owner: { id: id.tech },
      });
      // A mitigation task points at it.
      const task = await app.must<{ createTask: { id: string } }>(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        {
          input: {
            accountId: account,
            title: '安排高层拜访',
            due: new Date(Date.now() + 7 * DAY).toISOString(),
            riskId: created.createRisk.id,
          },
        },
        sales,
      );
      const foreignRisk = await app.gql(
        `mutation($input: CreateTaskInput!) { createTask(input: $input) { id } }`,
        {
          input: {
            accountId: other,
            title: 'x',
            due: new Date(Date.now() + 7 * DAY).toISOString(),
            riskId: created.createRisk.id,
          },
        },
        sales2,
      );
      expect(foreignRisk.errors?.[0]?.extensions).toMatchObject({ field: 'riskId' });
      const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateRiskInput!) { updateRisk(id: $id, version: $v, input: $input) { status closedAt version tasks { id } } }`;
      const closed = await app.must<{
        updateRisk: { status: string; closedAt: string | null; tasks: { id: string }[] };
      }>(
        UPDATE,
        { id: created.createRisk.id, v: created.createRisk.version, input: { status: 'CLOSED' } },
        sales,
      );
      expect(closed.updateRisk.status).toBe('CLOSED');
      expect(closed.updateRisk.closedAt).not.toBeNull();
      expect(closed.updateRisk.tasks.map((t) => t.id)).toEqual([task.createTask.id]);
      const stale = await app.gql(
        UPDATE,
        { id: created.createRisk.id, v: created.createRisk.version, input: { status: 'OPEN' } },
        sales,
      );
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const nulled = await app.gql(
        UPDATE,
        { id: created.createRisk.id, v: created.createRisk.version + 1, input: { title: null } },
        sales,
      );
      expect(nulled.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'title',
      });
    });
    it('raises a closed risk again only for the cause’s next episode', async () => {
      const stale = async () =>
        (await app.db.query(
          `SELECT id, status FROM account_risk
            WHERE cause_id = $1 AND source = 'RELATIONSHIP_STALE' ORDER BY created_at`,
          [contact.c7],
        )) as { id: string; status: string }[];
      const [first] = await stale();
      // Closed by a person while c7 is still cooling: that episode is not raised again.
      await app.db.query(
        `UPDATE account_risk SET status = 'CLOSED', closed_at = now() WHERE id = $1`,
        [first!.id],
      );
      expect((await new EscalationEngine(app.db).sweepSignals(new Date())).risks).toBe(0);
      // c7 is met (and the visit planned in 5 days happens), then cools again: 40 days on it is
      // 5 days past its cadence — a new episode, a new risk.
      await visit(account, daysAgo(0.001), [contact.c7!]);
      const later = new Date(Date.now() + 40 * DAY);
      await new EscalationEngine(app.db).sweepSignals(later);
      expect((await stale()).map((r) => r.status)).toEqual(['CLOSED', 'OPEN']);
    });
  });

  describe('the task table as seed 000 runs it', () => {
    const CREATE = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id version } }`;
    const newTask = async (title: string, token: string, extra: Record<string, unknown> = {}) =>
      (
        await app.must<{ createTask: { id: string; version: number } }>(
          CREATE,
          {
            input: {
              accountId: account,
              title,
              due: new Date(Date.now() + 5 * DAY).toISOString(),
              assigneeId: id.tech,
              ...extra,
            },
          },
          token,
        )
      ).createTask;
    const versionOf = async (taskId: string) =>
      (
        (await app.db.query('SELECT version FROM task WHERE id = $1', [taskId])) as {
          version: number;
        }[]
      )[0]!.version;
    const act = (mutation: string, taskId: string, token: string, extra = '') =>
      versionOf(taskId).then((v) =>
        app.gql(
          `mutation($id: ID!, $v: Int!) { ${mutation}(id: $id, version: $v${extra}) { id status version } }`,
          { id: taskId, v },
          token,
        ),
      );
    const blockers = async (taskId: string) =>
      (
        (await app.db.query(
          'SELECT blocked_by_id FROM task_dependency WHERE task_id = $1 ORDER BY 1',
          [taskId],
        )) as { blocked_by_id: string }[]
      ).map((r) => r.blocked_by_id);

    it('refuses a dependency that closes a loop, or reaches another customer, writing nothing', async () => {
      const t1 = await newTask('调研', sales);
      const t2 = await newTask('方案', sales, { blockedByIds: [t1.id] });
      const t3 = await newTask('报价', sales, { blockedByIds: [t2.id] });
      const UPDATE = `mutation($id: ID!, $v: Int!, $b: [ID!]) { updateTask(id: $id, version: $v, input: { blockedByIds: $b }) { id } }`;
      for (const loop of [[t3.id], [t1.id]]) {
        const res = await app.gql(UPDATE, { id: t1.id, v: await versionOf(t1.id), b: loop }, sales);
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'blockedByIds',
          reason: 'TASK_DEPENDENCY_CYCLE',
        });
      }
      expect(await blockers(t1.id)).toEqual([]);
      const [foreign] = await app.db.query(
        `INSERT INTO task (account_id, title, due, requester_id) VALUES ($1, 'x', now() + interval '3 days', $2) RETURNING id`,
        [other, id.sales2],
      );
      const elsewhere = await app.gql(
        UPDATE,
        { id: t3.id, v: await versionOf(t3.id), b: [foreign.id] },
        sales,
      );
      expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
        field: 'blockedByIds',
        reason: 'NOT_CUSTOMER_TASK',
      });
      expect(await blockers(t3.id)).toEqual([t2.id]);
      // Two edits at once that would close a loop between them: one wins, one is refused.
      const x = await newTask('x', sales);
      const y = await newTask('y', sales);
      const both = await Promise.all([
        app.gql(UPDATE, { id: x.id, v: x.version, b: [y.id] }, sales),
        app.gql(UPDATE, { id: y.id, v: y.version, b: [x.id] }, sales),
      ]);
      expect(both.filter((r) => !r.errors).length).toBe(1);
      expect(both.find((r) => r.errors)?.errors?.[0]?.extensions?.reason).toBe(
        'TASK_DEPENDENCY_CYCLE',
      );
    });

    it('does not start a task whose blockers are open, then does once they are done', async () => {
      const first = await newTask('先做', sales);
      const then = await newTask('后做', sales, { blockedByIds: [first.id] });
      expect((await act('acknowledgeTask', then.id, tech)).errors).toBeUndefined();
      const fields = await app.must<{ task: { blocked: boolean; blockedBy: { id: string }[] } }>(
        `query($id: ID!) { task(id: $id) { blocked blockedBy { id } } }`,
        { id: then.id },
        tech,
      );
      expect(fields.task).toEqual({ blocked: true, blockedBy: [{ id: first.id }] });
      const early = await act('startTask', then.id, tech);
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'status',
        reason: 'TASK_BLOCKED',
      });
      for (const [mutation, token, extra] of [
        ['acknowledgeTask', tech, ''],
        ['startTask', tech, ''],
        ['submitTask', tech, ''],
        ['reviewTask', sales, ', input: { decision: ACCEPT, score: 90 }'],
      ] as const)
        expect((await act(mutation, first.id, token, extra)).errors).toBeUndefined();
      expect((await act('startTask', then.id, tech)).errors).toBeUndefined();
    });

    it('STUCK tells the requester and the AR at once, escalates unanswered, and is answered', async () => {
      const task = await newTask('接口联调', manager);
      await act('acknowledgeTask', task.id, tech);
      await act('startTask', task.id, tech);
      const blank = await act('reportTaskStuck', task.id, tech, ', reason: "  "');
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      const notified = async () =>
        (
          (await app.db.query(
            `SELECT user_id FROM notification WHERE entity_id = $1 AND title LIKE 'Stuck%' ORDER BY 1`,
            [task.id],
          )) as { user_id: string }[]
        ).map((r) => r.user_id);
      expect(await notified()).toEqual([]);
      const stuck = await act('reportTaskStuck', task.id, tech, ', reason: "缺少客户接口文档"');
      expect(stuck.errors).toBeUndefined();
      expect(await notified()).toEqual([id.manager, id.sales].sort());
      const escalated = async () =>
        (await app.db.query(
          `SELECT e.level, e.target_user_id, e.status FROM escalation e
             JOIN escalation_rule r ON r.id = e.rule_id AND r.trigger = 'TASK_STUCK'
            WHERE e.object_id = $1 ORDER BY e.level`,
          [task.id],
        )) as { level: number; target_user_id: string; status: string }[];
      const engine = new EscalationEngine(app.db);
      await engine.run(new Date(Date.now() + 3 * 3_600_000), ['TASK_STUCK']);
      expect(await escalated()).toEqual([]);
      await engine.run(new Date(Date.now() + 5 * 3_600_000), ['TASK_STUCK']);
      expect(await escalated()).toEqual([{ level: 1, target_user_id: id.manager, status: 'OPEN' }]);
      // Someone who is neither requester, AR nor manager may not answer.
      const byOther = await act('answerStuckTask', task.id, sales2, ', answer: "x"');
      expect(byOther.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      const answered = await act('answerStuckTask', task.id, sales, ', answer: "文档已发邮箱"');
      expect(answered.errors).toBeUndefined();
      const [row] = await app.db.query('SELECT status, stuck_answer FROM task WHERE id = $1', [
        task.id,
      ]);
      expect(row).toEqual({ status: 'IN_PROGRESS', stuck_answer: '文档已发邮箱' });
      const [audited] = await app.db.query(
        `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`,
        [task.id],
      );
      expect(audited.action).toBe('task.answer');
      await engine.run(new Date(Date.now() + 6 * 3_600_000), ['TASK_STUCK']);
      expect((await escalated()).map((e) => e.status)).toEqual(['RESOLVED']);
    });

    it('counts a plan ready only when complete and reviewed by the AR since its last task', async () => {
      const plan = (
        await app.must<{ createWorkPlan: { id: string } }>(
          `mutation($input: CreateWorkPlanInput!) { createWorkPlan(input: $input) { id } }`,
          { input: { accountId: account, name: '季度攻坚' } },
          sales,
        )
      ).createWorkPlan;
      const task = await newTask('拜访采购', sales, { planId: plan.id });
      await act('acknowledgeTask', task.id, tech);
      const READY = `query($id: ID!) { planReadiness(planId: $id) { complete reviewed ready lastReview { notes tasks } } }`;
      type Ready = {
        planReadiness: {
          complete: boolean;
          reviewed: boolean;
          ready: boolean;
          lastReview: { notes: string; tasks: number } | null;
        };
      };
      expect((await app.must<Ready>(READY, { id: plan.id }, sales)).planReadiness).toEqual({
        complete: true,
        reviewed: false,
        ready: false,
        lastReview: null,
      });
      const REVIEW = `mutation($id: ID!, $notes: String!) { reviewWorkPlan(id: $id, input: { notes: $notes }) { id tasks } }`;
      const byTech = await app.gql(REVIEW, { id: plan.id, notes: '过一遍' }, tech);
      expect(byTech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await app.count('work_plan_review')).toBe(0);
      await app.must(REVIEW, { id: plan.id, notes: '全体过表，分工明确' }, sales);
      expect((await app.must<Ready>(READY, { id: plan.id }, sales)).planReadiness).toEqual({
        complete: true,
        reviewed: true,
        ready: true,
        lastReview: { notes: '全体过表，分工明确', tasks: 1 },
      });
      // A task added afterwards asks for another review (and an acknowledgement).
      await newTask('准备资料', sales, { planId: plan.id });
      expect((await app.must<Ready>(READY, { id: plan.id }, sales)).planReadiness).toMatchObject({
        complete: false,
        reviewed: false,
        ready: false,
      });
    });

    it('asks the AR to refresh a customer map left unchanged 90 days, once per quarter', async () => {
      await app.db.query(`UPDATE contact SET updated_at = $2 WHERE account_id = $1`, [
        account,
        daysAgo(100),
      ]);
      const now = new Date();
      const [a, b] = await Promise.all([
        new EscalationEngine(app.db).sweepSignals(now),
        new EscalationEngine(second).sweepSignals(now),
      ]);
      expect(a.reminders + b.reminders).toBe(1);
      const rows: { assignee_id: string; kind: string; status: string }[] = await app.db.query(
        `SELECT assignee_id, kind, status FROM task WHERE account_id = $1 AND kind = 'REFRESH'`,
        [account],
      );
      expect(rows).toEqual([{ assignee_id: id.sales, kind: 'REFRESH', status: 'PROPOSED' }]);
      expect((await new EscalationEngine(app.db).sweepSignals(now)).reminders).toBe(0);
    });
  });

  describe('the whole timeline', () => {
    const TIMELINE = `query($a: ID!, $k: [TimelineKind!]) { timeline(accountId: $a, kinds: $k, first: 100) { totalCount nodes { kind at risk { id source } task { id } activity { id } } } }`;
    type Timeline = {
      timeline: {
        totalCount: number;
        nodes: { kind: string; risk: { source: string } | null; task: { id: string } | null }[];
      } | null;
    };

    it('merges every kind, newest first, filtered by kind, in the caller’s scope', async () => {
      const all = await app.must<Timeline>(TIMELINE, { a: account }, sales);
      const kinds = new Set(all.timeline!.nodes.map((n) => n.kind));
      for (const kind of ['ACTIVITY', 'RISK', 'TASK_DONE', 'ESCALATION'])
        expect(kinds).toContain(kind);
      const risks = await app.must<Timeline>(TIMELINE, { a: account, k: ['RISK'] }, sales);
      const [{ n }] = await app.db.query(
        'SELECT count(*)::int AS n FROM account_risk WHERE account_id = $1',
        [account],
      );
      expect(risks.timeline!.totalCount).toBe(n);
      expect(risks.timeline!.nodes.every((e) => e.kind === 'RISK' && e.risk)).toBe(true);
      const done = await app.must<Timeline>(TIMELINE, { a: account, k: ['TASK_DONE'] }, tech);
      expect(done.timeline!.nodes.every((e) => e.task)).toBe(true);
      const theirs = await app.must<Timeline>(TIMELINE, { a: account }, sales2);
      expect(theirs.timeline).toBeNull();
    });
  });
});
