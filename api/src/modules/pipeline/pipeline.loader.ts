import DataLoader from 'dataloader';
import { loadStageStints } from './stage-stints';
import type { StageStint } from './stage-time.types';
import type { DataSource, ObjectLiteral, EntityTarget } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { ClaimAttempt } from '../accounts/claim-attempt.entity';
import { AccountPlanMilestone } from '../planning/account-plan.entity';
import { TargetAdjustment } from '../planning/sales-target.entity';
import { Task } from '../execution/task.entity';
import { Activity } from './activity.entity';
import { FunnelStage } from './funnel-stage.entity';
import { Lead } from './lead.entity';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
} from './opportunity.entity';

/** Pipeline and planning relations: one statement per relation per request, scoped. */
export function createPipelineLoaders(db: DataSource, scopeOf: () => Promise<AccountScope>) {
  const ids = (keys: readonly string[]) => keys.filter(isUuid);

  /** Rows by id whose account (reached through `accountSql`) the caller may see. */
  const scopedById = <T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
    accountSql: (alias: string) => string,
  ) =>
    new DataLoader<string, T | null>(async (keys) => {
      const scope = accountScopeCondition(await scopeOf(), accountSql('r'));
      const rows = await db
        .getRepository(entity)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(scope.sql, scope.params)
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    });

  /** Child rows of parents the caller already loaded through a scoped query. */
  const childrenOf = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    keyOf: (row: T) => string,
    order: string,
  ) =>
    new DataLoader<string, T[]>(async (keys) => {
      const rows = await db
        .getRepository(entity)
        .createQueryBuilder('c')
        .where(`c.${column} = ANY(:ids::uuid[])`, { ids: ids(keys) })
        .orderBy(`c.${order}`)
        .getMany();
      return groupByKeys(keys, rows, keyOf);
    });

  /** Each deal's `first` newest visits: one statement for every deal, LIMIT per deal. */
  const recentActivities = new Map<number, DataLoader<string, Activity[]>>();
  const recentActivitiesLoader = (first: number) => {
    let loader = recentActivities.get(first);
    if (!loader) {
      loader = new DataLoader<string, Activity[]>(async (keys) => {
        const rows = await db
          .getRepository(Activity)
          .createQueryBuilder('a')
          .where(
            `a.id IN (SELECT recent.id FROM unnest(:ids::uuid[]) AS deal(id)
                CROSS JOIN LATERAL (
                  SELECT x.id FROM activity x WHERE x.opportunity_id = deal.id
                   ORDER BY x.occurred_at DESC, x.id DESC LIMIT :first) recent)`,
            { ids: ids(keys), first },
          )
          .orderBy('a.occurred_at', 'DESC')
          .addOrderBy('a.id', 'DESC')
          .getMany();
        return groupByKeys(keys, rows, (row) => row.opportunityId ?? '');
      });
      recentActivities.set(first, loader);
    }
    return loader;
  };

  let stages: Promise<Map<string, FunnelStage>> | undefined;
  const allStages = () =>
    (stages ??= db
      .getRepository(FunnelStage)
      .find({ order: { position: 'ASC' } })
      .then((rows) => new Map(rows.map((s) => [s.id, s]))));

  return {
    /** Stages are few and shared: one statement per request loads them all. */
    stageById: new DataLoader<string, FunnelStage | null>(async (keys) => {
      const byId = await allStages();
      return keys.map((key) => byId.get(key) ?? null);
    }),
    opportunityById: scopedById(Opportunity, (r) => `${r}.account_id`),
    activityById: scopedById(Activity, (r) => `${r}.account_id`),
    leadById: scopedById(Lead, (r) => `${r}.account_id`),
    claimAttemptById: scopedById(ClaimAttempt, (r) => `${r}.account_id`),
    stageChangeById: scopedById(
      StageChange,
      (r) => `(SELECT so.account_id FROM opportunity so WHERE so.id = ${r}.opportunity_id)`,
    ),
    teamByOpportunityId: childrenOf(
      OpportunityTeamMember,
      'opportunity_id',
      (r) => r.opportunityId,
      'team_role',
    ),
    contactsByOpportunityId: childrenOf(
      OpportunityContact,
      'opportunity_id',
      (r) => r.opportunityId,
      'role',
    ),
    recentActivitiesByOpportunityId: recentActivitiesLoader,
    /** The open task due soonest on each deal (its next win step). */
    nextTaskByOpportunityId: new DataLoader<string, Task | null>(async (keys) => {
      const rows = await db
        .getRepository(Task)
        .createQueryBuilder('t')
        .distinctOn(['t.opportunity_id'])
        .where('t.opportunity_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(`t.status NOT IN ('DONE', 'CANCELLED')`)
        .orderBy('t.opportunity_id')
        .addOrderBy('t.due')
        .addOrderBy('t.id')
        .getMany();
      const byDeal = new Map(rows.map((row) => [row.opportunityId, row]));
      return keys.map((key) => byDeal.get(key) ?? null);
    }),
    stintsByOpportunityId: new DataLoader<string, StageStint[]>((keys) =>
      loadStageStints(db, keys),
    ),
    historyByOpportunityId: childrenOf(StageChange, 'opportunity_id', (r) => r.opportunityId, 'at'),
    milestonesByPlanId: childrenOf(AccountPlanMilestone, 'plan_id', (r) => r.planId, 'position'),
    adjustmentsByTargetId: childrenOf(TargetAdjustment, 'target_id', (r) => r.targetId, 'at'),
  };
}
