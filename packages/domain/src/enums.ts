/**
 * Domain enums shared by the API (GraphQL enums, database checks) and the console
 * (choices, labels). Values are the wire format: never rename one without a migration.
 */

export const ROLES = [
  'SALES',
  'TECHNICAL',
  'DELIVERY',
  'FINANCE',
  'MANAGER',
  'ADMIN',
  'BI',
] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['ACTIVE', 'DEPARTED'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** Plan per concrete customer, never "a market" (seed 002). */
export const ACCOUNT_TIERS = ['GROUP', 'PROVINCE', 'CITY'] as const;
export type AccountTier = (typeof ACCOUNT_TIERS)[number];

export const PURCHASE_MODES = ['CONTINUOUS', 'OCCASIONAL'] as const;
export type PurchaseMode = (typeof PURCHASE_MODES)[number];

export const LIFECYCLE_STAGES = ['EXPLORING', 'GROWING', 'MATURE', 'DECLINING'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export const MATRIX_QUADRANTS = ['CORE', 'GROWTH', 'TRACTION', 'PROBLEM'] as const;
export type MatrixQuadrant = (typeof MATRIX_QUADRANTS)[number];

/** Iron triangle: AR (sales), SR (solution), FR (fulfilment), plus finance and sponsor. */
export const TEAM_ROLES = ['AR', 'SR', 'FR', 'FINANCE', 'SPONSOR'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const CLAIM_MATCHES = ['REGISTRATION_NO', 'NORMALIZED_NAME'] as const;
export type ClaimMatch = (typeof CLAIM_MATCHES)[number];

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'TIMEOUT',
  // The database cannot be reached right now (down, restarting, refusing connections):
  // nothing was done, retry shortly.
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Page size limit of every connection (DESIGN.md §3). */
export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;
/** The battle map answers at most this many contracts, the most overdue first. */
export const BATTLE_MAP_MAX_ROWS = 500;

// Customer map (DESIGN.md §2 customer-org; seeds 000, 002, 003)
export const ORG_UNIT_KINDS = [
  'TECHNICAL',
  'PROCUREMENT',
  'FINANCE',
  'SUPPLY_CHAIN',
  'ENGINEERING',
  'QUALITY',
  'LEGAL',
  'EXECUTIVE',
  'FRONT_OFFICE',
  'OTHER',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

export const CONTACT_LEVELS = [
  'EXECUTIVE',
  'DECISION',
  'MANAGEMENT',
  'OPERATIONAL',
  'FRONTLINE',
] as const;
export type ContactLevel = (typeof CONTACT_LEVELS)[number];

export const STANCES = ['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'OPPONENT'] as const;
export type Stance = (typeof STANCES)[number];

export const BUYING_ROLES = [
  'DECISION_MAKER',
  'ECONOMIC_BUYER',
  'TECHNICAL_GATEKEEPER',
  'USER',
  'PROCUREMENT',
  'FINANCE_APPROVER',
  'COACH',
  'SUPERVISOR',
] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

/** How much a coach can do for us (seed 002). */
export const COACH_LEVELS = ['CAN_INTERVENE', 'CAN_ADVISE', 'INTEL_ONLY'] as const;
export type CoachLevel = (typeof COACH_LEVELS)[number];

export const CONTACT_STATUSES = ['ACTIVE', 'LEFT'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

// The customer's own processes (seed 000): need, procurement, tender, contract, decision,
// payment; and the delivery-phase acceptance (seed 002: who signs the acceptance).
export const PROCESS_KINDS = [
  'NEED',
  'PROCUREMENT',
  'TENDER',
  'CONTRACT',
  'DECISION',
  'PAYMENT',
  'ACCEPTANCE',
] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

export const APPROVAL_RULES = ['ALL', 'ANY'] as const;
export type ApprovalRule = (typeof APPROVAL_RULES)[number];

export const RUN_STEP_STATUSES = ['PENDING', 'IN_REVIEW', 'PASSED', 'BLOCKED', 'SKIPPED'] as const;
export type RunStepStatus = (typeof RUN_STEP_STATUSES)[number];

export const RUN_STATUSES = ['RUNNING', 'DONE', 'CANCELLED'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** What a process run follows: a deal or a contract (or the account itself). */
export const RUN_SUBJECT_TYPES = ['ACCOUNT', 'OPPORTUNITY', 'CONTRACT'] as const;
export type RunSubjectType = (typeof RUN_SUBJECT_TYPES)[number];

/**
 * A step of the customer's chain nobody on our side can carry (seed 000: every approver
 * must be someone our team knows): nobody knows who approves it, its approver contact has no
 * relationship owner, nobody in its approver unit has one, or the team role that owns the
 * step is empty.
 */
export const RUN_STEP_GAPS = [
  'APPROVER_UNKNOWN',
  'APPROVER_UNCOVERED',
  'UNIT_UNCOVERED',
  'NO_OWNER',
] as const;
export type RunStepGap = (typeof RUN_STEP_GAPS)[number];

/** What changed a run's plan: its start, its subject, an inserted step. */
export const RUN_PLAN_CAUSES = ['START', 'SUBJECT_CHANGED', 'STEP_INSERTED'] as const;
export type RunPlanCause = (typeof RUN_PLAN_CAUSES)[number];

// Pipeline (DESIGN.md §2 pipeline; seeds 001, 002)
export const LEAD_SOURCES = [
  'REFERRAL',
  'INBOUND',
  'OUTBOUND',
  'EVENT',
  'PARTNER',
  'TENDER_NOTICE',
  'FEEDBACK',
  'OTHER',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const LEAD_STATUSES = ['OPEN', 'CONVERTED', 'DISQUALIFIED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** Budget, authority, need, timing: each confirmed with a note before a lead converts (seed 002). */
export const BANT_ITEMS = ['BUDGET', 'AUTHORITY', 'NEED', 'TIMING'] as const;
export type BantItem = (typeof BANT_ITEMS)[number];

/**
 * What must be true before a deal enters a stage (checked on every move forward):
 * - ACTIVITY_LOGGED: at least one visit, call or meeting is in the log, or the deal comes
 *   from a lead whose four BANT items were all confirmed (qualifying it was the contact);
 * - DECISION_MAKER: a decision maker or economic buyer is named on the deal;
 * - SOLUTION_WORK: a customer process run (or, once tasks exist, a solution/bid task);
 * - CONTRACT_AMOUNT: the signed contract amount is recorded;
 * - REASON_NOTE: the move carries a note (why the deal was lost).
 */
export const STAGE_CRITERIA = [
  'ACTIVITY_LOGGED',
  'DECISION_MAKER',
  'SOLUTION_WORK',
  'CONTRACT_AMOUNT',
  'REASON_NOTE',
] as const;
export type StageCriterion = (typeof STAGE_CRITERIA)[number];

/** The seed 001 reading of a thin funnel stage: what the salesperson lacks. */
export const FUNNEL_WEAKNESSES = [
  'PROSPECTING',
  'LEAD_SOURCES',
  'DISCOVERY',
  'PRODUCT_KNOWLEDGE',
  'NEGOTIATION',
] as const;
export type FunnelWeakness = (typeof FUNNEL_WEAKNESSES)[number];

export const ACTIVITY_KINDS = [
  'VISIT',
  'CALL',
  'MEETING',
  'DEMO',
  'TRIAL',
  'RECEPTION',
  'DINNER',
  'OTHER',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Our side of a deal: the iron triangle. */
export const DEAL_TEAM_ROLES = ['AR', 'SR', 'FR'] as const;
export type DealTeamRole = (typeof DEAL_TEAM_ROLES)[number];

/**
 * What an account's timeline merges (issue 20): visits, stage moves, contested claims,
 * feedback (surveys included), tasks done, payments, escalations, contracts signed and risks.
 */
export const TIMELINE_KINDS = [
  'ACTIVITY',
  'STAGE_CHANGE',
  'CLAIM_ATTEMPT',
  'FEEDBACK',
  'TASK_DONE',
  'PAYMENT',
  'ESCALATION',
  'CONTRACT',
  'RISK',
] as const;
/** How time in stage and velocity are grouped: by owner, by the owner's manager, or not. */
export const STAGE_TIME_GROUPS = ['NONE', 'OWNER', 'TEAM'] as const;
export type StageTimeGroup = (typeof STAGE_TIME_GROUPS)[number];
/** A cell of the whitespace grid (issue 21): sold, an open deal, or nothing yet. */
export const WHITESPACE_STATUSES = ['SOLD', 'PIPELINE', 'OPEN'] as const;
export type WhitespaceStatus = (typeof WHITESPACE_STATUSES)[number];
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

// Team execution and escalation (DESIGN.md §2 execution, resources; seeds 000, 001, 003)
/** The task table of seed 000: the assignee acknowledges before work starts. */
export const TASK_STATUSES = [
  'PROPOSED',
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'SUBMITTED',
  'REWORK',
  'DONE',
  'CANCELLED',
  // Seed 000: "if you are stuck, ask the leader at once" — the reason goes to the requester
  // and the AR, and escalates when nobody answers.
  'STUCK',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** SOLUTION and BID tasks count as solution work for the 75 % stage. */
export const TASK_KINDS = [
  'GENERAL',
  'SOLUTION',
  'BID',
  'DELIVERY',
  'COLLECTION',
  'HANDOVER',
  // Cover a gap in the customer's chain: meet an approver nobody on our side knows.
  'RELATIONSHIP',
  // Seed 000: refresh the customer framework and the internal resources list (the worker asks).
  'REFRESH',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const REVIEW_DECISIONS = ['ACCEPT', 'REWORK'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/**
 * The one-minute feedback loop of seed 000; SURVEY is the customer's own voice (seed 004),
 * written only by the answer to a survey link, never reported by hand.
 */
export const FEEDBACK_KINDS = ['NEW_NEED', 'POSITIVE', 'NEGATIVE', 'SURVEY'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_SEVERITIES = ['MINOR', 'MAJOR', 'CRITICAL'] as const;
export type FeedbackSeverity = (typeof FEEDBACK_SEVERITIES)[number];

export const NOTIFICATION_KINDS = [
  'FEEDBACK',
  'ESCALATION',
  'TASK',
  'RESOURCE_REQUEST',
  'HANDOVER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const RESOURCE_REQUEST_STATUSES = ['APPROVED', 'PENDING', 'REJECTED'] as const;
export type ResourceRequestStatus = (typeof RESOURCE_REQUEST_STATUSES)[number];

export const ESCALATION_TRIGGERS = [
  'TASK_DUE_SOON',
  'TASK_OVERDUE',
  'APPROVAL_BLOCKED',
  'FEEDBACK_UNACKED',
  'NEGATIVE_FEEDBACK',
  'STAGE_STALLED',
  'KEY_CONTACT_LEFT',
  'PAYMENT_OVERDUE',
  'APPROVAL_LATE',
  // Issue 20: a contact past the cadence of their level (seed 003), a task stuck unanswered.
  'RELATIONSHIP_STALE',
  'TASK_STUCK',
] as const;
export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];

/**
 * Who a level of an escalation chain reaches: the object's owner (for a payment, the
 * collection manager), the account's AR, the manager (of the owner, else of the AR), or a
 * named internal resource.
 */
export const ESCALATION_TARGETS = ['OWNER', 'AR', 'MANAGER', 'RESOURCE'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export const ESCALATION_STATUSES = ['OPEN', 'RESOLVED'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export const ESCALATION_OBJECTS = [
  'TASK',
  'RUN_STEP',
  'FEEDBACK',
  'OPPORTUNITY',
  'CONTACT',
  'MILESTONE',
] as const;
export type EscalationObject = (typeof ESCALATION_OBJECTS)[number];

/**
 * What a relationship cadence is kept for (issue 20, seed 003): each contact level, and rising
 * stars of any level (the shorter of the two applies).
 */
export const CADENCE_KEYS = [
  'EXECUTIVE',
  'DECISION',
  'MANAGEMENT',
  'OPERATIONAL',
  'FRONTLINE',
  'RISING_STAR',
] as const;
export type CadenceKey = (typeof CADENCE_KEYS)[number];
/** The cadences a new installation starts with: decision level and rising stars only. */
export const DEFAULT_CADENCE_DAYS: Partial<Record<CadenceKey, number>> = {
  EXECUTIVE: 90,
  DECISION: 30,
  RISING_STAR: 60,
};

/**
 * Where an account risk came from (issue 20, seed 004): entered by hand, or raised by the
 * worker once per cause from a live signal.
 */
export const RISK_SOURCES = [
  'MANUAL',
  'KEY_CONTACT_LEFT',
  'RELATIONSHIP_STALE',
  'COMPETITOR',
  'CHAIN_LATE',
] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];
export const RISK_STATUSES = ['OPEN', 'MITIGATING', 'CLOSED'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Seed 001's handover playbook by funnel stage. */
export const HANDOVER_PLAYBOOKS = ['TRANSFER', 'PHONE_INTRO', 'JOINT_VISIT'] as const;
export type HandoverPlaybook = (typeof HANDOVER_PLAYBOOKS)[number];

export const HANDOVER_STATUSES = ['IN_PROGRESS', 'DONE'] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

// Contracts and collections (DESIGN.md §2 collections; seeds 002, 003)
export const CONTRACT_KINDS = ['NEW', 'RENEWAL', 'EXPANSION'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

/** The four payment stages of seed 002, or one milestone per delivery site (seed 003). */
export const MILESTONE_KINDS = [
  'DOWN_PAYMENT',
  'ON_DELIVERY',
  'ON_ACCEPTANCE',
  'WARRANTY_RETENTION',
  'PER_SITE',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Stored stages; OVERDUE is derived from the due date of an unpaid milestone. */
export const MILESTONE_STAGES = ['PLANNED', 'INVOICED', 'PARTIALLY_PAID', 'PAID'] as const;
export type MilestoneStage = (typeof MILESTONE_STAGES)[number];
export const MILESTONE_STATUSES = [...MILESTONE_STAGES, 'OVERDUE'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** Receivables by days past due (seed 003): not yet due, 0–30, 31–60, 61–90, over 90. */
export const AGING_BUCKETS = [
  'NOT_DUE',
  'DAYS_0_TO_30',
  'DAYS_31_TO_60',
  'DAYS_61_TO_90',
  'OVER_90',
] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Seed 002's 情·理·法: relationship kept, contract performed, evidence kept. */
export const EVIDENCE_PILLARS = ['RELATIONSHIP', 'CONTRACT', 'EVIDENCE'] as const;
export type EvidencePillar = (typeof EVIDENCE_PILLARS)[number];

export const EVIDENCE_ITEMS = [
  'RELATIONSHIP_KEPT',
  'CONTRACT_PERFORMED',
  'SIGNED_CONTRACT',
  'DELIVERY_NOTE',
  'ACCEPTANCE_CERTIFICATE',
  'SIGN_OFF',
  'INVOICE',
] as const;
export type EvidenceItemCode = (typeof EVIDENCE_ITEMS)[number];

/** Customer success (seed 002): from reacting to requests to owning the customer's success. */
export const SERVICE_STAGES = ['REACTIVE', 'RELATIONSHIP', 'SUCCESS'] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

export const RENEWAL_STATUSES = ['OPEN', 'SIGNED', 'LOST'] as const;
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

export const REVENUE_GRANULARITIES = ['YEAR', 'QUARTER', 'MONTH'] as const;
export type RevenueGranularity = (typeof REVENUE_GRANULARITIES)[number];

export const REVENUE_GROUPS = ['NONE', 'ACCOUNT', 'OWNER', 'REGION'] as const;
export type RevenueGroup = (typeof REVENUE_GROUPS)[number];
