import type { ReadShape } from './shape';

/**
 * The statement Trident's funnel service runs for a BI caller (every account): deals
 * created in the period in accounts of the region, counted in every stage up to the
 * highest they reached. The SQL peer runs it as is; PostGraphile exposes it the way
 * PostGraphile users write aggregates, as a function (bench.funnel).
 * $1 currency, $2 region pattern, $3 period start, $4 period end.
 */
export const FUNNEL_SQL = `WITH deals AS (
    SELECT o.id, o.amount, o.stage_id
      FROM opportunity o JOIN account a ON a.id = o.account_id
     WHERE o.currency = $1 AND a.region ILIKE $2 AND o.created_at >= $3 AND o.created_at < $4
  ), reached AS (
    SELECT d.id, d.amount, max(s.position) AS top
      FROM deals d
      JOIN stage_change c ON c.opportunity_id = d.id
      JOIN funnel_stage s ON s.id = c.to_stage_id AND NOT s.is_lost
     GROUP BY d.id, d.amount
  ), totals AS (
    SELECT st.id, count(r.id)::int AS reached, COALESCE(sum(r.amount), 0.00) AS amount
      FROM funnel_stage st LEFT JOIN reached r ON NOT st.is_lost AND r.top >= st.position
     GROUP BY st.id
  ), now_in AS (
    SELECT d.stage_id, count(*)::int AS n, sum(d.amount) AS amount FROM deals d GROUP BY d.stage_id
  ), shown AS (
    SELECT st.id, st.position, st.probability, st.is_lost, NOT (st.is_won OR st.is_lost) AS open,
           CASE WHEN st.is_lost THEN COALESCE(ni.n, 0) ELSE t.reached END AS reached,
           CASE WHEN st.is_lost THEN COALESCE(ni.amount, 0.00) ELSE t.amount END AS amount,
           COALESCE(ni.n, 0) AS current_count, COALESCE(ni.amount, 0.00) AS current_amount
      FROM funnel_stage st JOIN totals t ON t.id = st.id LEFT JOIN now_in ni ON ni.stage_id = st.id
     WHERE st.active OR t.reached > 0 OR ni.n > 0
  )
  SELECT id AS stage_id, reached, amount, round(amount * probability / 100.0, 2) AS weighted,
         current_count, current_amount,
         CASE WHEN is_lost OR reached = 0 THEN NULL
              ELSE round(lead(reached) OVER (PARTITION BY is_lost ORDER BY position)::numeric / reached, 4)::float8
         END AS conversion
    FROM shown
   ORDER BY position`;

export const FUNNEL_FUNCTION = `
  CREATE TYPE bench.funnel_row AS (
    stage_id uuid, reached int, amount numeric, weighted numeric,
    current_count int, current_amount numeric, conversion float8);
  CREATE FUNCTION bench.funnel(currency text, region text, period_from timestamptz, period_to timestamptz)
    RETURNS SETOF bench.funnel_row LANGUAGE sql STABLE AS $fn$ ${FUNNEL_SQL} $fn$;`;

/** Q4 — the funnel by stage for a quarter and a region. */
export const q4: ReadShape = {
  id: 'Q4',
  title: 'funnel by stage for a quarter and a region',
  trident: (p) => ({
    token: p.biToken,
    variables: { period: p.quarter, region: p.region },
    query: `query Q4($period: Period!, $region: String!) {
      funnel(filter: { period: $period, region: $region }) {
        totalDeals
        stages { stageId reached amount weightedAmount currentCount currentAmount conversionToNext }
      }
    }`,
  }),
  postgraphile: (p) => ({
    variables: { region: `${p.region}%`, from: p.quarterFrom, to: p.quarterTo },
    query: `query Q4($region: String!, $from: Datetime!, $to: Datetime!) {
      benchFunnel(currency: "CNY", region: $region, periodFrom: $from, periodTo: $to) {
        nodes { stageId reached amount weighted currentCount currentAmount conversion }
      }
    }`,
  }),
  sql: async (pool, p) =>
    (await pool.query(FUNNEL_SQL, ['CNY', `${p.region}%`, p.quarterFrom, p.quarterTo])).rows,
};
