import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Caller } from '../../graphql/caller';
import { fromJsonRows, jsonRowsSql } from '../../db/json-rows';
import { hydrateRow } from '../../db/mutation';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import { FunnelStage } from './funnel-stage.entity';
import { heldCriteriaSql, type HeldCriteria } from './stage-criteria';
import { hasRole } from '../identity/viewer';
import { Opportunity } from './opportunity.entity';

/**
 * Loads a deal its caller is about to change, locked for the transaction (the deal for
 * update, its account shared), in one statement. Outside the caller's account scope it is
 * NOT_FOUND; inside, only members of the account's team, managers and admins get further, and
 * of those only the deal's owner, the account's AR, a manager or an admin may change it
 * (seed 000: the AR is the hub). `withStages` also reads, for a move, the funnel's stages and
 * which of the deal's entry criteria the database holds.
 */
export async function lockOpportunityForWrite(
  ctx: Caller,
  manager: EntityManager,
  id: string,
  field = 'id',
  withStages = false,
): Promise<Opportunity & { stages?: FunnelStage[]; held?: HeldCriteria }> {
  requireUuid(field, id);
  const scope = rawAccountScopeCondition(await ctx.accountScope(), 'a.id', 3);
  const stages = withStages
    ? `, (SELECT ${jsonRowsSql(manager.connection, FunnelStage, 's', 's.position, s.id')}
           FROM funnel_stage s) AS stages, ${heldCriteriaSql()} AS held`
    : '';
  const [row] = (await manager.query(
    `SELECT o.*,
            EXISTS (SELECT 1 FROM account_team_member m
                     WHERE m.account_id = o.account_id AND m.user_id = $2) AS on_team,
            EXISTS (SELECT 1 FROM account_team_member m
                     WHERE m.account_id = o.account_id AND m.user_id = $2
                       AND m.team_role = 'AR') AS is_ar${stages}
       FROM opportunity o JOIN account a ON a.id = o.account_id AND ${scope.sql}
      WHERE o.id = $1
        FOR UPDATE OF o FOR SHARE OF a`,
    [id, ctx.viewer.userId, ...scope.values],
  )) as (Record<string, unknown> & {
    on_team: boolean;
    is_ar: boolean;
    stages?: [];
    held?: HeldCriteria;
  })[];
  if (!row) throw notFound('Opportunity', id);
  const deal = hydrateRow(manager, Opportunity, row) as Opportunity & {
    stages?: FunnelStage[];
    held?: HeldCriteria;
  };
  if (!hasRole(ctx.viewer, 'ADMIN', 'MANAGER')) {
    if (!row.on_team)
      throw forbidden('Only members of the account team, a manager or an admin may change this');
    if (deal.ownerId !== ctx.viewer.userId && !row.is_ar) throw notDealWriter();
  }
  if (row.stages) deal.stages = fromJsonRows(manager.connection, FunnelStage, row.stages);
  if (row.held) deal.held = row.held;
  return deal;
}

const notDealWriter = () =>
  forbidden("Only the deal's owner, the account's AR, a manager or an admin may change it");

export async function assertDealWriter(
  ctx: Caller,
  manager: EntityManager,
  deal: Pick<Opportunity, 'ownerId' | 'accountId'>,
): Promise<void> {
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER')) return;
  if (deal.ownerId === ctx.viewer.userId) return;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member
      WHERE account_id = $1 AND user_id = $2 AND team_role = 'AR'`,
    [deal.accountId, ctx.viewer.userId],
  );
  if (rows.length === 0) {
    throw notDealWriter();
  }
}
