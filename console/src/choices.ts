import {
  ACCOUNT_TIERS,
  AGING_BUCKETS,
  ACTIVITY_KINDS,
  BANT_ITEMS,
  DEAL_TEAM_ROLES,
  FUNNEL_WEAKNESSES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  STAGE_CRITERIA,
  APPROVAL_RULES,
  BUYING_ROLES,
  COACH_LEVELS,
  CONTACT_LEVELS,
  CONTRACT_KINDS,
  EVIDENCE_ITEMS,
  EVIDENCE_PILLARS,
  MILESTONE_KINDS,
  MILESTONE_STAGES,
  MILESTONE_STATUSES,
  RENEWAL_STATUSES,
  SERVICE_STAGES,
  CONTACT_STATUSES,
  ESCALATION_OBJECTS,
  ESCALATION_STATUSES,
  ESCALATION_TARGETS,
  ESCALATION_TRIGGERS,
  FEEDBACK_KINDS,
  FEEDBACK_SEVERITIES,
  HANDOVER_PLAYBOOKS,
  HANDOVER_STATUSES,
  NOTIFICATION_KINDS,
  RESOURCE_REQUEST_STATUSES,
  TASK_KINDS,
  TASK_STATUSES,
  ORG_UNIT_KINDS,
  PROCESS_KINDS,
  RUN_STATUSES,
  STANCES,
  LIFECYCLE_STAGES,
  MATRIX_QUADRANTS,
  PURCHASE_MODES,
  ROLES,
  TEAM_ROLES,
  USER_STATUSES,
  DELIVERY_CHANNELS,
  DELIVERY_KINDS,
  DELIVERY_STATUSES,
  DELIVERY_TOPICS,
  LANGUAGES,
  ROBOT_PLATFORMS,
} from '@trident/domain';

/** react-admin choices from the shared enums; names are translation keys. */
const choices = (values: readonly string[], group: string) =>
  values.map((id) => ({ id, name: `trident.${group}.${id}` }));

export const tierChoices = choices(ACCOUNT_TIERS, 'tiers');
export const quadrantChoices = choices(MATRIX_QUADRANTS, 'quadrants');
export const purchaseModeChoices = choices(PURCHASE_MODES, 'purchase_modes');
export const lifecycleStageChoices = choices(LIFECYCLE_STAGES, 'lifecycle_stages');
export const roleChoices = choices(ROLES, 'roles');
export const teamRoleChoices = choices(TEAM_ROLES, 'team_roles');
export const statusChoices = choices(USER_STATUSES, 'statuses');
export const relationshipChoices = [1, 2, 3, 4, 5].map((id) => ({ id, name: String(id) }));

export const stanceChoices = choices(STANCES, 'stances');
export const levelChoices = choices(CONTACT_LEVELS, 'levels');
export const contactStatusChoices = choices(CONTACT_STATUSES, 'contact_statuses');
export const coachLevelChoices = choices(COACH_LEVELS, 'coach_levels');
export const buyingRoleChoices = choices(BUYING_ROLES, 'buying_roles');
export const orgUnitKindChoices = choices(ORG_UNIT_KINDS, 'org_unit_kinds');
export const processKindChoices = choices(PROCESS_KINDS, 'process_kinds');
export const approvalRuleChoices = choices(APPROVAL_RULES, 'approval_rules');
export const runStatusChoices = choices(RUN_STATUSES, 'run_statuses');
export const influenceChoices = [1, 2, 3, 4, 5].map((id) => ({ id, name: '●'.repeat(id) }));

export const leadSourceChoices = choices(LEAD_SOURCES, 'lead_sources');
export const leadStatusChoices = choices(LEAD_STATUSES, 'lead_statuses');
export const bantItemChoices = choices(BANT_ITEMS, 'bant_items');
export const stageCriterionChoices = choices(STAGE_CRITERIA, 'stage_criteria');
export const funnelWeaknessChoices = choices(FUNNEL_WEAKNESSES, 'funnel_weaknesses');
export const activityKindChoices = choices(ACTIVITY_KINDS, 'activity_kinds');
export const dealTeamRoleChoices = choices(DEAL_TEAM_ROLES, 'team_roles');

export const taskStatusChoices = choices(TASK_STATUSES, 'task_statuses');
export const taskKindChoices = choices(TASK_KINDS, 'task_kinds');
/** Handover tasks come only from startHandover: the form does not offer that kind. */
export const taskFormKindChoices = taskKindChoices.filter((c) => c.id !== 'HANDOVER');
export const feedbackKindChoices = choices(FEEDBACK_KINDS, 'feedback_kinds');
export const feedbackSeverityChoices = choices(FEEDBACK_SEVERITIES, 'feedback_severities');
export const notificationKindChoices = choices(NOTIFICATION_KINDS, 'notification_kinds');
export const requestStatusChoices = choices(RESOURCE_REQUEST_STATUSES, 'request_statuses');
export const escalationTriggerChoices = choices(ESCALATION_TRIGGERS, 'escalation_triggers');
export const escalationTargetChoices = choices(ESCALATION_TARGETS, 'escalation_targets');
export const escalationStatusChoices = choices(ESCALATION_STATUSES, 'escalation_statuses');
export const escalationObjectChoices = choices(ESCALATION_OBJECTS, 'escalation_objects');
export const playbookChoices = choices(HANDOVER_PLAYBOOKS, 'playbooks');
export const handoverStatusChoices = choices(HANDOVER_STATUSES, 'handover_statuses');

export const contractKindChoices = choices(CONTRACT_KINDS, 'contract_kinds');
export const milestoneKindChoices = choices(MILESTONE_KINDS, 'milestone_kinds');
export const milestoneStageChoices = choices(MILESTONE_STAGES, 'milestone_statuses');
export const milestoneStatusChoices = choices(MILESTONE_STATUSES, 'milestone_statuses');
export const agingBucketChoices = choices(AGING_BUCKETS, 'aging_buckets');
export const evidenceItemChoices = choices(EVIDENCE_ITEMS, 'evidence_items');
export const evidencePillarChoices = choices(EVIDENCE_PILLARS, 'evidence_pillars');
export const serviceStageChoices = choices(SERVICE_STAGES, 'service_stages');
export const renewalStatusChoices = choices(RENEWAL_STATUSES, 'renewal_statuses');

export const robotPlatformChoices = choices(ROBOT_PLATFORMS, 'delivery_channels');
export const deliveryChannelChoices = choices(DELIVERY_CHANNELS, 'delivery_channels');
export const deliveryStatusChoices = choices(DELIVERY_STATUSES, 'delivery_statuses');
export const deliveryKindChoices = choices(DELIVERY_KINDS, 'delivery_kinds');
export const deliveryTopicChoices = choices(DELIVERY_TOPICS, 'delivery_topics');
export const languageChoices = choices(LANGUAGES, 'languages');
