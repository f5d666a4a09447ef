import { Account } from '../modules/accounts/account.entity';
import { AccountTeamMember } from '../modules/accounts/account-team-member.entity';
import { ClaimAttempt } from '../modules/accounts/claim-attempt.entity';
import { AccountNameCollision } from '../modules/accounts/account-name-collision.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { ApiToken } from '../modules/identity/api-token.entity';
import { User } from '../modules/identity/user.entity';
import { LoginThrottle } from '../modules/identity/login-throttle.entity';
import { ContactMove } from '../modules/customer-org/contact-move.entity';
import { Contact } from '../modules/customer-org/contact.entity';
import { Influence } from '../modules/customer-org/influence.entity';
import { OrgUnit } from '../modules/customer-org/org-unit.entity';
import { ApprovalStep } from '../modules/processes/approval-step.entity';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from '../modules/processes/process-run.entity';
import { ProcessTemplate } from '../modules/processes/process-template.entity';
import { Activity } from '../modules/pipeline/activity.entity';
import { FunnelStage } from '../modules/pipeline/funnel-stage.entity';
import { Lead } from '../modules/pipeline/lead.entity';
import {
  Opportunity,
  OpportunityContact,
  OpportunityTeamMember,
  StageChange,
} from '../modules/pipeline/opportunity.entity';
import { AccountPlan, AccountPlanMilestone } from '../modules/planning/account-plan.entity';
import { SalesTarget, TargetAdjustment } from '../modules/planning/sales-target.entity';
import { Escalation, EscalationRule } from '../modules/escalations/escalation.entity';
import {
  Contract,
  EvidenceItem,
  MilestoneGate,
  Payment,
  PaymentMilestone,
} from '../modules/collections/contract.entity';
import { Renewal } from '../modules/success/renewal.entity';
import { Feedback } from '../modules/execution/feedback.entity';
import { Handover } from '../modules/execution/handover.entity';
import { Task } from '../modules/execution/task.entity';
import { WorkPlan } from '../modules/execution/work-plan.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { InternalResource, ResourceRequest } from '../modules/resources/internal-resource.entity';
import { AccountTeamRobot } from '../modules/delivery/account-team-robot.entity';
import { DeliveryPreference } from '../modules/delivery/delivery-preference.entity';
import { DeliveryRobot } from '../modules/delivery/delivery-robot.entity';
import { Delivery } from '../modules/delivery/delivery.entity';
import { OutboxMessage } from '../modules/delivery/outbox-message.entity';

/** Every entity, listed explicitly so ts-jest and the compiled build load the same set. */
export const ENTITIES = [
  User,
  ApiToken,
  AuditEvent,
  Account,
  AccountTeamMember,
  ClaimAttempt,
  AccountNameCollision,
  OrgUnit,
  Contact,
  ContactMove,
  Influence,
  ProcessTemplate,
  ApprovalStep,
  ProcessRun,
  ProcessRunStep,
  ProcessRunStepChange,
  ProcessRunPlan,
  FunnelStage,
  Lead,
  Opportunity,
  OpportunityTeamMember,
  OpportunityContact,
  StageChange,
  Activity,
  AccountPlan,
  AccountPlanMilestone,
  SalesTarget,
  TargetAdjustment,
  WorkPlan,
  Handover,
  Task,
  Feedback,
  Notification,
  InternalResource,
  ResourceRequest,
  EscalationRule,
  Escalation,
  Contract,
  PaymentMilestone,
  MilestoneGate,
  EvidenceItem,
  Payment,
  Renewal,
  LoginThrottle,
  DeliveryRobot,
  DeliveryPreference,
  AccountTeamRobot,
  Delivery,
  OutboxMessage,
];
