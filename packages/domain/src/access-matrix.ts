import { ROLES, type Role } from './enums';

/**
 * The one access matrix: which roles may call each GraphQL operation, which fields are
 * hidden from which roles, and which console resource actions map to which operation.
 * The API's auth checker and the console's canAccess both read it; an operation that
 * is not listed here is refused.
 *
 * Operation-level access is only the first gate: record-level scoping (account team and
 * manager chain) is enforced by the API's services on every query.
 */

export const PUBLIC = 'PUBLIC' as const;
type Grant = readonly Role[] | typeof PUBLIC;

const ALL: readonly Role[] = ROLES;
const PEOPLE: readonly Role[] = ROLES.filter((r) => r !== 'BI');
const ACCOUNT_WRITERS: readonly Role[] = ['SALES', 'MANAGER', 'ADMIN'];
/** Roles that write account-team work; the API also requires a seat on the team. */
const TEAM_WRITERS: readonly Role[] = [
  'SALES',
  'TECHNICAL',
  'DELIVERY',
  'FINANCE',
  'MANAGER',
  'ADMIN',
];

/** The solution team discovers needs too (seed 000): they may record leads. */
const LEAD_WRITERS: readonly Role[] = ['SALES', 'TECHNICAL', 'MANAGER', 'ADMIN'];
const TARGET_READERS: readonly Role[] = ['SALES', 'MANAGER', 'ADMIN', 'FINANCE', 'BI'];

export const OPERATIONS = {
  'Mutation.login': PUBLIC,
  // Whoever holds a session may end it, whatever their roles (BI people signed in too).
  'Mutation.signOut': PUBLIC,
  'Query.me': ALL,
  'Query.businessCalendar': ALL,
  'Query.users': ALL,
  'Query.user': ALL,
  'Mutation.createUser': ['ADMIN'],
  'Mutation.updateUser': ['ADMIN'],
  'Mutation.changePassword': PEOPLE,
  'Query.apiTokens': ['ADMIN'],
  'Mutation.createApiToken': ['ADMIN'],
  'Mutation.revokeApiToken': ['ADMIN'],
  'Query.auditEvents': ['ADMIN'],
  'Query.search': PEOPLE,
  'Query.accounts': ALL,
  'Query.account': ALL,
  'Query.claimAttempts': ['SALES', 'MANAGER', 'ADMIN'],
  'Mutation.claimAccount': ACCOUNT_WRITERS,
  'Query.accountNameCollisions': ['ADMIN'],
  'Mutation.resolveAccountNameCollision': ['ADMIN'],
  'Mutation.updateAccount': ACCOUNT_WRITERS,
  'Mutation.addTeamMember': ACCOUNT_WRITERS,
  'Mutation.removeTeamMember': ACCOUNT_WRITERS,
  // Customer map: every role reads within its account scope; the account team writes.
  'Query.orgUnits': ALL,
  'Query.contacts': ALL,
  'Query.contact': ALL,
  'Query.orgChart': ALL,
  'Query.relationshipCoverage': ALL,
  // Issue 20: cooling relationships over what the caller sees; ADMIN sets the cadences.
  'Query.staleRelationships': ALL,
  'Query.relationshipCadences': ALL,
  'Mutation.setRelationshipCadence': ['ADMIN'],
  // The account risk register: read in the account's scope, kept by its team.
  'Query.risks': ALL,
  'Query.risk': ALL,
  'Mutation.createRisk': TEAM_WRITERS,
  'Mutation.updateRisk': TEAM_WRITERS,
  'Query.coverageByAccount': ALL,
  'Mutation.createOrgUnit': TEAM_WRITERS,
  'Mutation.updateOrgUnit': TEAM_WRITERS,
  'Mutation.createContact': TEAM_WRITERS,
  'Mutation.updateContact': TEAM_WRITERS,
  'Mutation.moveContact': TEAM_WRITERS,
  'Mutation.markContactLeft': TEAM_WRITERS,
  'Mutation.addInfluence': TEAM_WRITERS,
  'Mutation.removeInfluence': TEAM_WRITERS,
  // The customer's processes: templates by ADMIN and the account's AR, runs by the team.
  'Query.processTemplates': ALL,
  'Query.processTemplate': ALL,
  'Query.approvalPath': ALL,
  'Query.processRuns': ALL,
  'Query.processRun': ALL,
  'Query.blockedSteps': ALL,
  'Mutation.createProcessTemplate': ACCOUNT_WRITERS,
  'Mutation.updateProcessTemplate': ACCOUNT_WRITERS,
  'Mutation.copyProcessTemplate': ACCOUNT_WRITERS,
  'Query.planRun': ALL,
  'Mutation.startProcessRun': TEAM_WRITERS,
  'Mutation.insertRunStep': TEAM_WRITERS,
  'Mutation.moveRunStep': TEAM_WRITERS,
  // Pipeline: everyone reads within scope (amounts hidden below); the AR's line owns deals.
  'Query.accountMatrix': ALL,
  'Query.funnelStages': ALL,
  'Mutation.createFunnelStage': ['ADMIN'],
  'Mutation.updateFunnelStage': ['ADMIN'],
  'Query.leads': ALL,
  'Query.lead': ALL,
  'Mutation.createLead': LEAD_WRITERS,
  'Mutation.updateLead': LEAD_WRITERS,
  'Mutation.convertLead': ACCOUNT_WRITERS,
  'Mutation.disqualifyLead': ACCOUNT_WRITERS,
  'Query.opportunities': ALL,
  'Query.opportunity': ALL,
  'Query.stalledOpportunities': ALL,
  'Mutation.createOpportunity': ACCOUNT_WRITERS,
  'Mutation.updateOpportunity': ACCOUNT_WRITERS,
  'Mutation.moveOpportunity': ACCOUNT_WRITERS,
  'Query.activities': ALL,
  'Query.activity': ALL,
  'Query.timeline': ALL,
  'Mutation.createActivity': TEAM_WRITERS,
  'Mutation.updateActivity': TEAM_WRITERS,
  'Query.funnel': ALL,
  'Query.funnelDiagnosis': ['SALES', 'MANAGER', 'ADMIN', 'BI'],
  'Query.timeInStage': ['SALES', 'MANAGER', 'ADMIN', 'BI'],
  'Query.dealVelocity': ['SALES', 'MANAGER', 'ADMIN', 'BI'],
  // Planning: plans by the AR's line; targets by managers for their line.
  'Query.accountPlans': ALL,
  'Query.accountPlan': ALL,
  'Mutation.createAccountPlan': ACCOUNT_WRITERS,
  'Mutation.updateAccountPlan': ACCOUNT_WRITERS,
  'Query.pipelineCoverage': TARGET_READERS,
  'Query.salesTargets': TARGET_READERS,
  'Query.targetAdjustments': TARGET_READERS,
  'Mutation.setSalesTarget': ['MANAGER', 'ADMIN'],
  'Mutation.adjustTarget': ['MANAGER', 'ADMIN'],
  // Execution: the team's task table, feedback loop, resources, escalations, handover.
  // BI reads the task table too (docs/bi.md), without the reviewer's notes (HIDDEN_FIELDS).
  'Query.tasks': ALL,
  'Query.task': ALL,
  'Mutation.createTask': TEAM_WRITERS,
  'Mutation.updateTask': TEAM_WRITERS,
  'Mutation.acknowledgeTask': TEAM_WRITERS,
  'Mutation.startTask': TEAM_WRITERS,
  'Mutation.submitTask': TEAM_WRITERS,
  'Mutation.reviewTask': TEAM_WRITERS,
  'Mutation.cancelTask': TEAM_WRITERS,
  // Seed 000: the assignee says they are stuck; the requester, AR or a manager answers.
  'Mutation.reportTaskStuck': TEAM_WRITERS,
  'Mutation.answerStuckTask': TEAM_WRITERS,
  'Query.workPlans': PEOPLE,
  'Query.workPlan': PEOPLE,
  'Query.planReadiness': PEOPLE,
  'Mutation.createWorkPlan': TEAM_WRITERS,
  'Mutation.updateWorkPlan': TEAM_WRITERS,
  'Mutation.reviewWorkPlan': ['SALES', 'MANAGER', 'ADMIN'],
  'Query.feedbacks': ALL,
  'Query.feedbackAckTimes': ['SALES', 'MANAGER', 'ADMIN', 'BI'],
  'Mutation.reportFeedback': TEAM_WRITERS,
  'Mutation.acknowledgeFeedback': ACCOUNT_WRITERS,
  'Mutation.feedbackToLead': ACCOUNT_WRITERS,
  'Query.notifications': PEOPLE,
  'Query.unreadNotificationCount': PEOPLE,
  'Mutation.markNotificationsRead': PEOPLE,
  'Query.internalResources': PEOPLE,
  'Mutation.createInternalResource': ['ADMIN'],
  'Mutation.updateInternalResource': ['ADMIN'],
  'Query.resourceRequests': PEOPLE,
  'Mutation.requestResource': TEAM_WRITERS,
  'Mutation.decideResourceRequest': ['MANAGER', 'ADMIN'],
  'Query.escalationRules': PEOPLE,
  'Mutation.createEscalationRule': ['ADMIN'],
  'Mutation.updateEscalationRule': ['ADMIN'],
  'Query.escalations': ALL,
  'Mutation.acknowledgeEscalation': PEOPLE,
  'Mutation.resolveEscalation': PEOPLE,
  'Mutation.reassignEscalation': ['MANAGER', 'ADMIN'],
  'Query.escalationLevels': ALL,
  'Query.handovers': ['MANAGER', 'ADMIN'],
  'Query.handover': ['MANAGER', 'ADMIN'],
  'Mutation.startHandover': ['MANAGER', 'ADMIN'],
  // Collections: FINANCE collects on every account; the team keeps the evidence.
  'Query.contracts': ALL,
  'Query.contract': ALL,
  'Query.collectionAging': ['SALES', 'FINANCE', 'MANAGER', 'ADMIN', 'BI'],
  'Query.battleMap': ALL,
  'Query.paymentMilestones': ALL,
  'Query.payments': ALL,
  'Query.paymentTotals': ALL,
  'Mutation.createContract': ['SALES', 'FINANCE', 'MANAGER', 'ADMIN'],
  'Mutation.setPaymentPlan': ['SALES', 'FINANCE', 'MANAGER', 'ADMIN'],
  'Mutation.checkEvidence': TEAM_WRITERS,
  'Mutation.setMilestoneGates': ['SALES', 'FINANCE', 'MANAGER', 'ADMIN'],
  'Mutation.invoiceMilestone': ['FINANCE', 'MANAGER', 'ADMIN'],
  'Mutation.recordPayment': ['FINANCE', 'ADMIN'],
  // Files on evidence and task deliverables (POST/GET /files follow the record's own rules;
  // BI reads no files): whoever may change the record may remove what they attached.
  'Query.attachmentLimits': PEOPLE,
  'Mutation.deleteAttachment': TEAM_WRITERS,
  // Customer success: renewals by the AR's line; revenue for those who see amounts.
  'Query.renewals': ALL,
  'Query.revenueSummary': ['SALES', 'FINANCE', 'MANAGER', 'ADMIN', 'BI'],
  // Growth: product lines kept by ADMIN; whitespace and roll-ups over what the caller sees.
  'Query.productLines': ALL,
  'Mutation.createProductLine': ['ADMIN'],
  'Mutation.updateProductLine': ['ADMIN'],
  'Query.whitespace': ALL,
  'Query.accountRollup': ALL,
  // The customer's voice (issue 20): ADMIN keeps the surveys; the AR's line sends them to
  // contacts of its accounts; the team sees the links; scores are aggregates over the scope.
  'Query.surveys': ['SALES', 'MANAGER', 'ADMIN'],
  'Mutation.createSurvey': ['ADMIN'],
  'Mutation.updateSurvey': ['ADMIN'],
  'Mutation.sendSurvey': ['SALES', 'MANAGER'],
  'Query.surveyInvitations': PEOPLE,
  'Query.surveyScore': ALL,
  'Query.surveyScores': ALL,
  'Mutation.createRenewal': ACCOUNT_WRITERS,
  'Mutation.updateRenewal': ACCOUNT_WRITERS,
  // Reaching people outside the console (issue 22): robots and the delivery log are ADMIN's;
  // everyone sets their own preferences and reads their own outbox; an account's writers
  // choose its team robot.
  'Query.deliveryRobots': ['ADMIN'],
  'Mutation.createDeliveryRobot': ['ADMIN'],
  'Mutation.updateDeliveryRobot': ['ADMIN'],
  'Query.robotChoices': PEOPLE,
  'Query.myDeliveryPreferences': PEOPLE,
  'Mutation.setMyDeliveryPreferences': PEOPLE,
  'Mutation.setAccountTeamRobot': ACCOUNT_WRITERS,
  'Mutation.removeAccountTeamRobot': ACCOUNT_WRITERS,
  'Query.deliveries': ['ADMIN'],
  'Query.deliverySettings': ['ADMIN'],
  'Mutation.retryDelivery': ['ADMIN'],
  'Query.outbox': PEOPLE,
} as const satisfies Record<string, Grant>;

/**
 * Who may succeed someone in a handover: the successor takes AR seats and open deals, so a role
 * that may move a deal (an admin configures; it carries no customers).
 */
export const HANDOVER_SUCCESSOR_ROLES: readonly Role[] = (
  OPERATIONS['Mutation.moveOpportunity'] as readonly Role[]
).filter((role) => role !== 'ADMIN');

export type Operation = keyof typeof OPERATIONS;

/**
 * Separation of duties: decisions nobody takes on their own work or request, and who takes
 * them instead. Every mutation that reviews, decides, approves, adjusts or overrides is
 * listed here (the access-matrix test fails on one that is not), and each has a test
 * where the actor is the subject (separation-of-duties.test).
 */
export const SEPARATION_OF_DUTIES: Partial<Record<Operation, string>> = {
  'Mutation.reviewTask':
    'never the assignee; a task someone set themselves is reviewed by a manager above them',
  'Mutation.decideResourceRequest': 'never the requester: someone above them decides',
  'Mutation.requestResource':
    'past the cap a request waits for a decision by someone else, managers included',
  'Mutation.convertLead': "a BANT override is a manager's decision on someone else's lead",
  'Mutation.updateWorkPlan':
    "the plan's presentation score is given by a manager above its author, never the author",
  'Mutation.setSalesTarget': 'nobody sets their own target: the manager above does',
  'Mutation.reviewWorkPlan':
    "the account's AR (or a manager) goes through the whole table with the team; it accepts nobody's own work: each task is still reviewed by its requester, never its assignee",
  'Mutation.adjustTarget': 'nobody adjusts their own target: the manager above does',
};

/** Who may convert a lead although BANT items are missing (with a reason, audited). */
export const BANT_OVERRIDE_ROLES: readonly Role[] = ['MANAGER'];

/**
 * Solution and delivery see the work, not the money (DESIGN.md §1). Money is decided by
 * type, not by a list: every field whose GraphQL type is one of MONEY_TYPES, on any type,
 * reads as null for a caller whose every role is here, and no argument or input field of
 * those types (nor an order by such a field) is accepted from them. A new money field is
 * hidden the day it is added.
 */
export const MONEY_HIDDEN: readonly Role[] = ['TECHNICAL', 'DELIVERY'];

/** GraphQL types that carry an amount: output (Decimal, Money) and input (MoneyInput). */
export const MONEY_TYPES: readonly string[] = ['Decimal', 'Money', 'MoneyInput'];

export const canSeeMoney = (roles: readonly Role[]) =>
  roles.some((role) => !MONEY_HIDDEN.includes(role));

/**
 * Who may not read what we note about the customer's people: a contact's private notes, why one
 * sways another, what a decision maker is to a deal. Relationship intelligence is for the
 * account manager's line only (docs/domain-guide.md); BI gets no personal notes (DESIGN.md §1).
 */
const RELATIONSHIP_NOTES_HIDDEN = ['TECHNICAL', 'DELIVERY', 'FINANCE', 'BI'] as const;

/**
 * Fields other than money that read as null for a caller whose every role is listed; a
 * role that cannot read a field cannot write it either (the API refuses the input field
 * of the same name on a mutation returning the type).
 */
export const HIDDEN_FIELDS = {
  'Contact.notes': RELATIONSHIP_NOTES_HIDDEN,
  'Influence.note': RELATIONSHIP_NOTES_HIDDEN,
  'OpportunityContact.note': RELATIONSHIP_NOTES_HIDDEN,
  // What a reviewer wrote about a colleague's work stays with the team: no personal notes
  // leave through a BI token (DESIGN.md §1); the score itself is the plan's arithmetic.
  'Task.reviewNotes': ['BI'],
} as const satisfies Record<string, readonly Role[]>;

export type HiddenField = keyof typeof HIDDEN_FIELDS;

export function isOperation(name: string): name is Operation {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

export function isPublicOperation(name: string): boolean {
  return isOperation(name) && OPERATIONS[name] === PUBLIC;
}

/** A caller may run an operation when any of their roles is granted it. */
export function canRun(roles: readonly Role[], operation: string): boolean {
  if (!isOperation(operation)) return false;
  const grant: Grant = OPERATIONS[operation];
  if (grant === PUBLIC) return true;
  return roles.some((role) => grant.includes(role));
}

/** A field is visible unless every role of the caller is in its hidden list. */
export function canSeeField(roles: readonly Role[], field: string): boolean {
  if (!Object.prototype.hasOwnProperty.call(HIDDEN_FIELDS, field)) return true;
  const hiddenFor: readonly Role[] = HIDDEN_FIELDS[field as HiddenField];
  return roles.some((role) => !hiddenFor.includes(role));
}

export type ResourceAction = 'list' | 'show' | 'create' | 'edit' | 'delete';

/** Console resources and the operation behind each of their actions. */
export const RESOURCE_OPERATIONS: Record<string, Partial<Record<ResourceAction, Operation>>> = {
  accounts: {
    list: 'Query.accounts',
    show: 'Query.account',
    create: 'Mutation.claimAccount',
    edit: 'Mutation.updateAccount',
  },
  orgUnits: {
    list: 'Query.orgUnits',
    create: 'Mutation.createOrgUnit',
    edit: 'Mutation.updateOrgUnit',
  },
  contacts: {
    list: 'Query.contacts',
    show: 'Query.contact',
    create: 'Mutation.createContact',
    edit: 'Mutation.updateContact',
  },
  processTemplates: {
    list: 'Query.processTemplates',
    show: 'Query.processTemplate',
    create: 'Mutation.createProcessTemplate',
    edit: 'Mutation.updateProcessTemplate',
  },
  processRuns: { list: 'Query.processRuns', show: 'Query.processRun' },
  // Everyone reads stages (pickers, the board); the stages page is for those who edit them.
  funnelStages: {
    list: 'Mutation.updateFunnelStage',
    create: 'Mutation.createFunnelStage',
    edit: 'Mutation.updateFunnelStage',
  },
  // Everyone reads product lines (deal products, whitespace); the page is for ADMIN.
  productLines: {
    list: 'Mutation.updateProductLine',
    create: 'Mutation.createProductLine',
    edit: 'Mutation.updateProductLine',
  },
  // The surveys page is ADMIN's; senders read surveys only to choose one.
  surveys: {
    list: 'Mutation.updateSurvey',
    create: 'Mutation.createSurvey',
    edit: 'Mutation.updateSurvey',
  },
  // Links are sent and listed on the account's page; there is no page of their own.
  surveyInvitations: { create: 'Mutation.sendSurvey' },
  leads: {
    list: 'Query.leads',
    show: 'Query.lead',
    create: 'Mutation.createLead',
    edit: 'Mutation.updateLead',
  },
  opportunities: {
    list: 'Query.opportunities',
    show: 'Query.opportunity',
    create: 'Mutation.createOpportunity',
    edit: 'Mutation.updateOpportunity',
  },
  activities: {
    list: 'Query.activities',
    show: 'Query.activity',
    create: 'Mutation.createActivity',
    edit: 'Mutation.updateActivity',
  },
  accountPlans: {
    list: 'Query.accountPlans',
    show: 'Query.accountPlan',
    create: 'Mutation.createAccountPlan',
    edit: 'Mutation.updateAccountPlan',
  },
  tasks: {
    list: 'Query.tasks',
    show: 'Query.task',
    create: 'Mutation.createTask',
    edit: 'Mutation.updateTask',
  },
  workPlans: {
    list: 'Query.workPlans',
    show: 'Query.workPlan',
    create: 'Mutation.createWorkPlan',
    edit: 'Mutation.updateWorkPlan',
  },
  feedbacks: { list: 'Query.feedbacks', create: 'Mutation.reportFeedback' },
  internalResources: {
    list: 'Query.internalResources',
    create: 'Mutation.createInternalResource',
    edit: 'Mutation.updateInternalResource',
  },
  resourceRequests: { list: 'Query.resourceRequests', create: 'Mutation.requestResource' },
  // The rules page is ADMIN's; everyone else reads rules only through escalations.
  escalationRules: {
    list: 'Mutation.updateEscalationRule',
    create: 'Mutation.createEscalationRule',
    edit: 'Mutation.updateEscalationRule',
  },
  escalations: { list: 'Query.escalations', show: 'Query.escalations' },
  // Lists behind desk numbers: each row opens the record it belongs to (a run, a contract).
  blockedSteps: { list: 'Query.blockedSteps' },
  paymentMilestones: { list: 'Query.paymentMilestones' },
  targetAdjustments: { list: 'Query.targetAdjustments' },
  payments: { list: 'Query.payments' },
  // Access and history are the administrator's.
  auditEvents: { list: 'Query.auditEvents' },
  apiTokens: { list: 'Query.apiTokens', create: 'Mutation.createApiToken' },
  handovers: { list: 'Query.handovers', show: 'Query.handover', create: 'Mutation.startHandover' },
  contracts: { list: 'Query.contracts', show: 'Query.contract', create: 'Mutation.createContract' },
  // Renewals are read by everyone in the account's scope and written by the AR's line.
  renewals: {
    list: 'Query.renewals',
    show: 'Query.renewals',
    create: 'Mutation.createRenewal',
    edit: 'Mutation.updateRenewal',
  },
  salesTargets: {
    list: 'Query.salesTargets',
    create: 'Mutation.setSalesTarget',
    edit: 'Mutation.setSalesTarget',
  },
  deliveryRobots: {
    list: 'Query.deliveryRobots',
    create: 'Mutation.createDeliveryRobot',
    edit: 'Mutation.updateDeliveryRobot',
  },
  deliveries: { list: 'Query.deliveries' },
  outbox: { list: 'Query.outbox' },
  // The users page is an admin page; other roles read users only through pickers.
  users: {
    list: 'Mutation.updateUser',
    show: 'Mutation.updateUser',
    create: 'Mutation.createUser',
    edit: 'Mutation.updateUser',
  },
};

export function canAccessResource(
  roles: readonly Role[],
  resource: string,
  action: string,
): boolean {
  const operations = RESOURCE_OPERATIONS[resource];
  const operation = operations?.[action as ResourceAction];
  return operation !== undefined && canRun(roles, operation);
}
