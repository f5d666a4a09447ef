import { CanonicalDecimals1796500024000 } from '../../migrations/1796500024000-CanonicalDecimals';
import { AdjustmentClock1796800049000 } from '../../migrations/1796800049000-AdjustmentClock';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { attainmentLoader } from './target-attainment';
import { AccountPlan, AccountPlanMilestone } from './account-plan.entity';
import { AccountPlanService } from './account-plan.service';
import { PipelineCoverageService } from './pipeline-coverage.service';
import {
  AccountPlanMilestoneResolver,
  AccountPlanResolver,
  CoverageLineResolver,
  SalesTargetResolver,
  StageCoverageResolver,
  TargetAdjustmentResolver,
} from './planning.resolver';
import { SalesTarget, TargetAdjustment } from './sales-target.entity';
import { SalesTargetService } from './sales-target.service';

/** Account plans, sales targets and the coverage they call for (seed 002). */
export const planningModule = defineModule({
  name: 'planning',
  entities: [AccountPlan, AccountPlanMilestone, SalesTarget, TargetAdjustment],
  resolvers: [
    AccountPlanResolver,
    AccountPlanMilestoneResolver,
    SalesTargetResolver,
    TargetAdjustmentResolver,
    CoverageLineResolver,
    StageCoverageResolver,
  ],
  // Its tables came with the pipeline's migration.
  migrations: [CanonicalDecimals1796500024000, AdjustmentClock1796800049000],
  services: ({ db, analyticsDb }) => ({
    accountPlans: new AccountPlanService(db),
    salesTargets: new SalesTargetService(db),
    pipelineCoverage: new PipelineCoverageService(analyticsDb),
  }),
  loaders: {
    targetAttainment: (db, _scope, today, _viewer, timeZone) =>
      attainmentLoader(db, today, timeZone),
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof planningModule> {}
  interface LoaderRegistry extends LoadersOf<typeof planningModule> {}
}
