import { elapsedShare, parsePeriod } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation, uniqueViolation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import type { AccountScope } from '../accounts/account-scope';
import { hasRole } from '../identity/viewer';
import type {
  SalesTargetFilter,
  SetSalesTargetInput,
  TargetAdjustmentFilter,
} from './dtos/planning.inputs';
import { SalesTarget, TargetAdjustment } from './sales-target.entity';
import type { TargetChange } from './planning.types';

/** Condition on a user id column: the people a caller may see targets of. */
function userScope(scope: AccountScope, column: string) {
  if (scope.kind === 'ALL') return { sql: 'TRUE', params: {} };
  return { sql: `${column} = ANY(:scopeUserIds::uuid[])`, params: { scopeUserIds: scope.userIds } };
}

/**
 * Sales targets per person and period (seed 002, step 7): a manager sets and adjusts the
 * targets of their line, every change is kept with its reason, and a rise for someone
 * already ahead of plan is flagged — no "whipping the fast ox".
 */
export class SalesTargetService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: SalesTargetFilter = {}, page: PageArgs) {
    const scope = userScope(await ctx.accountScope(), 't.user_id');
    const query = this.db
      .getRepository(SalesTarget)
      .createQueryBuilder('t')
      .where(scope.sql, scope.params);
    if (filter.userId) query.andWhere('t.user_id = :userId', { userId: filter.userId });
    if (filter.period) query.andWhere('t.period = :period', { period: filter.period });
    return paginate(
      query,
      [
        { sql: 't.period', direction: 'DESC', value: (t) => t.period },
        { sql: 't.user_id', direction: 'ASC', value: (t) => t.userId, cast: 'uuid' },
      ],
      page,
    );
  }

  async adjustments(ctx: Caller, filter: TargetAdjustmentFilter = {}, page: PageArgs) {
    const scope = userScope(await ctx.accountScope(), 'j.user_id');
    const query = this.db
      .getRepository(TargetAdjustment)
      .createQueryBuilder('j')
      .where(scope.sql, scope.params);
    if (filter.userId) query.andWhere('j.user_id = :userId', { userId: filter.userId });
    if (filter.period) query.andWhere('j.period = :period', { period: filter.period });
    if (filter.flagged !== undefined && filter.flagged !== null)
      query.andWhere('j.flagged = :flagged', { flagged: filter.flagged });
    return paginate(
      query,
      [{ sql: 'j.at', direction: 'DESC', value: (j) => isoTime(j.at), cast: 'timestamptz' }],
      page,
    );
  }

  /**
   * Sets a target (the first time) or changes it; either way the change is recorded. Two
   * first settings at once both find no row to lock: the unique index lets one insert, and
   * the other runs again as a change of the row the first one made.
   */
  async set(ctx: Caller, input: SetSalesTargetInput): Promise<TargetChange> {
    // The input's pattern lets any four-digit year through; a target's period must also
    // be a range parsePeriod knows (2000–2100), as adjust() checks.
    if (!parsePeriod(input.period)) throw badInput('period', 'PERIOD_FORM');
    try {
      return await this.setOnce(ctx, input);
    } catch (error) {
      if (uniqueViolation(error) === 'sales_target_user_period_key') {
        return this.setOnce(ctx, input);
      }
      throw error;
    }
  }

  private setOnce(ctx: Caller, input: SetSalesTargetInput): Promise<TargetChange> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await this.assertMayTarget(ctx, manager, input.userId);
      const existing = await lockTarget(manager, input.userId, input.period);
      let target: SalesTarget;
      if (existing) {
        target = await updateVersioned(
          manager,
          SalesTarget,
          'SalesTarget',
          existing.id,
          existing.version,
          {
            revenue: input.revenue,
            currency: input.currency,
            newAccounts: input.newAccounts ?? null,
            renewalRate: input.renewalRate ?? null,
            riskMargin: input.riskMargin,
          },
        );
      } else {
        target = await manager.getRepository(SalesTarget).save(
          manager.getRepository(SalesTarget).create({
            userId: input.userId,
            period: input.period,
            revenue: input.revenue,
            currency: input.currency,
            newAccounts: input.newAccounts ?? null,
            renewalRate: input.renewalRate ?? null,
            riskMargin: input.riskMargin,
          }),
        );
      }
      const adjustment = await recordAdjustment(
        ctx,
        manager,
        target,
        existing?.revenue ?? null,
        input.reason,
      );
      await audit({
        action: existing ? 'salesTarget.adjust' : 'salesTarget.set',
        entity: 'SalesTarget',
        entityId: target.id,
        before: existing,
        after: { ...target, flagged: adjustment.flagged },
      });
      return { target, adjustment, flagged: adjustment.flagged };
    });
  }

  async adjust(
    ctx: Caller,
    userId: string,
    period: string,
    newValue: string,
    reason: string,
  ): Promise<TargetChange> {
    requireUuid('userId', userId);
    if (!parsePeriod(period)) throw badInput('period', 'PERIOD_FORM');
    if (newValue.startsWith('-')) throw badInput('newValue', 'NEGATIVE');
    if (!reason.trim()) throw badInput('reason', 'CHANGE_REASON_REQUIRED');
    return runMutation(ctx, async ({ manager, audit }) => {
      await this.assertMayTarget(ctx, manager, userId);
      const before = await lockTarget(manager, userId, period);
      if (!before) throw notFound('SalesTarget', `${userId} ${period}`);
      const target = await updateVersioned(
        manager,
        SalesTarget,
        'SalesTarget',
        before.id,
        before.version,
        {
          revenue: newValue,
        },
      );
      const adjustment = await recordAdjustment(ctx, manager, target, before.revenue, reason);
      await audit({
        action: 'salesTarget.adjust',
        entity: 'SalesTarget',
        entityId: target.id,
        before,
        after: { ...target, flagged: adjustment.flagged },
      });
      return { target, adjustment, flagged: adjustment.flagged };
    });
  }

  /** ADMIN anyone; a MANAGER the people below them, never their own target. */
  private async assertMayTarget(ctx: Caller, manager: EntityManager, userId: string) {
    const [user] = (await manager.query('SELECT id FROM "user" WHERE id = $1', [
      userId,
    ])) as unknown[];
    if (!user) throw badInput('userId', 'NOT_A_USER');
    if (hasRole(ctx.viewer, 'ADMIN')) return;
    const scope = await ctx.accountScope();
    if (userId === ctx.viewer.userId || scope.kind !== 'TEAMS' || !scope.userIds.includes(userId)) {
      throw forbidden('A manager sets targets for the people in their reporting line only', {
        field: 'userId',
        reason: 'OUTSIDE_REPORTING_LINE',
      });
    }
  }
}

async function lockTarget(manager: EntityManager, userId: string, period: string) {
  return manager
    .getRepository(SalesTarget)
    .createQueryBuilder('t')
    .setLock('pessimistic_write')
    .where('t.user_id = :userId AND t.period = :period', { userId, period })
    .getOne();
}

/** Won revenue of a person in a period: contract amounts (else deal amounts) of won deals. */
export const WON_REVENUE_SQL = `
  SELECT COALESCE(sum(COALESCE(o.contract_amount, o.amount)), 0) AS won
    FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id AND s.is_won
   WHERE o.owner_id = $1 AND o.currency = $2 AND o.closed_at >= $3 AND o.closed_at < $4`;

async function recordAdjustment(
  ctx: Caller,
  manager: EntityManager,
  target: SalesTarget,
  fromRevenue: string | null,
  reason: string,
): Promise<TargetAdjustment> {
  const range = parsePeriod(target.period, ctx.timeZone)!;
  const share = elapsedShare(range, new Date());
  // Exact decimal comparisons in SQL: ahead of plan = won at least the pro-rata target so far.
  const [row] = (await manager.query(
    `WITH w AS (${WON_REVENUE_SQL})
     SELECT w.won,
            ($5::numeric IS NOT NULL AND $6::numeric > $5::numeric
              AND w.won > 0 AND w.won >= $5::numeric * $7::numeric) AS flagged
       FROM w`,
    [
      target.userId,
      target.currency,
      range.from,
      range.to,
      fromRevenue,
      target.revenue,
      share.toFixed(6),
    ],
  )) as { won: string; flagged: boolean }[];
  const adjustment = manager.getRepository(TargetAdjustment).create({
    targetId: target.id,
    userId: target.userId,
    period: target.period,
    fromRevenue,
    toRevenue: target.revenue,
    reason: reason.trim(),
    wonAtChange: String(row!.won),
    flagged: row!.flagged,
    actorId: ctx.viewer.userId,
  });
  return manager.getRepository(TargetAdjustment).save(adjustment);
}
