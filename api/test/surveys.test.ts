import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { EscalationEngine } from '../src/modules/escalations/escalation-engine';
import { startTestApp, type TestApp } from './support/test-app';

const SZ = '中国移动通信集团广东有限公司深圳分公司';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenOf = (link: string) => /#\/survey\/(srv_[A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? '';

type Sent = {
  sendSurvey: { link: string; invitation: { id: string; status: string; expiresAt: string } }[];
};
const SEND = `mutation($s: ID!, $c: [ID!]!, $d: Int!) {
  sendSurvey(input: { surveyId: $s, contactIds: $c, expiresInDays: $d }) {
    link invitation { id status expiresAt contact { id } account { id } sentBy { id } }
  } }`;

/**
 * Issue 20, the customer's voice: a satisfaction survey sent as a one-time link answers
 * once, expires, cannot be guessed, shows nothing but its questions, is rate limited, and a
 * negative answer reaches the AR (notification at once, NEGATIVE_FEEDBACK escalation).
 */
describe('satisfaction surveys', () => {
  let app: TestApp;
  let sales: string;
  let sales2: string;
  let tech: string;
  let admin: string;
  let salesId: string;
  let sz: string;
  let foreign: string;
  let surveyId: string;
  const contact: Record<'wang' | 'li' | 'zhao' | 'left' | 'foreign', string> = {
    wang: '',
    li: '',
    zhao: '',
    left: '',
    foreign: '',
  };

  const addContact = async (accountId: string, name: string, status = 'ACTIVE') => {
    const [{ id }] = await app.db.query(
      `INSERT INTO contact (account_id, name, level, status, left_at)
       VALUES ($1, $2, 'DECISION', $3, CASE WHEN $3 = 'LEFT' THEN now() END) RETURNING id`,
      [accountId, name, status],
    );
    return id as string;
  };

  const send = async (contactIds: string[], days = 14, token = sales) =>
    (await app.must<Sent>(SEND, { s: surveyId, c: contactIds, d: days }, token)).sendSurvey;

  const open = (token: string) => request(app.server.app).get(`/survey/${token}`);
  const answer = (token: string, body: Record<string, unknown>) =>
    request(app.server.app)
      .post(`/survey/${token}`)
      .set('content-type', 'application/json')
      .send(body);

  beforeAll(async () => {
    app = await startTestApp();
    [sales, sales2, tech, admin] = (await Promise.all(
      ['sales', 'sales2', 'tech', 'admin'].map((u) => app.login(`${u}@trident.demo`)),
    )) as [string, string, string, string];
    [{ id: salesId }] = await app.db.query(
      `SELECT id FROM "user" WHERE email = 'sales@trident.demo'`,
    );
    [{ id: sz }] = await app.db.query('SELECT id FROM account WHERE name = $1', [SZ]);
    // An account whose team sales@ is not on.
    [{ id: foreign }] = await app.db.query(
      `SELECT a.id FROM account a WHERE NOT EXISTS (
         SELECT 1 FROM account_team_member m WHERE m.account_id = a.id AND m.user_id = $1)
       ORDER BY a.name LIMIT 1`,
      [salesId],
    );
    contact.wang = await addContact(sz, '王建国');
    contact.li = await addContact(sz, '李晓梅');
    contact.zhao = await addContact(sz, '赵志强');
    contact.left = await addContact(sz, '钱已走', 'LEFT');
    contact.foreign = await addContact(foreign, '孙外部');
    const listed = await app.must<{
      surveys: { id: string; active: boolean; questions: unknown[] }[];
    }>('{ surveys { id active questions { zh en } } }', {}, sales);
    // The demo's default survey is there for everyone who may send.
    expect(listed.surveys.length).toBeGreaterThan(0);
    surveyId = listed.surveys.find((s) => s.active)!.id;
  });
  afterAll(() => app.close());
  // Each test starts with a fresh per-address count (all requests come from one address).
  beforeEach(() => app.db.query('DELETE FROM survey_request_usage'));

  describe('surveys kept by ADMIN', () => {
    const INPUT = {
      titleZh: '季度回访',
      titleEn: 'Quarterly check-in',
      questions: [{ zh: '服务质量', en: 'Service quality' }],
      npsZh: '您会推荐我们吗？',
      npsEn: 'Would you recommend us?',
    };
    const CREATE = `mutation($i: SurveyInput!) { createSurvey(input: $i) { id version active questions { zh en } } }`;

    it('creates and updates a survey, audited; refuses blanks with the field, stale versions, and other roles', async () => {
      const created = (
        await app.must<{ createSurvey: { id: string; version: number } }>(
          CREATE,
          { i: INPUT },
          admin,
        )
      ).createSurvey;
      const blank = await app.gql(CREATE, { i: { ...INPUT, titleZh: '  ' } }, admin);
      expect(blank.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'titleZh',
      });
      const tooMany = await app.gql(
        CREATE,
        { i: { ...INPUT, questions: Array.from({ length: 11 }, () => INPUT.questions[0]) } },
        admin,
      );
      expect(tooMany.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'questions',
      });
      const forbidden = await app.gql(CREATE, { i: INPUT }, sales);
      expect(forbidden.errors?.[0]?.extensions.code).toBe('FORBIDDEN');

      const UPDATE = `mutation($id: ID!, $i: SurveyInput!, $v: Int!) { updateSurvey(id: $id, input: $i, version: $v) { version active } }`;
      const updated = await app.must<{ updateSurvey: { version: number; active: boolean } }>(
        UPDATE,
        { id: created.id, i: { ...INPUT, active: false }, v: 1 },
        admin,
      );
      expect(updated.updateSurvey).toEqual({ version: 2, active: false });
      const stale = await app.gql(UPDATE, { id: created.id, i: INPUT, v: 1 }, admin);
      expect(stale.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const audited = await app.db.query(
        `SELECT action FROM audit_event WHERE entity = 'Survey' AND entity_id = $1 ORDER BY id`,
        [created.id],
      );
      expect(audited.map((a: { action: string }) => a.action)).toEqual([
        'survey.create',
        'survey.update',
      ]);

      // An inactive survey is not sent.
      const inactive = await app.gql(SEND, { s: created.id, c: [contact.wang], d: 7 }, sales);
      expect(inactive.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'surveyId',
        reason: 'SURVEY_NOT_ACTIVE',
      });
    });
  });

  describe('sending', () => {
    it('sends one link per contact to the account team, keeping only a hash of each token', async () => {
      const sent = await send([contact.wang, contact.li]);
      expect(sent).toHaveLength(2);
      for (const one of sent) {
        expect(one.link).toMatch(/^\/#\/survey\/srv_[A-Za-z0-9_-]{43}$/);
        expect(one.invitation).toMatchObject({
          status: 'SENT',
          account: { id: sz },
          sentBy: { id: salesId },
        });
      }
      const tokens = sent.map((s) => tokenOf(s.link));
      expect(new Set(tokens).size).toBe(2);
      const stored: { token_hash: string }[] = await app.db.query(
        `SELECT token_hash FROM survey_invitation WHERE id = ANY($1::uuid[]) ORDER BY created_at`,
        [sent.map((s) => s.invitation.id)],
      );
      expect(stored.map((r) => r.token_hash).sort()).toEqual(tokens.map(sha256).sort());
      // The token is nowhere in the database, not even in the audit trail.
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE after::text LIKE '%' || $1 || '%'
            OR after::text LIKE '%token_hash%' OR after::text LIKE '%tokenHash%'`,
        [tokens[0]],
      );
      expect(n).toBe(0);
      const [{ sends }] = await app.db.query(
        `SELECT count(*)::int AS sends FROM audit_event WHERE action = 'survey.send' AND entity_id = ANY($1)`,
        [sent.map((s) => s.invitation.id)],
      );
      expect(sends).toBe(2);
      // The link is shown once: the list of links never carries it.
      const list = await app.must<{
        surveyInvitations: { totalCount: number; nodes: Record<string, unknown>[] };
      }>(
        `query($a: ID!) { surveyInvitations(filter: { accountId: $a }) { totalCount nodes { id status answeredAt contact { id } } } }`,
        { a: sz },
        sales,
      );
      expect(list.surveyInvitations.totalCount).toBeGreaterThanOrEqual(2);
      expect(JSON.stringify(list)).not.toContain(tokens[0]);
      const other = await app.must<{ surveyInvitations: { totalCount: number } }>(
        `query($a: ID!) { surveyInvitations(filter: { accountId: $a }) { totalCount } }`,
        { a: sz },
        sales2,
      );
      expect(other.surveyInvitations.totalCount).toBe(0);
    });

    it('keeps one open link per contact: sending again retires the open one, also when eight sends race; the contact is one voice a quarter', async () => {
      const zhou = await addContact(sz, '周多链');
      const sent = (await Promise.all(Array.from({ length: 8 }, () => send([zhou])))).flat();
      expect(sent).toHaveLength(8);
      const [{ n: open }] = await app.db.query(
        `SELECT count(*)::int AS n FROM survey_invitation
          WHERE contact_id = $1 AND answered_at IS NULL AND expires_at > now()`,
        [zhou],
      );
      expect(open).toBe(1);
      // Only the open link takes an answer; the retired ones read as expired.
      const answers = [];
      for (const one of sent) answers.push((await answer(tokenOf(one.link), { score: 10 })).status);
      expect(answers.sort()).toEqual([201, 404, 404, 404, 404, 404, 404, 404]);

      const SCORE = `query($a: ID!) { surveyScore(accountId: $a) { responses promoters detractors } }`;
      const score = async () =>
        (await app.must<{ surveyScore: Record<string, number> }>(SCORE, { a: sz }, sales))
          .surveyScore;
      const before = await score();
      // Sent again and answered again in the same quarter: the latest answer is their voice.
      const [again] = await send([zhou]);
      expect((await answer(tokenOf(again!.link), { score: 0 })).status).toBe(201);
      expect(await score()).toEqual({
        responses: before.responses!,
        promoters: before.promoters! - 1,
        detractors: before.detractors! + 1,
      });
    });

    it('refuses the solution team, another team’s contact, a contact who left, and expiry outside 1–60 days, writing nothing', async () => {
      const before = [await app.count('survey_invitation'), await app.count('audit_event')];
      const technical = await app.gql(SEND, { s: surveyId, c: [contact.wang], d: 7 }, tech);
      expect(technical.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      const outside = await app.gql(SEND, { s: surveyId, c: [contact.foreign], d: 7 }, sales);
      expect(outside.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'contactIds',
        reason: 'NO_SUCH_CONTACT',
      });
      const left = await app.gql(
        SEND,
        { s: surveyId, c: [contact.wang, contact.left], d: 7 },
        sales,
      );
      expect(left.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'contactIds',
        reason: 'CONTACTS_LEFT',
        names: ['钱已走'],
      });
      for (const days of [0, 61]) {
        const res = await app.gql(SEND, { s: surveyId, c: [contact.wang], d: days }, sales);
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'expiresInDays',
        });
      }
      expect([await app.count('survey_invitation'), await app.count('audit_event')]).toEqual(
        before,
      );
    });

    it('never takes a SURVEY feedback reported by hand', async () => {
      const res = await app.gql(
        `mutation($a: ID!) { reportFeedback(input: { accountId: $a, kind: SURVEY, text: "fake" }) { id } }`,
        { a: sz },
        sales,
      );
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'kind',
        reason: 'SURVEY_ONLY_FROM_LINK',
      });
    });
  });

  describe('the public page', () => {
    it('shows only the survey: no account, no contact, no sender, no id', async () => {
      const [one] = await send([contact.zhao]);
      const res = await open(tokenOf(one!.link));
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(Object.keys(res.body)).toEqual(['survey']);
      expect(Object.keys(res.body.survey).sort()).toEqual(
        ['introEn', 'introZh', 'npsEn', 'npsZh', 'questions', 'titleEn', 'titleZh'].sort(),
      );
      expect(res.body.survey.questions.length).toBeGreaterThan(0);
      for (const q of res.body.survey.questions)
        expect(Object.keys(q).sort()).toEqual(['en', 'zh']);
      const [{ sender }] = await app.db.query(`SELECT name AS sender FROM "user" WHERE id = $1`, [
        salesId,
      ]);
      for (const secret of [
        SZ,
        '赵志强',
        sender,
        sz,
        contact.zhao,
        one!.invitation.id,
        surveyId,
        salesId,
      ])
        expect(res.text).not.toContain(secret);
    });

    it('answers once, and two answers at once give exactly one feedback', async () => {
      const [first, second] = await send([contact.wang, contact.li]);
      const token = tokenOf(first!.link);
      const ok = await answer(token, { score: 9, answers: [5, 4], comment: '很好' });
      expect([ok.status, ok.body]).toEqual([201, { status: 'ANSWERED' }]);
      const again = await answer(token, { score: 0 });
      expect([again.status, again.body]).toEqual([
        404,
        { error: { code: 'SURVEY_ALREADY_ANSWERED' } },
      ]);
      expect((await open(token)).body).toEqual({ error: { code: 'SURVEY_ALREADY_ANSWERED' } });
      const [{ n: once }] = await app.db.query(
        `SELECT count(*)::int AS n FROM feedback WHERE survey_answers->>'invitationId' = $1`,
        [first!.invitation.id],
      );
      expect(once).toBe(1);

      const racing = tokenOf(second!.link);
      const results = await Promise.all(
        Array.from({ length: 4 }, (_, i) => answer(racing, { score: 7 + (i % 2) })),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 404, 404, 404]);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM feedback WHERE survey_answers->>'invitationId' = $1`,
        [second!.invitation.id],
      );
      expect(n).toBe(1);
      const [row] = await app.db.query(
        `SELECT answered_at IS NOT NULL AS answered, feedback_id FROM survey_invitation WHERE id = $1`,
        [second!.invitation.id],
      );
      expect(row.answered).toBe(true);
      expect(row.feedback_id).toEqual(expect.any(String));
    });

    it('refuses an expired link, and a badly formed answer with the field', async () => {
      const [one] = await send([contact.li], 1);
      const token = tokenOf(one!.link);
      for (const [body, field] of [
        [{ score: 11 }, 'score'],
        [{ score: 5.5 }, 'score'],
        [{}, 'score'],
        [{ score: 5, answers: [6] }, 'answers.0'],
        [{ score: 5, answers: [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1] }, 'answers'],
        [{ score: 5, comment: 'x'.repeat(2001) }, 'comment'],
      ] as const) {
        const res = await answer(token, body);
        expect([res.status, res.body.error?.code, res.body.error?.field]).toEqual([
          400,
          'BAD_USER_INPUT',
          field,
        ]);
      }
      await app.db.query(
        `UPDATE survey_invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
        [one!.invitation.id],
      );
      expect((await open(token)).body).toEqual({ error: { code: 'SURVEY_LINK_EXPIRED' } });
      const late = await answer(token, { score: 3 });
      expect([late.status, late.body]).toEqual([404, { error: { code: 'SURVEY_LINK_EXPIRED' } }]);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM feedback WHERE survey_answers->>'invitationId' = $1`,
        [one!.invitation.id],
      );
      expect(n).toBe(0);
      const list = await app.must<{
        surveyInvitations: { nodes: { id: string; status: string }[] };
      }>(
        `query($a: ID!) { surveyInvitations(filter: { accountId: $a, status: EXPIRED }) { nodes { id status } } }`,
        { a: sz },
        sales,
      );
      // Beside the links retired by sending again (above), each listed as expired too.
      expect(list.surveyInvitations.nodes).toContainEqual({
        id: one!.invitation.id,
        status: 'EXPIRED',
      });
    });

    it('cannot be guessed: a random token, one a character off and a malformed one are all just unknown', async () => {
      const [one] = await send([contact.wang]);
      const real = tokenOf(one!.link);
      const last = real[real.length - 1]!;
      const oneOff = real.slice(0, -1) + (last === 'A' ? 'B' : 'A');
      const random = `srv_${randomBytes(32).toString('base64url')}`;
      for (const token of [random, oneOff, 'srv_short', real.toUpperCase(), `${real}x`]) {
        const read = await open(token);
        expect([read.status, read.body]).toEqual([404, { error: { code: 'SURVEY_LINK_INVALID' } }]);
        const write = await answer(token, { score: 10 });
        expect([write.status, write.body]).toEqual([
          404,
          { error: { code: 'SURVEY_LINK_INVALID' } },
        ]);
      }
      // The real one still works.
      expect((await open(real)).status).toBe(200);
    });

    it('limits each address per minute, before anything is looked up (429, Retry-After)', async () => {
      const token = `srv_${randomBytes(32).toString('base64url')}`;
      // A body nested 8,000 deep: refused as unreadable, coded, and counted like the rest.
      const deep = `{"score":${'['.repeat(8000)}${']'.repeat(8000)}}`;
      const post = () =>
        request(app.server.app)
          .post(`/survey/${token}`)
          .set('content-type', 'application/json')
          .send(deep);
      const nested = await post();
      expect([nested.status, nested.body.errors?.[0]?.extensions]).toEqual([
        400,
        expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'BODY_NOT_JSON' }),
      ]);
      // A path whose percent-encoding does not decode: a coded 400, counted like the rest.
      const undecodable = await request(app.server.app).get('/survey/%E0%A4%Ax1');
      expect([undecodable.status, undecodable.body.errors?.[0]?.extensions]).toEqual([
        400,
        { code: 'BAD_USER_INPUT', reason: 'BAD_REQUEST' },
      ]);
      for (let i = 0; i < 28; i++) expect((await open(token)).status).toBe(404);
      const limited = await open(token);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.body.error).toMatchObject({
        code: 'RATE_LIMITED',
        reason: 'SURVEY_RATE_LIMITED',
      });
      expect((await answer(token, { score: 1 })).status).toBe(429);
      // Counted before the body is read: past the limit, not even parsed.
      expect((await post()).status).toBe(429);
    });
  });

  describe('the answer reaches the AR', () => {
    it('a negative answer is SURVEY feedback routed to the AR at once, and escalates', async () => {
      const [one] = await send([contact.zhao]);
      const res = await answer(tokenOf(one!.link), {
        score: 2,
        answers: [1, null, 2],
        comment: '  交付严重延期  ',
      });
      expect(res.status).toBe(201);
      const [feedback] = await app.db.query(
        `SELECT id, kind, severity, text, reporter_id, routed_to_id, survey_score, survey_answers, account_id
           FROM feedback WHERE survey_answers->>'invitationId' = $1`,
        [one!.invitation.id],
      );
      expect(feedback).toMatchObject({
        kind: 'SURVEY',
        severity: 'MAJOR',
        text: '交付严重延期',
        account_id: sz,
        routed_to_id: salesId,
        reporter_id: salesId,
        survey_score: 2,
      });
      expect(
        feedback.survey_answers.questions.map((q: { answer: number | null }) => q.answer),
      ).toEqual(expect.arrayContaining([1, null, 2]));
      const [{ notified }] = await app.db.query(
        `SELECT count(*)::int AS notified FROM notification
          WHERE user_id = $1 AND entity = 'Feedback' AND entity_id = $2 AND kind = 'FEEDBACK'`,
        [salesId, feedback.id],
      );
      expect(notified).toBe(1);
      const [{ audited }] = await app.db.query(
        `SELECT count(*)::int AS audited FROM audit_event
          WHERE action = 'survey.answer' AND entity_id = $1 AND actor_id IS NULL`,
        [one!.invitation.id],
      );
      expect(audited).toBe(1);
      // The AR reads it among their feedback, with the score and the answers.
      const mine = await app.must<{
        feedbacks: {
          nodes: {
            id: string;
            kind: string;
            surveyScore: number;
            surveyAnswers: { score: number };
          }[];
        };
      }>(
        '{ feedbacks(filter: { mine: true, kind: SURVEY }) { nodes { id kind surveyScore surveyAnswers } } }',
        {},
        sales,
      );
      expect(mine.feedbacks.nodes.find((f) => f.id === feedback.id)).toMatchObject({
        kind: 'SURVEY',
        surveyScore: 2,
        surveyAnswers: { score: 2 },
      });
      // The escalation engine raises NEGATIVE_FEEDBACK on it (the rule's threshold is 0 h).
      await new EscalationEngine(app.db).run(new Date(Date.now() + 60_000), ['NEGATIVE_FEEDBACK']);
      const escalated = await app.db.query(
        `SELECT e.level FROM escalation e JOIN escalation_rule r ON r.id = e.rule_id
          WHERE e.object_id = $1 AND r.trigger = 'NEGATIVE_FEEDBACK'`,
        [feedback.id],
      );
      expect(escalated.length).toBeGreaterThan(0);
    });

    it('a 5–6 is a minor detractor and a 9 a promoter: routed, not escalated', async () => {
      const [a, b] = await send([contact.wang, contact.li]);
      expect((await answer(tokenOf(a!.link), { score: 5 })).status).toBe(201);
      expect((await answer(tokenOf(b!.link), { score: 9 })).status).toBe(201);
      const rows: { id: string; severity: string; text: string }[] = await app.db.query(
        `SELECT id, severity, text FROM feedback WHERE survey_answers->>'invitationId' = ANY($1)
          ORDER BY survey_score`,
        [[a!.invitation.id, b!.invitation.id]],
      );
      expect(rows.map((r) => r.severity)).toEqual(['MINOR', 'MINOR']);
      // Without a free text, the feedback says the score.
      expect(rows[0]!.text).toMatch(/^NPS 5\/10/);
      await new EscalationEngine(app.db).run(new Date(Date.now() + 60_000), ['NEGATIVE_FEEDBACK']);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM escalation WHERE object_id = ANY($1::uuid[])`,
        [rows.map((r) => r.id)],
      );
      expect(n).toBe(0);
    });
  });

  describe('scores', () => {
    let scored: string;
    const quarter = async (back: number) =>
      (
        await app.db.query(
          `SELECT to_char(date_trunc('quarter', now() AT TIME ZONE 'Asia/Shanghai') - make_interval(months => $1),
                          'YYYY-"Q"Q') AS q`,
          [3 * back],
        )
      )[0].q as string;
    const SCORE = `query($a: ID!) { surveyScore(accountId: $a) {
      accountId nps responses average promoters passives detractors trend { quarter nps responses } } }`;

    beforeAll(async () => {
      // Another account of sales@ (AR), with answers placed by hand in four quarters.
      [{ id: scored }] = await app.db.query(
        `SELECT a.id FROM account a JOIN account_team_member m ON m.account_id = a.id
          WHERE m.user_id = $1 AND m.team_role = 'AR' AND a.id <> $2 ORDER BY a.name LIMIT 1`,
        [salesId, sz],
      );
      const at = async (back: number, score: number) =>
        app.db.query(
          `INSERT INTO feedback (account_id, kind, severity, text, reporter_id, routed_to_id, survey_score, created_at)
           VALUES ($1, 'SURVEY', 'MINOR', 'fixture', $2, $2, $3,
                   CASE WHEN $4 = 0 THEN now() - interval '1 second'
                        ELSE (date_trunc('quarter', now() AT TIME ZONE 'Asia/Shanghai')
                              - make_interval(months => 3 * $4) + interval '1 day') AT TIME ZONE 'Asia/Shanghai' END)`,
          [scored, salesId, score, back],
        );
      // This quarter 10, 9, 3; one back 8, 6; three back 10; four back 0 (outside the year).
      for (const [back, score] of [
        [0, 10],
        [0, 9],
        [0, 3],
        [1, 8],
        [1, 6],
        [3, 10],
        [4, 0],
      ])
        await at(back!, score!);
      // And a NEGATIVE feedback by hand, which is no survey answer.
      await app.db.query(
        `INSERT INTO feedback (account_id, kind, severity, text, reporter_id, routed_to_id)
         VALUES ($1, 'NEGATIVE', 'MAJOR', 'not a survey', $2, $2)`,
        [scored, salesId],
      );
    });

    it('gives NPS, answers, average and a four-quarter trend equal to the hand count', async () => {
      const { surveyScore } = await app.must<{ surveyScore: unknown }>(SCORE, { a: scored }, sales);
      // Six answers in the year: promoters 10, 9, 10; passive 8; detractors 3, 6.
      // NPS = (3 − 2) / 6 = 16.7 %; average 46 / 6 = 7.67.
      expect(surveyScore).toEqual({
        accountId: scored,
        nps: 16.7,
        responses: 6,
        average: 7.67,
        promoters: 3,
        passives: 1,
        detractors: 2,
        trend: [
          { quarter: await quarter(3), nps: 100, responses: 1 },
          { quarter: await quarter(2), nps: null, responses: 0 },
          { quarter: await quarter(1), nps: -50, responses: 2 },
          { quarter: await quarter(0), nps: 33.3, responses: 3 },
        ],
      });
    });

    it('lists the visible accounts worst first, and shows nothing of another team’s account', async () => {
      const { surveyScores } = await app.must<{
        surveyScores: { accountId: string; nps: number; account: { id: string } }[];
      }>('{ surveyScores(first: 20) { accountId nps responses account { id } } }', {}, sales);
      expect(surveyScores.map((s) => s.accountId)).toEqual(expect.arrayContaining([scored, sz]));
      const npsList = surveyScores.map((s) => s.nps);
      expect(npsList).toEqual([...npsList].sort((x, y) => x - y));
      const theirs = await app.must<{
        surveyScore: unknown;
        surveyScores: { accountId: string }[];
      }>(
        `query($a: ID!) { surveyScore(accountId: $a) { nps } surveyScores { accountId } }`,
        { a: scored },
        sales2,
      );
      expect(theirs.surveyScore).toBeNull();
      expect(theirs.surveyScores.map((s) => s.accountId)).not.toContain(scored);
      // A visible account without answers has a score of nothing yet.
      const empty = await app.must<{
        surveyScore: { nps: null; responses: number; trend: unknown[] };
      }>(SCORE, { a: foreign }, admin);
      expect(empty.surveyScore).toMatchObject({ nps: null, responses: 0, average: null });
      expect(empty.surveyScore.trend).toHaveLength(4);
    });
  });
});
