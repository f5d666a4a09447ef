import { insert, prepare, type GenerateContext } from './context';
import { ANCHOR, lit, pickWeighted, rnd, uuidOf } from './sql';

// REQUIRED_EVIDENCE and STANDARD_SHARES of @trident/domain (collections.ts), which the
// bench package does not depend on: the checklist the API writes with every milestone.
const REQUIRED_EVIDENCE: Record<string, string[]> = {
  DOWN_PAYMENT: ['RELATIONSHIP_KEPT', 'SIGNED_CONTRACT'],
  ON_DELIVERY: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'DELIVERY_NOTE'],
  ON_ACCEPTANCE: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'ACCEPTANCE_CERTIFICATE'],
  WARRANTY_RETENTION: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'SIGN_OFF'],
  PER_SITE: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'DELIVERY_NOTE', 'ACCEPTANCE_CERTIFICATE'],
};
/** The standard plan: kind, share in %, due days after signing. */
const STANDARD_PLAN: [string, number, number][] = [
  ['DOWN_PAYMENT', 30, 15],
  ['ON_DELIVERY', 40, 60],
  ['ON_ACCEPTANCE', 25, 120],
  ['WARRANTY_RETENTION', 5, 400],
];

/**
 * One contract per won deal, half on the standard 30/40/25/5 plan and half paid per
 * site. Four milestones per standard contract leave the rest of the milestone total to
 * the per-site contracts, shared ±50 % by cumulative weight (like the account counts),
 * so the total is exact: at scale 1 a per-site contract has about 36 sites — a network
 * roll-out, province by province.
 */
export async function planContracts(ctx: GenerateContext): Promise<void> {
  const target = ctx.sizes.paymentMilestones;
  await prepare(
    ctx,
    `CREATE TEMP TABLE bench_contract ON COMMIT DROP AS
     WITH won AS (
       SELECT o.g, o.id AS opportunity_id, o.account_id, o.owner_id, o.closed_at,
              d.name, d.kind, coalesce(d.contract_amount, d.amount) AS amount, a.region,
              ${rnd('o.g', 91)} < 0.5 AS per_site,
              (0.5 + ${rnd('o.g', 92)})::numeric(30, 20) AS w
         FROM bench_opp o
         JOIN opportunity d ON d.id = o.id
         JOIN account a ON a.id = o.account_id
        WHERE o.won
     ), weighed AS (
       SELECT won.*,
              count(*) FILTER (WHERE NOT per_site) OVER () AS standard_count,
              sum(w) FILTER (WHERE per_site) OVER (ORDER BY g) AS cum,
              sum(w) FILTER (WHERE per_site) OVER () AS total
         FROM won
     )
     SELECT x.g, ${uuidOf(`'contract:' || x.g`)} AS id, x.opportunity_id, x.account_id,
            x.owner_id, x.closed_at, x.closed_at::date AS signed_at, x.name, x.kind, x.amount,
            x.region, x.per_site,
            CASE WHEN NOT x.per_site THEN ${STANDARD_PLAN.length}
                 ELSE greatest(2, (floor(r.rest * x.cum / x.total)
                                   - floor(r.rest * (x.cum - x.w) / x.total))::int) END AS milestones
       FROM weighed x
      CROSS JOIN LATERAL (
        SELECT greatest(0, ${target} - ${STANDARD_PLAN.length} * x.standard_count)::numeric AS rest) r`,
  );
  await prepare(ctx, `ALTER TABLE bench_contract ADD PRIMARY KEY (g)`);
  await prepare(ctx, `ANALYZE bench_contract`);
}

/** Paid five days after due, and never later than yesterday. */
const paidOn = (due: string) => `least(${due} + 5, ${ANCHOR}::date - 1)`;

const siteName = (i: string) =>
  `c.region || '站点 ' || lpad(${i}::text, 3, '0') || ' Site ' || ${i}`;

export async function generateContracts(ctx: GenerateContext): Promise<void> {
  await insert(
    ctx,
    'contract',
    `INSERT INTO contract (id, opportunity_id, account_id, title, kind, amount, currency,
                           signed_at, terms, sites, created_by_id, created_at, version)
     SELECT c.id, c.opportunity_id, c.account_id, c.name, c.kind, c.amount, 'CNY', c.signed_at,
            CASE WHEN c.per_site THEN '按站点验收付款 Paid per site on acceptance'
                 ELSE '30% 预付 / 40% 到货 / 25% 验收 / 5% 质保' END,
            CASE WHEN c.per_site THEN ARRAY(SELECT ${siteName('i')} FROM generate_series(1, c.milestones) i)
                 ELSE ARRAY[c.region || '机房 Data center'] END,
            c.owner_id, c.closed_at, 1
       FROM bench_contract c
      ORDER BY c.g`,
  );
}

/**
 * Milestones: amounts from cumulative shares rounded to cents, so they add up to the
 * contract amount exactly. Milestones due more than 30 days ahead are planned; the others
 * are mostly paid, some partly paid, invoiced or still planned (overdue once past due).
 */
export async function generateMilestones(ctx: GenerateContext): Promise<void> {
  const plan = (column: number) =>
    `(ARRAY[${STANDARD_PLAN.map((p) => (column === 0 ? lit(p[0]) : String(p[column]))).join(', ')}])[i]`;
  const before = `(ARRAY[${STANDARD_PLAN.map((_, i) =>
    STANDARD_PLAN.slice(0, i).reduce((sum, p) => sum + p[1], 0),
  ).join(', ')}])[i]`;
  const stage = pickWeighted(
    [
      ['PAID', 55],
      ['PARTIALLY_PAID', 15],
      ['INVOICED', 18],
      ['PLANNED', 12],
    ],
    `c.g * 1000 + i`,
    93,
  );
  await insert(
    ctx,
    'payment_milestone',
    `INSERT INTO payment_milestone (id, contract_id, account_id, position, kind, site, share,
                                    amount, paid_amount, currency, due, stage, invoiced_at,
                                    paid_at, version)
     SELECT ${uuidOf(`'milestone:' || c.g || ':' || i`)}, c.id, c.account_id, i, m.kind,
            CASE WHEN c.per_site THEN ${siteName('i')} END,
            m.share_after - m.share_before,
            round(c.amount * m.share_after / 100, 2) - round(c.amount * m.share_before / 100, 2),
            CASE s.stage
              WHEN 'PAID' THEN round(c.amount * m.share_after / 100, 2) - round(c.amount * m.share_before / 100, 2)
              WHEN 'PARTIALLY_PAID' THEN round((round(c.amount * m.share_after / 100, 2)
                                               - round(c.amount * m.share_before / 100, 2)) / 2, 2)
              ELSE 0 END,
            'CNY', m.due, s.stage,
            CASE WHEN s.stage <> 'PLANNED' THEN least(m.due::timestamptz, ${ANCHOR}) - interval '10 days' END,
            CASE WHEN s.stage = 'PAID' THEN ${paidOn('m.due')}::timestamptz + interval '10 hours' END,
            1
       FROM bench_contract c
      CROSS JOIN LATERAL generate_series(1, c.milestones) i
      CROSS JOIN LATERAL (
        SELECT CASE WHEN c.per_site THEN 'PER_SITE' ELSE ${plan(0)} END AS kind,
               CASE WHEN c.per_site THEN round(100.0 * (i - 1) / c.milestones, 2) ELSE ${before} END
                 AS share_before,
               CASE WHEN c.per_site THEN round(100.0 * i / c.milestones, 2)
                    ELSE ${before} + ${plan(1)} END AS share_after,
               c.signed_at + CASE WHEN c.per_site THEN 30 + (i * 540) / c.milestones
                                  ELSE ${plan(2)} END AS due) m
      CROSS JOIN LATERAL (
        SELECT CASE WHEN m.due > (${ANCHOR} + interval '30 days')::date THEN 'PLANNED'
                    ELSE ${stage} END AS stage) s
      ORDER BY c.g, i`,
  );
}

/**
 * The evidence checklist of every milestone (as the API writes it), checked by finance
 * once invoiced; a planned milestone still misses its last required piece, so the
 * invoicing gate has something to stop. Then one booked payment per paid amount.
 */
export async function generateEvidenceAndPayments(ctx: GenerateContext): Promise<void> {
  const checklist = Object.entries(REQUIRED_EVIDENCE)
    .flatMap(([kind, codes]) => [
      ...codes.map((code, i) => `(${lit(kind)}, ${lit(code)}, true, ${i === codes.length - 1})`),
      `(${lit(kind)}, 'INVOICE', false, false)`,
    ])
    .join(', ');
  await insert(
    ctx,
    'evidence_item',
    `INSERT INTO evidence_item (id, milestone_id, code, required, checked_at, checked_by_id, note)
     SELECT ${uuidOf(`'evidence:' || m.id || ':' || e.code`)}, m.id, e.code, e.required,
            CASE WHEN m.stage <> 'PLANNED' OR (e.required AND NOT e.last)
                 THEN least(m.due::timestamptz, ${ANCHOR}) - interval '12 days' END,
            CASE WHEN m.stage <> 'PLANNED' OR (e.required AND NOT e.last) THEN f.id END,
            NULL
       FROM payment_milestone m
       JOIN (VALUES ${checklist}) e (kind, code, required, last) ON e.kind = m.kind
      CROSS JOIN bench_user f
      WHERE f.kind = 'finance'`,
  );
  await insert(
    ctx,
    'payment',
    `INSERT INTO payment (id, milestone_id, amount, paid_at, reference, idempotency_key,
                          request_hash, recorded_by_id, recorded_at)
     SELECT ${uuidOf(`'payment:' || m.id`)}, m.id, m.paid_amount, p.paid_on,
            'BENCH-' || upper(substr(m.id::text, 1, 8)) || '-' || m.position,
            'bench-' || m.id, 'bench', f.id, p.paid_on + interval '10 hours'
       FROM payment_milestone m
      CROSS JOIN LATERAL (SELECT ${paidOn('m.due')} AS paid_on) p
      CROSS JOIN bench_user f
      WHERE f.kind = 'finance' AND m.paid_amount > 0`,
  );
}
