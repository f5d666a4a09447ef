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
 * (seed 000: the AR is the hub).
 */
export async function lockOpportunityForWrite(
  ctx: Caller,
  manager: EntityManager,
  id: string,
  field = 'id',
): Promise<Opportunity> {
  return (await readDeal(ctx, manager, id, field, null)).deal;
}

/**
 * What a move needs, read in one statement without a lock: the deal, the caller's rights, the
 * funnel's stages and the criteria held. A move writes in one statement guarded by the deal's
 * version (`runOneStatementWrite`), so nothing needs to stay locked between the two.
 */
export function readOpportunityForMove(
  ctx: Caller,
  manager: EntityManager,
  id: string,
  stageId: string,
) {
  return readDeal(ctx, manager, id, 'id', stageId);
}

async function readDeal(
  ctx: Caller,
  manager: EntityManager,
  id: string,
  field: string,
  /** For a move: the stage it goes to (the funnel and the criteria held are read too). */
  moveTo: string | null,
): Promise<{ deal: Opportunity; stages: FunnelStage[]; held: HeldCriteria }> {
  requireUuid(field, id);
  const forMove = moveTo !== null;
  // A move locks nothing, so it does not join the account (each table a statement reads costs
  // its row-level policy once more): the scope is checked on the deal's own account id.
  const scope = rawAccountScopeCondition(
    await ctx.accountScope(),
    forMove ? 'o.account_id' : 'a.id',
    forMove ? 4 : 3,
  );
  const moveFacts = forMove
    ? `, (SELECT ${jsonRowsSql(manager.connection, FunnelStage, 's', 's.position, s.id')}
           FROM funnel_stage s) AS stages, ${heldCriteriaSql('$3')} AS held`
    : '';
  const [row] = (await manager.query(
    `SELECT o.*,
            (SELECT array_agg(m.team_role) FROM account_team_member m
              WHERE m.account_id = o.account_id AND m.user_id = $2) AS my_team_roles${moveFacts}
       FROM opportunity o${forMove ? '' : ` JOIN account a ON a.id = o.account_id`}
      WHERE o.id = $1 AND ${scope.sql}${forMove ? '' : '\n        FOR UPDATE OF o FOR SHARE OF a'}`,
    [id, ctx.viewer.userId, ...(forMove ? [moveTo] : []), ...scope.values],
  )) as (Record<string, unknown> & {
    my_team_roles: string[] | null;
    stages?: Record<string, unknown>[];
    held?: HeldCriteria;
  })[];
  if (!row) throw notFound('Opportunity', id);
  const deal = hydrateRow(manager, Opportunity, row);
  if (!hasRole(ctx.viewer, 'ADMIN', 'MANAGER') && !row.my_team_roles)
    throw forbidden('Only members of the account team, a manager or an admin may change this');
  requireDealWriter(ctx, deal, !!row.my_team_roles?.includes('AR'));
  return {
    deal,
    stages: fromJsonRows(manager.connection, FunnelStage, row.stages ?? []),
    held: row.held ?? {},
  };
}

/** The deal's owner, the account's AR, a manager or an admin may change a deal. */
function requireDealWriter(ctx: Caller, deal: Pick<Opportunity, 'ownerId'>, isAr: boolean) {
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER') || deal.ownerId === ctx.viewer.userId || isAr) return;
  throw forbidden("Only the deal's owner, the account's AR, a manager or an admin may change it");
}

export async function assertDealWriter(
  ctx: Caller,
  manager: EntityManager,
  deal: Pick<Opportunity, 'ownerId' | 'accountId'>,
): Promise<void> {
  if (hasRole(ctx.viewer, 'ADMIN', 'MANAGER') || deal.ownerId === ctx.viewer.userId) return;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM account_team_member
      WHERE account_id = $1 AND user_id = $2 AND team_role = 'AR'`,
    [deal.accountId, ctx.viewer.userId],
  );
  requireDealWriter(ctx, deal, rows.length > 0);
}
