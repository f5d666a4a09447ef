import {
  MIN_DEALS_FOR_DIAGNOSIS,
  WEAK_STEP_THRESHOLD,
  median,
  parsePeriod,
  type FunnelWeakness,
} from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';
import {
  accountScopeCondition,
  rawAccountScopeCondition,
  type AccountScope,
} from '../accounts/account-scope';
import { likePattern } from '../../common/text';
import { createdInSql } from './deal-cohort';
import type { FunnelFilter } from './dtos/funnel.inputs';
import { Opportunity } from './opportunity.entity';
import type { DiagnosisStep } from './pipeline.types';
import type { OwnerDiagnosis } from './pipeline.types';
import type { Funnel } from './pipeline.types';

/** Raw SQL with numbered parameters, built condition by condition. */
class Sql {
  values: unknown[] = [];
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * Funnel analytics (seed 001), all computed in SQL from stage history: a deal counts in
 * every stage up to the highest it ever reached (skipped stages included), so the
 * pyramid shows how far deals got, not only where they sit today.
 */
export class FunnelService {
  constructor(private readonly db: DataSource) {}

  async funnel(ctx: Caller, filter: FunnelFilter = {}): Promise<Funnel> {
    const currency = filter.currency ?? 'CNY';
    const q = new Sql();
    const where = this.dealConditions(q, await ctx.accountScope(), filter, currency, ctx.timeZone);
    const rows: {
      stage_id: string;
      reached: number;
      amount: string;
      weighted: string;
      current_count: number;
      current_amount: string;
      conversion: number | null;
      open: boolean;
      probability: number;
      total_deals: number;
      open_amount: string;
      weighted_open: string;
    }[] = await this.db.query(
      `WITH deals AS (
         SELECT o.id, o.amount, o.stage_id
           FROM opportunity o JOIN account a ON a.id = o.account_id
          WHERE ${where}
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
         -- Weighted per deal, then summed: the total is the sum of the deals' weightedAmount.
         SELECT d.stage_id, count(*)::int AS n, sum(d.amount) AS amount,
                sum(round(d.amount * ws.probability / 100.0, 2)) AS weighted
           FROM deals d JOIN funnel_stage ws ON ws.id = d.stage_id GROUP BY d.stage_id
       ), shown AS (
         SELECT st.id, st.position, st.probability, st.is_lost, NOT (st.is_won OR st.is_lost) AS open,
                CASE WHEN st.is_lost THEN COALESCE(ni.n, 0) ELSE t.reached END AS reached,
                CASE WHEN st.is_lost THEN COALESCE(ni.amount, 0.00) ELSE t.amount END AS amount,
                COALESCE(ni.n, 0) AS current_count, COALESCE(ni.amount, 0.00) AS current_amount,
                COALESCE(ni.weighted, 0.00) AS current_weighted
           FROM funnel_stage st JOIN totals t ON t.id = st.id LEFT JOIN now_in ni ON ni.stage_id = st.id
          WHERE st.active OR t.reached > 0 OR ni.n > 0
       )
       SELECT id AS stage_id, reached, amount, open, probability,
              round(amount * probability / 100.0, 2) AS weighted,
              current_count, current_amount,
              sum(current_count) OVER ()::int AS total_deals,
              COALESCE(sum(current_amount) FILTER (WHERE open) OVER (), 0.00) AS open_amount,
              COALESCE(sum(current_weighted) FILTER (WHERE open) OVER (), 0.00) AS weighted_open,
              CASE WHEN is_lost OR reached = 0 THEN NULL
                   ELSE round(lead(reached) OVER (PARTITION BY is_lost ORDER BY position)::numeric / reached, 4)::float8
              END AS conversion
         FROM shown
        ORDER BY position`,
      q.values,
    );
    return {
      currency,
      totalDeals: rows[0]?.total_deals ?? 0,
      openAmount: String(rows[0]?.open_amount ?? '0.00'),
      weightedOpenAmount: String(rows[0]?.weighted_open ?? '0.00'),
      stages: rows.map((r) => ({
        stageId: r.stage_id,
        reached: r.reached,
        amount: String(r.amount),
        weightedAmount: String(r.weighted),
        currentCount: r.current_count,
        currentAmount: String(r.current_amount),
        // The last open stage converts into won: lead() over the open stages handles it.
        conversionToNext: r.conversion,
      })),
    };
  }

  /**
   * For each owner the caller may see: their stage-to-stage conversion against the median
   * of their team (colleagues under the same manager), and the weakest step named with
   * seed 001's reading. Medians use the whole team's counts — aggregate ratios only, never
   * rows — so a salesperson can see how they compare.
   *
   * Who counts — in the medians and as a row — is one rule: an owner **active in the
   * period** (ACTIVE now, or departed on or after the period's first day; without a period,
   * ACTIVE now) **with at least one deal created in it**. A colleague who left before the
   * period, or who opened no deal in it, neither lowers the team's median nor gets a row.
   */
  async diagnosis(ctx: Caller, period: string | undefined): Promise<OwnerDiagnosis[]> {
    const range = period ? parsePeriod(period, ctx.timeZone) : null;
    if (period && !range) throw badInput('period', 'PERIOD_FORM');
    const stages: { id: string; position: number; weakness: FunnelWeakness | null }[] =
      await this.db.query(
        'SELECT id, position, weakness FROM funnel_stage WHERE NOT is_lost AND active ORDER BY position',
      );
    const counts: {
      owner_id: string;
      manager_id: string | null;
      stage_id: string;
      reached: number;
    }[] = await withDbScope(SYSTEM_SCOPE, () =>
      // Every team's deals, by design: the medians compare the caller with colleagues
      // whose accounts they cannot see. Only counts per owner leave this statement.
      this.db.query(
        `WITH reached AS (
           SELECT o.id, o.owner_id, max(s.position) AS top
             FROM opportunity o
             JOIN stage_change c ON c.opportunity_id = o.id
             JOIN funnel_stage s ON s.id = c.to_stage_id AND NOT s.is_lost
            WHERE ($1::timestamptz IS NULL OR o.created_at >= $1) AND ($2::timestamptz IS NULL OR o.created_at < $2)
            GROUP BY o.id, o.owner_id
         )
         SELECT r.owner_id, u.manager_id, st.id AS stage_id,
                count(*) FILTER (WHERE r.top >= st.position)::int AS reached
           FROM reached r JOIN "user" u ON u.id = r.owner_id
           CROSS JOIN funnel_stage st
          WHERE NOT st.is_lost AND st.active
            AND (u.status = 'ACTIVE' OR ($1::timestamptz IS NOT NULL AND u.departed_at >= $1))
          GROUP BY r.owner_id, u.manager_id, st.id`,
        [range?.from ?? null, range?.to ?? null],
      ),
    );
    const owners = new Map<string, { managerId: string | null; reached: Map<string, number> }>();
    for (const row of counts) {
      const owner = owners.get(row.owner_id) ?? { managerId: row.manager_id, reached: new Map() };
      owner.reached.set(row.stage_id, row.reached);
      owners.set(row.owner_id, owner);
    }
    const valueAt = (ownerId: string, index: number): number | null => {
      const reached = owners.get(ownerId)!.reached;
      const here = reached.get(stages[index]!.id) ?? 0;
      if (index === 0) return here;
      const before = reached.get(stages[index - 1]!.id) ?? 0;
      return before >= MIN_DEALS_FOR_DIAGNOSIS ? here / before : null;
    };
    const scope = await ctx.accountScope();
    const visible = (id: string) => scope.kind === 'ALL' || scope.userIds.includes(id);
    const result: OwnerDiagnosis[] = [];
    for (const [ownerId, owner] of owners) {
      if (!visible(ownerId)) continue;
      const team = [...owners].filter(([, o]) => o.managerId === owner.managerId).map(([id]) => id);
      const steps: DiagnosisStep[] = stages.map((stage, i) => {
        const own = valueAt(ownerId, i);
        const teamMedian = median(
          team.map((id) => valueAt(id, i)).filter((v): v is number => v !== null),
        );
        return {
          stageId: stage.id,
          reached: owner.reached.get(stage.id) ?? 0,
          conversion: i === 0 ? null : round(own),
          teamMedian: round(teamMedian),
          relative: own !== null && teamMedian ? round(own / teamMedian) : null,
        };
      });
      let weakIndex = -1;
      steps.forEach((step, i) => {
        if (step.relative === null || step.relative >= WEAK_STEP_THRESHOLD || !stages[i]!.weakness)
          return;
        if (weakIndex < 0 || step.relative < steps[weakIndex]!.relative!) weakIndex = i;
      });
      result.push({
        ownerId,
        teamSize: team.length,
        deals: steps[0]?.reached ?? 0,
        steps,
        weakStageId: weakIndex >= 0 ? stages[weakIndex]!.id : null,
        weakness: weakIndex >= 0 ? stages[weakIndex]!.weakness : null,
      });
    }
    return result.sort((a, b) => a.ownerId.localeCompare(b.ownerId));
  }

  /** Open deals that have sat in their stage longer than `days`: the escalation engine's input. */
  async stalled(ctx: Caller, days: number, page: PageArgs) {
    if (!Number.isInteger(days) || days < 1 || days > 3650)
      throw badInput('days', 'BETWEEN', { min: 1, max: 3650 });
    const scope = accountScopeCondition(await ctx.accountScope(), 'o.account_id');
    const query = this.db
      .getRepository(Opportunity)
      .createQueryBuilder('o')
      .where(scope.sql, scope.params)
      .andWhere(`o.stage_entered_at < now() - make_interval(days => :days)`, { days })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM funnel_stage cs WHERE cs.id = o.stage_id AND (cs.is_won OR cs.is_lost))',
      );
    return paginate(
      query,
      [
        {
          sql: 'o.stage_entered_at',
          direction: 'ASC',
          value: (o) => isoTime(o.stageEnteredAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  private dealConditions(
    q: Sql,
    scope: AccountScope,
    filter: FunnelFilter,
    currency: string,
    timeZone: string,
  ): string {
    const conditions: string[] = [];
    const scoped = rawAccountScopeCondition(scope, 'o.account_id', q.values.length + 1);
    q.values.push(...scoped.values);
    conditions.push(scoped.sql);
    conditions.push(`o.currency = ${q.param(currency)}`);
    if (filter.ownerIds) conditions.push(`o.owner_id = ANY(${q.param(filter.ownerIds)}::uuid[])`);
    if (filter.accountIds)
      conditions.push(`o.account_id = ANY(${q.param(filter.accountIds)}::uuid[])`);
    if (filter.region) conditions.push(`a.region ILIKE ${q.param(likePattern(filter.region))}`);
    if (filter.teamOf) {
      conditions.push(`o.owner_id IN (
        WITH RECURSIVE line(id) AS (
          SELECT ${q.param(filter.teamOf)}::uuid
          UNION SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id
        ) SELECT id FROM line)`);
    }
    if (filter.period) {
      const range = parsePeriod(filter.period, timeZone);
      if (!range) throw badInput('period', 'NOT_A_PERIOD');
      conditions.push(createdInSql('o', q.param(range.from), q.param(range.to)));
    }
    return conditions.join(' AND ');
  }
}

const round = (value: number | null) =>
  value === null ? null : Math.round(value * 10_000) / 10_000;
