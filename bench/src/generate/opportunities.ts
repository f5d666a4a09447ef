import { insert, prepare, type GenerateContext } from './context';
import { ANCHOR, lit, pick, pickWeighted, rnd, rndInt, textArray, uuidOf } from './sql';

/** The funnel the migrations seeded, as the generator walks it. */
export interface Funnel {
  /** The open stages in order, then the won stage. */
  ladder: string[];
  lost: string;
  /** Ladder index of the first stage that needs a named decision maker. */
  decisionIndex: number;
  /** Ladder index of the first stage that needs solution work (a task or process run). */
  solutionIndex: number;
}

/** Reuses the default funnel the Pipeline migration seeds instead of writing another. */
export async function loadFunnel(ctx: GenerateContext): Promise<Funnel> {
  const { rows } = await ctx.client.query<{
    id: string;
    is_won: boolean;
    is_lost: boolean;
    entry_criteria: string[];
  }>(`SELECT id, is_won, is_lost, entry_criteria FROM funnel_stage WHERE active ORDER BY position`);
  const open = rows.filter((s) => !s.is_won && !s.is_lost);
  const won = rows.find((s) => s.is_won);
  const lost = rows.find((s) => s.is_lost);
  if (!won || !lost || open.length === 0) {
    throw new Error('funnel_stage has no open, won and lost stages: run the migrations first');
  }
  const ladder = [...open, won];
  const indexOf = (criterion: string, fallback: number) => {
    const index = ladder.findIndex((s) => s.entry_criteria.includes(criterion));
    return index >= 0 ? index : Math.min(fallback, ladder.length - 1);
  };
  return {
    ladder: ladder.map((s) => s.id),
    lost: lost.id,
    decisionIndex: indexOf('DECISION_MAKER', 2),
    solutionIndex: indexOf('SOLUTION_WORK', 3),
  };
}

/** Share of deals that take each step up the ladder (0→25 %, 25→50 %, …, 75 %→won). */
const STEP_CONVERSION = [0.85, 0.7, 0.6, 0.55];

const PRODUCTS_ZH = [
  '5G 专网',
  '传输网改造',
  '物联网平台',
  '云服务',
  '运维服务',
  '智能电表',
  '数据中心',
  '网络安全',
];
const PRODUCTS_EN = [
  '5G private network',
  'Transport upgrade',
  'IoT platform',
  'Cloud services',
  'Managed operations',
  'Smart meters',
  'Data center',
  'Network security',
];
const COMPETITORS = [
  {
    name: '华为 Huawei',
    strengths: '品牌与全栈方案 Brand, full stack',
    weaknesses: '价格高 Price',
  },
  {
    name: '中兴 ZTE',
    strengths: '价格灵活 Flexible pricing',
    weaknesses: '本地服务弱 Local service',
  },
  {
    name: '新华三 H3C',
    strengths: '渠道广 Channel reach',
    weaknesses: '定制慢 Slow customisation',
  },
].map((c) => JSON.stringify([c]));

/**
 * Each deal's fate, drawn once into `bench_opp`: created 5 days to 2 years ago, climbed
 * `reached` rungs (one uniform draw against the cumulative conversion), and — if it is
 * older than 4 months and not won — lost in 70 % of cases. Its moves are evenly spaced
 * over up to 90 % of its age, so the history is increasing and ends before today.
 */
export async function planOpportunities(ctx: GenerateContext, funnel: Funnel): Promise<void> {
  const top = funnel.ladder.length - 1;
  let reach = 1;
  const thresholds = Array.from({ length: top }, (_, step) => {
    reach *= STEP_CONVERSION[step] ?? 0.6;
    return reach;
  });
  const reached = thresholds.length
    ? thresholds.map((t) => `(${rnd('g', 52)} < ${t})::int`).join(' + ')
    : '0';
  await prepare(
    ctx,
    `CREATE TEMP TABLE bench_opp ON COMMIT DROP AS
     WITH drawn AS (
       SELECT g, a.n, a.id AS account_id, a.ar_id AS owner_id, a.sr_id, a.fr_id,
              a.contact_off, a.contacts,
              5 + ${rndInt('g', 51, 725)} AS age_days,
              ${reached} AS reached
         FROM bench_account a
        CROSS JOIN LATERAL generate_series(a.opportunity_off + 1,
                                           a.opportunity_off + a.opportunities) g
     ), fated AS (
       SELECT d.*, d.reached = ${top} AS won,
              d.reached < ${top} AND d.age_days > 120 AND ${rnd('g', 53)} < 0.7 AS lost
         FROM drawn d
     )
     SELECT f.*, ${uuidOf(`'opportunity:' || f.g`)} AS id, m.moves, c.created_at, s.gap,
            c.created_at + m.moves * s.gap AS entered_at,
            CASE WHEN f.won OR f.lost THEN c.created_at + m.moves * s.gap END AS closed_at
       FROM fated f
      CROSS JOIN LATERAL (SELECT f.reached + f.lost::int AS moves) m
      CROSS JOIN LATERAL (
        SELECT ${ANCHOR} - f.age_days * interval '1 day'
               + (9 * 3600 + ${rndInt('f.g', 54, 9 * 3600)}) * interval '1 second' AS created_at) c
      CROSS JOIN LATERAL (
        SELECT (f.age_days - 2) * (0.3 + 0.6 * ${rnd('f.g', 55)}) / greatest(m.moves, 1)
               * interval '1 day' AS gap) s`,
  );
  await prepare(ctx, `ALTER TABLE bench_opp ADD PRIMARY KEY (g)`);
  await prepare(ctx, `ANALYZE bench_opp`);
}

const ladderSql = (funnel: Funnel) => `(ARRAY[${funnel.ladder.map(lit).join(', ')}]::uuid[])`;

export async function generateOpportunities(ctx: GenerateContext, funnel: Funnel): Promise<void> {
  await insert(
    ctx,
    'opportunity',
    `INSERT INTO opportunity (id, account_id, name, amount, currency, contract_amount, products,
                              expected_close_date, stage_id, stage_entered_at, owner_id,
                              coach_contact_id, competitors, lead_id, closed_at, created_by_id,
                              created_at, updated_at, version, kind)
     SELECT o.id, o.account_id,
            ${textArray(PRODUCTS_ZH)}[p.i] || '项目 ' || ${textArray(PRODUCTS_EN)}[p.i] || ' #' || o.g,
            v.amount, 'CNY',
            CASE WHEN o.won THEN round(v.amount * (88 + ${rndInt('o.g', 57, 13)}) / 100, -2) END,
            ARRAY[${textArray(PRODUCTS_ZH)}[p.i]],
            CASE WHEN o.closed_at IS NOT NULL THEN o.closed_at::date
                 ELSE (${ANCHOR} + (${rndInt('o.g', 58, 720)} - 120) * interval '1 day')::date END,
            CASE WHEN o.lost THEN ${lit(funnel.lost)}::uuid ELSE ${ladderSql(funnel)}[o.reached + 1] END,
            o.entered_at, o.owner_id,
            CASE WHEN ${rnd('o.g', 59)} < 0.3
                 THEN ${uuidOf(`'contact:' || (o.contact_off + 1 + ${rndInt('o.g', 60, 'o.contacts')})`)} END,
            CASE WHEN ${rnd('o.g', 61)} < 0.4 THEN ${pick(COMPETITORS, 'o.g', 62)}::jsonb
                 ELSE '[]'::jsonb END,
            NULL, o.closed_at, o.owner_id, o.created_at, o.entered_at, 1,
            ${pickWeighted(
              [
                ['NEW', 75],
                ['RENEWAL', 15],
                ['EXPANSION', 10],
              ],
              'o.g',
              63,
            )}
       FROM bench_opp o
      CROSS JOIN LATERAL (SELECT 1 + ${rndInt('o.g', 56, PRODUCTS_ZH.length)} AS i) p
      CROSS JOIN LATERAL (SELECT ((20 + ${rndInt('o.g', 64, 780)}) * 10000)::numeric(18, 2) AS amount) v
      ORDER BY o.g`,
  );
}

const LOST_REASONS = [
  '价格 Lost on price',
  '预算取消 Budget cut',
  '竞品关系 Competitor relationship',
];

/** Every move from creation (from NULL) to the current stage, by the owner. */
export async function generateStageHistory(ctx: GenerateContext, funnel: Funnel): Promise<void> {
  const ladder = ladderSql(funnel);
  const lostMove = `(o.lost AND i = o.moves)`;
  await insert(
    ctx,
    'stage_change',
    `INSERT INTO stage_change (id, opportunity_id, from_stage_id, to_stage_id, note, actor_id, at)
     SELECT ${uuidOf(`'stage-change:' || o.g || ':' || i`)}, o.id,
            CASE WHEN i = 0 THEN NULL ELSE ${ladder}[i] END,
            CASE WHEN ${lostMove} THEN ${lit(funnel.lost)}::uuid ELSE ${ladder}[i + 1] END,
            CASE WHEN i = 0 THEN NULL
                 WHEN ${lostMove} THEN ${pick(LOST_REASONS, 'o.g', 65)}
                 ELSE '推进 Moved forward' END,
            o.owner_id, o.created_at + i * o.gap
       FROM bench_opp o CROSS JOIN LATERAL generate_series(0, o.moves) i
      ORDER BY o.g, i`,
  );
}

/**
 * Deal teams (AR and SR always, FR once won) and the decision maker — the account's top
 * executive — on every deal that reached the stage asking for one.
 */
export async function generateDealPeople(ctx: GenerateContext, funnel: Funnel): Promise<void> {
  await insert(
    ctx,
    'opportunity_team_member',
    `INSERT INTO opportunity_team_member (opportunity_id, user_id, team_role)
     SELECT id, owner_id, 'AR' FROM bench_opp
     UNION ALL SELECT id, sr_id, 'SR' FROM bench_opp
     UNION ALL SELECT id, fr_id, 'FR' FROM bench_opp WHERE won`,
  );
  await insert(
    ctx,
    'opportunity_contact',
    `INSERT INTO opportunity_contact (opportunity_id, contact_id, role, note)
     SELECT o.id, ${uuidOf(`'contact:' || (o.contact_off + 1)`)}, 'DECISION_MAKER', NULL
       FROM bench_opp o
      WHERE o.reached >= ${funnel.decisionIndex}
      ORDER BY o.g`,
  );
}
