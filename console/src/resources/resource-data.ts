/**
 * The react-admin resources the data provider serves, each named after its list query and
 * described by its folder's `<r>.graphql.ts` (the fragment it reads, what deviates).
 */
import type { ResourceData } from '../providers/adapter';
import { accountPlansData } from './account-plans/account-plans.graphql';
import { accountsData } from './accounts/accounts.graphql';
import { activitiesData } from './activities/activities.graphql';
import { apiTokensData } from './api-tokens/api-tokens.graphql';
import { auditEventsData } from './audit-events/audit-events.graphql';
import { blockedStepsData } from './blocked-steps/blocked-steps.graphql';
import { contactsData } from './contacts/contacts.graphql';
import { contractsData } from './contracts/contracts.graphql';
import { escalationRulesData } from './escalation-rules/escalation-rules.graphql';
import { deliveriesData } from './deliveries/deliveries.graphql';
import { deliveryRobotsData } from './delivery-robots/delivery-robots.graphql';
import { outboxData } from './outbox/outbox.graphql';
import { escalationsData } from './escalations/escalations.graphql';
import { feedbacksData } from './feedbacks/feedbacks.graphql';
import { funnelStagesData } from './funnel-stages/funnel-stages.graphql';
import { productLinesData } from './product-lines/product-lines.graphql';
import { surveysData } from '../surveys/surveys.graphql';
import { handoversData } from './handovers/handovers.graphql';
import { internalResourcesData } from './internal-resources/internal-resources.graphql';
import { leadsData } from './leads/leads.graphql';
import { opportunitiesData } from './opportunities/opportunities.graphql';
import { orgUnitsData } from './org-units/org-units.graphql';
import { paymentMilestonesData } from './payment-milestones/payment-milestones.graphql';
import { paymentsData } from './payments/payments.graphql';
import { processRunsData } from './process-runs/process-runs.graphql';
import { processTemplatesData } from './process-templates/process-templates.graphql';
import { renewalsData } from './renewals/renewals.graphql';
import { resourceRequestsData } from './resource-requests/resource-requests.graphql';
import { salesTargetsData } from './sales-targets/sales-targets.graphql';
import { targetAdjustmentsData } from './target-adjustments/target-adjustments.graphql';
import { tasksData } from './tasks/tasks.graphql';
import { usersData } from './users/users.graphql';
import { workPlansData } from './work-plans/work-plans.graphql';

export const RESOURCE_DATA: Readonly<Record<string, ResourceData>> = {
  accounts: accountsData,
  orgUnits: orgUnitsData,
  contacts: contactsData,
  processTemplates: processTemplatesData,
  processRuns: processRunsData,
  users: usersData,
  funnelStages: funnelStagesData,
  productLines: productLinesData,
  surveys: surveysData,
  leads: leadsData,
  opportunities: opportunitiesData,
  activities: activitiesData,
  accountPlans: accountPlansData,
  salesTargets: salesTargetsData,
  tasks: tasksData,
  workPlans: workPlansData,
  feedbacks: feedbacksData,
  internalResources: internalResourcesData,
  resourceRequests: resourceRequestsData,
  escalationRules: escalationRulesData,
  escalations: escalationsData,
  handovers: handoversData,
  payments: paymentsData,
  auditEvents: auditEventsData,
  apiTokens: apiTokensData,
  contracts: contractsData,
  renewals: renewalsData,
  deliveryRobots: deliveryRobotsData,
  deliveries: deliveriesData,
  outbox: outboxData,
  blockedSteps: blockedStepsData,
  paymentMilestones: paymentMilestonesData,
  targetAdjustments: targetAdjustmentsData,
};
