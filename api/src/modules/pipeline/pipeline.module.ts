import { Pipeline1795602561535 } from '../../migrations/1795602561535-Pipeline';
import { OpportunityKind1795609491567 } from '../../migrations/1795609491567-OpportunityKind';
import { StageRiskMargin1796700027000 } from '../../migrations/1796700027000-StageRiskMargin';
import { ClosedDealsMatchTheirStage1796800041000 } from '../../migrations/1796800041000-ClosedDealsMatchTheirStage';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { Activity } from './activity.entity';
import { ActivityResolver } from './activity.resolver';
import { ActivityService } from './activity.service';
import { FunnelStage } from './funnel-stage.entity';
import { FunnelStageService } from './funnel-stage.service';
import {
  DiagnosisStepResolver,
  FunnelResolver,
  FunnelStageResolver,
  FunnelStageStatResolver,
  OwnerDiagnosisResolver,
} from './funnel.resolver';
import { FunnelService } from './funnel.service';
import { Lead } from './lead.entity';
import { LeadResolver } from './lead.resolver';
import { LeadService } from './lead.service';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
} from './opportunity.entity';
import {
  OpportunityContactResolver,
  OpportunityResolver,
  OpportunityTeamMemberResolver,
  StageChangeResolver,
} from './opportunity.resolver';
import { OpportunityService } from './opportunity.service';
import { createPipelineLoaders } from './pipeline.loader';
import { DealVelocityResolver, StageStintResolver, StageTimeResolver } from './stage-time.resolver';
import { StageTimeService } from './stage-time.service';

/** Leads, deals, the funnel and the visit log (seeds 001, 002). */
export const pipelineModule = defineModule({
  name: 'pipeline',
  entities: [
    FunnelStage,
    Lead,
    Opportunity,
    OpportunityTeamMember,
    OpportunityContact,
    StageChange,
    Activity,
  ],
  resolvers: [
    FunnelStageResolver,
    LeadResolver,
    OpportunityResolver,
    OpportunityTeamMemberResolver,
    OpportunityContactResolver,
    StageChangeResolver,
    ActivityResolver,
    FunnelResolver,
    FunnelStageStatResolver,
    DiagnosisStepResolver,
    OwnerDiagnosisResolver,
    StageTimeResolver,
    DealVelocityResolver,
    StageStintResolver,
  ],
  migrations: [
    Pipeline1795602561535,
    OpportunityKind1795609491567,
    StageRiskMargin1796700027000,
    ClosedDealsMatchTheirStage1796800041000,
  ],
  services: ({ db, analyticsDb }) => {
    const opportunities = new OpportunityService(db);
    return {
      funnelStages: new FunnelStageService(db),
      opportunities,
      leads: new LeadService(db, opportunities),
      activities: new ActivityService(db),
      funnel: new FunnelService(analyticsDb),
      stageTime: new StageTimeService(analyticsDb),
    };
  },
  loaders: { pipeline: (db, scope) => createPipelineLoaders(db, scope) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof pipelineModule> {}
  interface LoaderRegistry extends LoadersOf<typeof pipelineModule> {}
}
