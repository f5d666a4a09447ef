import { insert, prepare, type GenerateContext } from './context';
import { ANCHOR, lit, pick, rnd, rndInt, uuidOf } from './sql';

const REGIONS = ['广东', '江苏', '浙江', '北京', '上海', '四川'] as const;
const BRANDS = ['华信', '中联', '国泰', '天成', '瑞达', '恒通', '东方', '金桥', '长江', '新元'];
// Parallel lists: the industry as the demo data spells it, a short Chinese word for the
// company name, and the driver factor [002] with the size of one unit of it.
const INDUSTRIES = [
  'Telecom 电信',
  'Energy 能源',
  'Healthcare 医疗',
  'Manufacturing 制造',
  'Finance 金融',
  'Transport 交通',
];
const INDUSTRY_WORDS = ['通信', '能源', '医疗', '制造', '金融', '交通'];
const DRIVER_FACTORS = [
  'subscribers 用户数',
  'substations 变电站',
  'beds 床位',
  'production lines 产线',
  'branches 网点',
  'stations 站点',
];
const DRIVER_UNITS = [20_000, 5, 20, 1, 3, 2];

/**
 * The per-account plan every later step reads: how many contacts, deals and activities
 * each account gets and where its numbers start (offsets), and its team.
 *
 * Skew: the first 1 % of accounts ("hot") share 30 % of the contacts and activities by a
 * Zipf-like weight n^-0.7, so account 1 is the largest by far; the other 99 % share the
 * rest evenly ±50 %. Deals are flatter (hot accounts weigh 4×). Counts come from the
 * cumulative weight, floor(total × cumulative share) minus the previous one, so they add
 * up to the exact totals; numeric keeps the running sums exact.
 *
 * bench-sales-1 is the AR of account 1 and of the next salesOneAccounts − 1 ordinary
 * accounts: its "my open deals" has data, and the largest account is in its scope.
 */
export async function planAccounts(ctx: GenerateContext): Promise<void> {
  const s = ctx.sizes;
  const share = (weight: string, cumulative: string, total: string, count: number) =>
    `(floor(${count}::numeric * ${cumulative} / ${total})
      - floor(${count}::numeric * (${cumulative} - ${weight}) / ${total}))::int`;
  await prepare(
    ctx,
    `CREATE TEMP TABLE bench_account ON COMMIT DROP AS
     WITH base AS (
       SELECT n, n <= ${s.hotAccounts} AS hot,
              CASE WHEN n <= ${s.hotAccounts} THEN power(n, -0.7) ELSE 0.5 + ${rnd('n', 11)} END
                AS people_raw,
              (CASE WHEN n <= ${s.hotAccounts} THEN 4 ELSE 1 END) * (0.5 + ${rnd('n', 12)})
                AS deals_raw
         FROM generate_series(1, ${s.accounts}) n
     ), weighted AS (
       SELECT n, hot,
              (CASE WHEN hot
                    THEN 0.3 * people_raw / sum(people_raw) FILTER (WHERE hot) OVER ()
                    ELSE 0.7 * people_raw / sum(people_raw) FILTER (WHERE NOT hot) OVER ()
               END)::numeric(30, 20) AS people_w,
              deals_raw::numeric(30, 20) AS deals_w
         FROM base
     ), cumulated AS (
       SELECT *, sum(people_w) OVER (ORDER BY n) AS people_cum, sum(people_w) OVER () AS people_total,
                 sum(deals_w) OVER (ORDER BY n) AS deals_cum, sum(deals_w) OVER () AS deals_total
         FROM weighted
     ), counted AS (
       SELECT n, hot,
              greatest(1, ${share('people_w', 'people_cum', 'people_total', s.contacts)}) AS contacts,
              ${share('people_w', 'people_cum', 'people_total', s.activities)} AS activities,
              ${share('deals_w', 'deals_cum', 'deals_total', s.opportunities)} AS opportunities
         FROM cumulated
     ), placed AS (
       SELECT c.*,
              sum(contacts) OVER w - contacts AS contact_off,
              sum(activities) OVER w - activities AS activity_off,
              sum(opportunities) OVER w - opportunities AS opportunity_off,
              CASE WHEN n = 1 OR (n > ${s.hotAccounts} AND n < ${s.hotAccounts + s.salesOneAccounts})
                   THEN 1 ELSE 2 + n % ${s.sales - 1} END AS ar_idx,
              1 + ${rndInt('n', 13, s.technical)} AS sr_idx,
              1 + ${rndInt('n', 14, s.delivery)} AS fr_idx
         FROM counted c
       WINDOW w AS (ORDER BY n)
     )
     SELECT p.n, ${uuidOf(`'account:' || p.n`)} AS id, p.hot,
            p.contacts, p.activities, p.opportunities,
            p.contact_off::bigint, p.activity_off::bigint, p.opportunity_off::bigint,
            ar.id AS ar_id, sr.id AS sr_id, fr.id AS fr_id,
            ${ANCHOR} - (800 + ${rndInt('p.n', 15, 400)}) * interval '1 day' AS created_at
       FROM placed p
       JOIN bench_user ar ON ar.kind = 'sales' AND ar.idx = p.ar_idx
       JOIN bench_user sr ON sr.kind = 'technical' AND sr.idx = p.sr_idx
       JOIN bench_user fr ON fr.kind = 'delivery' AND fr.idx = p.fr_idx`,
  );
  await prepare(ctx, `ALTER TABLE bench_account ADD PRIMARY KEY (n)`);
  await prepare(ctx, `ANALYZE bench_account`);
}

/**
 * Accounts in blocks of 20: a GROUP, four PROVINCE companies under it, and CITY
 * companies of which 60 % hang under one of the provinces (the group hierarchy). Names
 * end in a unique code without punctuation or legal suffix, so the normalized name the
 * API would compute is just the name lower-cased without spaces.
 */
export async function generateAccounts(ctx: GenerateContext): Promise<void> {
  const industry = (list: readonly (string | number)[]) =>
    `(ARRAY[${list.map((v) => (typeof v === 'number' ? String(v) : lit(v))).join(', ')}])[t.industry]`;
  await insert(
    ctx,
    'account',
    `INSERT INTO account (id, name, normalized_name, registration_no, industry, region, tier,
                          parent_id, purchase_mode, lifecycle_stage, relationship_level, quadrant,
                          drivers, claimed_by_id, created_at, updated_at, version,
                          potential_amount, potential_currency, service_stage)
     SELECT a.id, x.name, lower(replace(x.name, ' ', '')), '91' || lpad(a.n::text, 16, '0'),
            ${industry(INDUSTRIES)}, t.region, t.tier,
            CASE WHEN t.parent_n IS NULL THEN NULL ELSE ${uuidOf(`'account:' || t.parent_n`)} END,
            ${pick(['CONTINUOUS', 'OCCASIONAL'], 'a.n', 16)},
            ${pick(['EXPLORING', 'GROWING', 'MATURE', 'DECLINING'], 'a.n', 17)},
            v.relationship,
            CASE WHEN v.potential >= 5000000
                 THEN CASE WHEN v.relationship >= 3 THEN 'CORE' ELSE 'GROWTH' END
                 ELSE CASE WHEN v.relationship >= 3 THEN 'TRACTION' ELSE 'PROBLEM' END END,
            jsonb_build_array(jsonb_build_object(
              'factor', ${industry(DRIVER_FACTORS)},
              'quantity', (10 + ${rndInt('a.n', 18, 990)}) * ${industry(DRIVER_UNITS)})),
            a.ar_id, a.created_at, a.created_at + ${rndInt('a.n', 19, 300)} * interval '1 day', 1,
            v.potential, 'CNY',
            ${pick(['REACTIVE', 'RELATIONSHIP', 'SUCCESS'], 'a.n', 20)}
       FROM bench_account a
      CROSS JOIN LATERAL (SELECT (a.n - 1) / 20 AS block, (a.n - 1) % 20 AS pos) b
      CROSS JOIN LATERAL (
        SELECT 1 + ${rndInt('b.block', 21, INDUSTRIES.length)} AS industry,
               ${pick(REGIONS, 'a.n', 22)} AS region,
               CASE WHEN b.pos = 0 THEN 'GROUP' WHEN b.pos <= 4 THEN 'PROVINCE' ELSE 'CITY' END AS tier,
               CASE WHEN b.pos = 0 THEN NULL
                    WHEN b.pos <= 4 THEN b.block * 20 + 1
                    WHEN ${rnd('a.n', 23)} < 0.6 THEN b.block * 20 + 2 + a.n % 4
               END AS parent_n) t
      CROSS JOIN LATERAL (
        SELECT ${pick(BRANDS, 'b.block', 24)} || ${industry(INDUSTRY_WORDS)}
               || CASE t.tier WHEN 'GROUP' THEN '集团' WHEN 'PROVINCE' THEN t.region || '公司'
                              ELSE t.region || '分公司' END
               || ' B' || lpad(a.n::text, 6, '0') AS name) x
      CROSS JOIN LATERAL (
        SELECT (CASE WHEN a.hot THEN 500 + ${rndInt('a.n', 25, 4500)}
                     ELSE 10 + ${rndInt('a.n', 25, 990)} END * 10000)::numeric(18, 2) AS potential,
               CASE WHEN a.hot THEN 3 + ${rndInt('a.n', 26, 3)}
                    ELSE 1 + ${rndInt('a.n', 26, 5)} END AS relationship) v
      ORDER BY a.n`,
  );
  await insert(
    ctx,
    'account_team_member',
    `INSERT INTO account_team_member (id, account_id, user_id, team_role, created_at)
     SELECT ${uuidOf(`'team:' || a.n || ':' || r.role`)}, a.id,
            CASE r.role WHEN 'AR' THEN a.ar_id WHEN 'SR' THEN a.sr_id ELSE a.fr_id END,
            r.role, a.created_at
       FROM bench_account a CROSS JOIN (VALUES ('AR'), ('SR'), ('FR')) r (role)
      ORDER BY a.n`,
  );
}

/** The regions accounts are spread over (a bench picks one to filter on). */
export const ACCOUNT_REGIONS: readonly string[] = REGIONS;
