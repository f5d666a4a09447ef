/** GraphQL selections and input keys of the execution resources, in one place. */

export const TASK_FIELDS = `
  id accountId account { id name } opportunityId opportunity { id name } planId kind title
  content qualityRequirement expectedResult resourcesNeeded due
  assigneeId assignee { id name } requesterId requester { id name }
  status acknowledgedAt submittedAt submissionNote reviewNotes reviewScore doneAt
  handoverId playbook overdue createdAt updatedAt version
`;

const TASK_KEYS = [
  'title',
  'content',
  'qualityRequirement',
  'expectedResult',
  'resourcesNeeded',
  'due',
  'assigneeId',
  'planId',
] as const;
export const TASK_CREATE_KEYS = ['accountId', 'opportunityId', 'kind', ...TASK_KEYS] as const;
export const TASK_UPDATE_KEYS = TASK_KEYS;

export const WORK_PLAN_FIELDS = `
  id accountId account { id name } opportunityId name presentationScore createdById createdAt
  version tasks { id title status assigneeId assignee { id name } due overdue reviewScore }
`;
export const WORK_PLAN_CREATE_KEYS = ['accountId', 'opportunityId', 'name'] as const;
export const WORK_PLAN_UPDATE_KEYS = ['name', 'presentationScore'] as const;

export const FEEDBACK_FIELDS = `
  id accountId account { id name } opportunityId kind severity text
  reporterId reporter { id name } routedToId routedTo { id name }
  acknowledgedAt acknowledgedById leadId createdAt minutesToAcknowledge version
`;
export const FEEDBACK_CREATE_KEYS = [
  'accountId',
  'opportunityId',
  'kind',
  'severity',
  'text',
] as const;

export const INTERNAL_RESOURCE_FIELDS = `
  id name title userId user { id name } level conditions maxPerMonth maxPerQuarter
  preparation active version
`;
export const INTERNAL_RESOURCE_KEYS = [
  'name',
  'title',
  'userId',
  'level',
  'conditions',
  'maxPerMonth',
  'maxPerQuarter',
  'preparation',
  'active',
] as const;

export const RESOURCE_REQUEST_FIELDS = `
  id resourceId resource { id name title } accountId account { id name } opportunityId
  purpose date status requesterId requester { id name } decidedById decisionNote createdAt
  version
`;
export const RESOURCE_REQUEST_KEYS = [
  'resourceId',
  'accountId',
  'opportunityId',
  'purpose',
  'date',
  'askApproval',
  'overrideReason',
] as const;

export const ESCALATION_RULE_FIELDS = `
  id name trigger thresholdHours levels { target afterHours resourceId } active version
`;
export const ESCALATION_RULE_KEYS = [
  'name',
  'trigger',
  'thresholdHours',
  'levels',
  'active',
] as const;

export const ESCALATION_FIELDS = `
  id ruleId objectType objectId accountId account { id name } level target targetUserId
  targetUser { id name } resourceId summary status createdAt resolvedAt
  rule { id name trigger }
`;

export const HANDOVER_FIELDS = `
  id fromUserId fromUser { id name status } toUserId toUser { id name } status startedById
  startedAt doneAt progress { total done }
  items {
    id title status playbook due accountId account { id name } opportunityId
    opportunity { id name } assignee { id name } version
  }
`;

export const NOTIFICATION_FIELDS = `
  id userId kind title body entity entityId accountId readAt createdAt
`;
