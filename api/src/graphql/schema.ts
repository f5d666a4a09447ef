import { DateTimeResolver } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver, AccountTeamResolver } from '../modules/accounts/account.resolver';
import { ClaimAttemptResolver } from '../modules/accounts/claim-attempt.resolver';
import { AccountNameCollisionResolver } from '../modules/accounts/account-name-collision.resolver';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver';
import { ApiTokenResolver } from '../modules/identity/api-token.resolver';
import { AuthResolver } from '../modules/identity/auth.resolver';
import { UserResolver } from '../modules/identity/user.resolver';
import {
  ContactResolver,
  CoverageResolver,
  AccountCoverageResolver,
  InfluenceResolver,
  OrgChartResolver,
  OrgUnitResolver,
} from '../modules/customer-org/customer-org.resolver';
import {
  ApprovalStepResolver,
  PlannedStepResolver,
  ProcessRunResolver,
  ProcessRunStepResolver,
  ProcessTemplateResolver,
} from '../modules/processes/processes.resolver';
import { AccountMatrixResolver } from '../modules/accounts/account-matrix.resolver';
import { ActivityResolver, TimelineEntryResolver } from '../modules/pipeline/activity.resolver';
import {
  DiagnosisStepResolver,
  FunnelResolver,
  FunnelStageResolver,
  FunnelStageStatResolver,
  OwnerDiagnosisResolver,
} from '../modules/pipeline/funnel.resolver';
import { LeadResolver } from '../modules/pipeline/lead.resolver';
import {
  OpportunityContactResolver,
  OpportunityResolver,
  OpportunityTeamMemberResolver,
  StageChangeResolver,
} from '../modules/pipeline/opportunity.resolver';
import {
  AccountPlanMilestoneResolver,
  AccountPlanResolver,
  CoverageLineResolver,
  SalesTargetResolver,
  TargetAdjustmentResolver,
} from '../modules/planning/planning.resolver';
import {
  EscalationResolver,
  EscalationRuleResolver,
} from '../modules/escalations/escalation.resolver';
import {
  AckTimeResolver,
  FeedbackResolver,
  HandoverResolver,
  TaskResolver,
  WorkPlanResolver,
} from '../modules/execution/execution.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import {
  InternalResourceResolver,
  ResourceRequestResolver,
} from '../modules/resources/resource.resolver';
import {
  AgingRowResolver,
  BattleMapRowResolver,
  ContractResolver,
  EvidenceItemResolver,
  PaymentMilestoneResolver,
  PaymentResolver,
} from '../modules/collections/collections.resolver';
import { RenewalResolver, RevenueRowResolver } from '../modules/success/success.resolver';
import {
  AccountTeamRobotFieldResolver,
  AccountTeamRobotResolver,
  DeliveryPreferencesResolver,
  DeliveryResolver,
  DeliveryRobotResolver,
} from '../modules/delivery/delivery.resolver';
import { applyAccessControl } from './access-control';
import { normalizeArguments } from './argument-hygiene';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  ApiTokenResolver,
  AuditEventResolver,
  AccountResolver,
  AccountTeamResolver,
  ClaimAttemptResolver,
  AccountNameCollisionResolver,
  OrgUnitResolver,
  ContactResolver,
  InfluenceResolver,
  OrgChartResolver,
  CoverageResolver,
  AccountCoverageResolver,
  ProcessTemplateResolver,
  ApprovalStepResolver,
  PlannedStepResolver,
  ProcessRunResolver,
  ProcessRunStepResolver,
  AccountMatrixResolver,
  FunnelStageResolver,
  LeadResolver,
  OpportunityResolver,
  OpportunityTeamMemberResolver,
  OpportunityContactResolver,
  StageChangeResolver,
  ActivityResolver,
  TimelineEntryResolver,
  FunnelResolver,
  FunnelStageStatResolver,
  DiagnosisStepResolver,
  OwnerDiagnosisResolver,
  AccountPlanResolver,
  AccountPlanMilestoneResolver,
  SalesTargetResolver,
  TargetAdjustmentResolver,
  CoverageLineResolver,
  TaskResolver,
  WorkPlanResolver,
  FeedbackResolver,
  AckTimeResolver,
  HandoverResolver,
  NotificationResolver,
  InternalResourceResolver,
  ResourceRequestResolver,
  EscalationRuleResolver,
  EscalationResolver,
  ContractResolver,
  PaymentMilestoneResolver,
  EvidenceItemResolver,
  PaymentResolver,
  AgingRowResolver,
  BattleMapRowResolver,
  RenewalResolver,
  RevenueRowResolver,
  DeliveryRobotResolver,
  DeliveryPreferencesResolver,
  AccountTeamRobotResolver,
  AccountTeamRobotFieldResolver,
  DeliveryResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in a process: build it once. */
export function buildTridentSchema(): Promise<GraphQLSchema> {
  return (built ??= buildSchema({
    resolvers: RESOLVERS,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false, skipMissingProperties: false },
  })
    .then(normalizeArguments)
    .then(applyAccessControl));
}
