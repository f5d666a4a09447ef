/**
 * Why the API refused a request, as codes. The API sends `extensions.code`, the `field`,
 * a `reason` from these catalogues and the reason's parameters beside it; the English
 * templates here are the API's `message` (for BI tools and logs), and the console owns the
 * words shown to people, in zh and en, for every code (its i18n test fails on a code
 * without a translation). `{name}` in a template is a parameter.
 */
export const INPUT_REASONS = {
  ALREADY_HOLDS_ESCALATION: 'already holds this escalation',
  TEMPLATE_OF_ANOTHER_CUSTOMER: "another customer's template: copy it to this account first",
  STAGE_CODE_TAKEN: 'another stage has this code',
  ACCOUNT_BELOW_ITSELF: 'an account cannot sit below itself in the group hierarchy',
  CONTACT_INFLUENCES_SELF: 'a contact cannot influence themselves',
  CONTACT_REPORTS_TO_SELF: 'a contact cannot report to themselves',
  CONTRACT_NEEDS_WON_DEAL: 'a contract comes from a won deal',
  LOST_STAGE_PROBABILITY: 'a lost stage has probability 0',
  NEW_DEAL_ON_OPEN_STAGE: 'a new deal starts on an open stage; move it to won or lost after',
  RULE_NEEDS_LEVEL: 'a rule needs at least one level',
  STAGE_WON_AND_LOST: 'a stage cannot be both won and lost',
  UNIT_BELOW_ITSELF: 'a unit cannot sit below itself',
  USER_MANAGES_SELF: 'a user cannot manage themselves',
  WON_STAGE_PROBABILITY: 'a won stage has probability 100',
  MARGIN_ON_CLOSED_STAGE: 'won and lost stages take no risk margin',
  PRODUCT_LINE_CODE_TAKEN: 'another product line has this code',
  NOT_WITH_AFTER: 'cannot be combined with after',
  NOT_IN_FUTURE: 'cannot be in the future',
  NOT_IN_PAST: 'cannot be in the past',
  BEFORE_SIGNING: 'cannot be before the contract was signed ({signedAt})',
  CHANGED_MEANWHILE: 'changed meanwhile: reload',
  ONE_ROBOT_PER_PLATFORM: 'choose at most one robot per platform',
  SECRET_OR_REMOVE: 'give a new secret or remove it, not both',
  REVIEW_SCORE_REQUIRED: 'give a review score 0–100 to accept the work',
  QUIET_HOURS_BOTH_ENDS: 'give both ends of quiet hours, or neither',
  CONTRACT_AMOUNT_REQUIRED: 'give the contract amount',
  FIRST_DUE_DATE_REQUIRED: 'give the first due date',
  MILESTONES_OR_PER_SITE: 'give the milestones, or perSite: true',
  HANDOVER_TASK_FROM_HANDOVER: 'handover tasks come from startHandover',
  HAND_OVER_TO_OTHER: 'hand over to someone else',
  SUCCESSOR_MAY_NOT_OWN: 'cannot carry customers and deals: hand over to someone who is {roles}',
  USER_LEFT: 'has left the company',
  NOTHING_TO_HAND_OVER: 'has no customers or open deals to hand over',
  INVOICE_FIRST: 'invoice the milestone first',
  BEFORE_2000: 'is before 2000',
  VISIT_IN_FUTURE: 'is in the future: log a visit once it has happened',
  DUE_IN_PAST: 'is already past: confirm it (allowPastDue) to record a task that starts overdue',
  NOT_ACTIVE_COLLEAGUE: 'is not an active colleague',
  NOT_ACTIVE_STAGE: 'is not an active funnel stage',
  NOT_ACTIVE_RESOURCE: 'is not an active internal resource',
  NOT_ACTIVE_ROBOT: 'is not an active robot',
  NOT_ACTIVE_USER: 'is not an active user',
  NOT_A_RESOURCE: 'is not an internal resource',
  NOT_CUSTOMER_CONTRACT: 'is not a contract of this customer',
  NOT_A_CURSOR: 'is not a cursor from this list (use pageInfo.endCursor)',
  NOT_CUSTOMER_DEAL: 'is not a deal of this customer',
  NOT_A_TIME_ZONE: 'is not a known time zone',
  NOT_A_PERIOD: 'is not a period',
  NOT_RUN_STEP: 'is not a step of this run',
  NOT_A_USER: 'is not a user',
  NOT_AN_ID: 'is not a valid id',
  NOT_CUSTOMER_WORK_PLAN: 'is not a work plan of this customer',
  NOT_IN_REPORTING_LINE: 'is not in your reporting line',
  AMOUNT_SET_WHEN_WON: 'is recorded when the deal moves to a won stage',
  RENEWAL_NEEDS_RENEWAL_DEAL: 'link the renewal to a RENEWAL deal',
  POSITIVE_AMOUNT: 'must be a positive amount with at most 2 decimals',
  SHARE_RANGE: 'must be a share in (0, 1]',
  PERIOD_FORM: 'must be a year (2026), a quarter (2026-Q4) or a month (2026-11)',
  MUST_BE_FUTURE: 'must be in the future',
  NOT_CUSTOMER_STEPS: "must be steps of this customer's process runs",
  LETTERS_OR_DIGITS: 'must contain letters or digits',
  NAME_ONLY_LEGAL_FORM: 'is only a legal form (有限公司, Ltd): give the company name',
  BIDI_CONTROL: 'must not contain characters that turn the direction of the text',
  BLANK: 'must not be blank',
  NEGATIVE: 'must not be negative',
  END_BEFORE_START: 'must not end before from starts',
  ROBOT_NOT_ACTIVE: 'names a robot that is not active',
  RESOURCE_NAME_REQUIRED: 'name the internal resource',
  APPROVER_REQUIRED: 'name who approves: a contact or a department of this customer',
  NO_SUCH_USER: 'no active user with this id',
  OWNER_NOT_ON_TEAM: "must hold a seat on the account's team",
  TASK_DEPENDENCY_CYCLE: 'would make tasks wait for each other in a loop',
  NOT_CUSTOMER_TASK: 'must be tasks of this customer',
  TASK_BLOCKED: 'waits for tasks not yet done',
  NOT_CUSTOMER_RISK: 'must be a risk of this customer',
  NO_SECRET_KEY: 'no DELIVERY_SECRET_KEY is configured: give env:NAME instead',
  NO_FUNNEL: 'no funnel stage is configured',
  NO_STEP_APPLIES: 'no step of this process applies to this deal',
  NO_SUCH_CONTACT: 'no such contact at this customer',
  NO_SUCH_DEPARTMENT: 'no such department at this customer',
  NO_SUCH_TEMPLATE: 'no such process template',
  NO_SUCH_UNIT: 'no such unit at this customer',
  ONLY_NEW_NEED: 'only a new need becomes a lead',
  RESOURCE_ONLY_ON_RESOURCE_LEVEL: 'only a RESOURCE level names a resource',
  REDO_NOTE_REQUIRED: 'say what must be redone',
  BLOCK_REASON_REQUIRED: 'say why the step is blocked',
  CHANGE_REASON_REQUIRED: 'say why the target changes',
  NO_AR: 'the account has no AR to route feedback to',
  AR_NOT_REMOVABLE: 'the AR cannot be removed: hand the account over to a successor instead',
  NO_SITES: 'the contract lists no sites',
  LEAD_WITHOUT_ESTIMATE: 'the lead has no estimate: give the deal amount',
  EVIDENCE_CLOSED: 'the milestone is paid: its evidence is closed',
  PLAN_FIXED: 'the plan is fixed once a milestone is invoiced',
  NOT_MULTIPART: 'send the file as multipart/form-data',
  FILE_MISSING: 'send the file, after the fields ownerType and ownerId',
  BAD_MULTIPART: 'the multipart body is malformed',
  CUT_OFF: 'the upload was cut off',
  FILE_TOO_LARGE: 'is over the limit of {maxBytes} bytes',
  TYPE_NOT_ALLOWED: 'is not a kind of file that may be attached ({allowed})',
  FILE_EMPTY: 'is empty',
  FILE_NAME_MISSING: 'give the file a name',
  OWNER_TYPE: 'must be one of {allowed}',
  OWNER_ID_REQUIRED: 'give the id of the record the file is for',
  TASK_FILES_CLOSED: 'the task is {status}: its files are kept as they are',
  EVIDENCE_HAS_FILES: 'files are attached to its evidence: remove them before replacing the plan',
  TASK_WITHOUT_ASSIGNEE: 'the task has no assignee yet',
  GLOBAL_TEMPLATE_RUN: 'this run follows a global template: copy it to this account first',
  REPORTING_LOOP: 'this would make the reporting line a loop',
  SELF_DEPARTURE: 'you cannot mark yourself as departed',
  // Parameterised: the params travel in the error's extensions beside the field.
  TOO_LONG: 'must be at most {max} characters',
  TOO_SHORT: 'must be at least {min} characters',
  TIME_FORM: 'must be HH:MM',
  CODE_FORM: 'must be UPPER_SNAKE_CASE, e.g. NEED_FOUND',
  REGISTRATION_NO_FORM: 'must be 5–40 letters or digits (dashes and spaces are ignored)',
  PERCENT_FORM: 'must be a percentage with at most 2 decimals',
  LENGTH_BETWEEN: 'must be {min}–{max} characters',
  BETWEEN: 'must be {min}–{max}',
  AT_LEAST: 'must be at least {min}',
  AT_MOST: 'must be at most {max}',
  TOO_MANY: 'must have at most {max} items',
  TOO_FEW: 'must have at least {min} items',
  REQUIRED: 'must be given',
  NOT_NULL: 'must not be null',
  NOT_AN_INTEGER: 'must be a whole number',
  NOT_AN_EMAIL: 'must be an email address',
  DUPLICATES: 'must not repeat an item',
  CURRENCY_CODE: 'must be a three-letter ISO 4217 code such as CNY',
  INVALID: 'is not valid',
  NO_SUCH_ACCOUNT: 'no such account',
  SHARES_SUM: 'shares must sum to 100 % (they sum to {total} %)',
  MILESTONE_ALREADY: 'the milestone is already {stage}',
  EVIDENCE_MISSING: 'check {missing} before invoicing',
  OVERPAYMENT: 'overpayment: {open} is still open',
  WAITS_ON_SIGNATURES: "waits on the customer's signature: {names} must pass first",
  CONTACT_ALREADY_LEFT: '{name} is already marked as left',
  ONLY_FAILED_RETRIED: 'is {status}: only a failed message is retried',
  WEBHOOK_INVALID: 'is not a valid webhook address: {detail}',
  TASK_CLOSED: 'a task {status} can no longer be edited',
  TASK_TRANSITION: 'a {from} task cannot become {to}',
  TASK_ACKNOWLEDGE_FIRST:
    'a {from} task cannot become {to}: acknowledge it first (content, quality, result, due)',
  TASK_ANSWER_FIRST:
    'a {from} task cannot become {to} by its assignee: its requester, the AR or a manager answers it',
  HANDOVER_ITEM_KEPT:
    'is an item of a handover: it is done, not cancelled (the handover ends when every account and deal has passed)',
  NOT_A_CONTRACT_SITE: 'is not a site of the contract ({sites})',
  MILESTONE_WORTH_NOTHING:
    "would owe 0.00 of the contract's {amount}: fewer milestones or larger shares",
  SCORE_ON_ACCEPT_ONLY: 'is given when the work is accepted; work sent back is not scored',
  POSITION_TAKEN: 'another stage already sits at position {position}',
  LEAD_CLOSED: 'the lead is {status}',
  BANT_MISSING: 'not qualified yet: confirm {missing} first (BANT)',
  CONFIRMATION_NOTE_REQUIRED: 'say how the {item} was confirmed',
  DEAL_ALREADY_IN_STAGE: 'the deal is already in {stage}',
  STAGE_CRITERIA_UNMET: 'cannot enter {stage} yet: {unmet}',
  NOT_ON_ACCOUNT_TEAM: "not on this account's team: {missing}",
  NOT_CUSTOMER_CONTACTS: 'not contacts of this customer: {missing}',
  RUN_CLOSED: 'the run is {status}',
  STEP_TRANSITION: 'a {from} step cannot become {to}',
  CONDITION_INVALID: 'is not a valid condition: {detail}',
  NO_SUCH_SUBJECT: 'no such {type}',
  RESOURCE_CAP_REACHED:
    '{name} is booked {used} of {limit} times this {cap}: ask your manager to approve',
  // Surveys (issue 20): who may be asked, and which survey.
  SURVEY_NOT_ACTIVE: 'is not an active survey',
  CONTACTS_OF_ONE_CUSTOMER: 'must all be contacts of one customer',
  CONTACTS_LEFT: '{names} left the customer: a survey goes to active contacts only',
  SURVEY_ONLY_FROM_LINK: 'survey answers come from a survey link, never reported by hand',
  RANGE_TOO_WIDE:
    'spans {periods} periods, at most {maxPeriods}: narrow the range or choose a coarser granularity',
} as const satisfies Record<string, string>;
export type InputReason = keyof typeof INPUT_REASONS;

/**
 * Reasons of refusals that are not bad input about one field: a conflict with the data as
 * it is, a rule about who may act, an ended session, a request the server will not run.
 * Refusals without a reason carry only their code, which the console translates as such.
 */
export const REFUSAL_REASONS = {
  ALREADY_REGISTERED:
    'This customer was already registered by {owner} at {registeredAt}; your claim is recorded for arbitration',
  DUPLICATE: 'Another record already has this {field}',
  EMAIL_TAKEN: 'A user with this email exists already',
  PLAN_EXISTS: 'This account already has a plan for {period}: edit that one',
  LEAD_CONVERTED: 'The lead was already converted',
  REQUEST_DECIDED: 'The request is already {status}',
  COLLISION_RULED: 'This collision was already ruled on',
  HAS_AR: 'The account already has an AR: hand the account over instead',
  ON_TEAM: '{name} is already on the team as {teamRole}',
  INFLUENCE_EXISTS: 'This influence is already recorded',
  CONTRACT_EXISTS: 'This deal already has its contract',
  RUN_RUNNING: 'This process already runs on this deal (started {startedAt}): follow that run',
  IDEMPOTENCY_KEY_REUSED: 'This idempotency key was used for a different payment',
  ALREADY_ACKNOWLEDGED: 'Already acknowledged',
  ALREADY_A_LEAD: 'This need is already a lead',
  HANDOVER_IN_PROGRESS: 'This person already has a handover in progress',
  VERSION_CONFLICT: '{entity} was changed by someone else: reload and retry',
  CONCURRENT_CHANGE:
    'Someone changed the same records at the same moment: nothing was done, reload and retry',
  TOO_MANY_SIGN_INS: 'Too many failed sign-ins: try again in {retryAfterMinutes} minutes',
  SURVEY_RATE_LIMITED: 'Too many requests from this address: retry in {retryAfterSeconds} s',
  TOKEN_RATE_LIMITED:
    'This API token is limited to {limitPerMinute} requests a minute: retry in {retryAfterSeconds} s',
  RESOLVES_ITSELF:
    'This escalation closes by itself when its condition clears: its rule does not allow closing it by hand',
  ALREADY_RESOLVED: 'This escalation is already resolved',
  SELF_APPROVAL: 'Nobody approves their own request',
  SELF_REVIEW: 'Nobody reviews their own work',
  OUTSIDE_REPORTING_LINE: 'Only for the people in your reporting line',
  ROLE: 'Your role may not do this',
  MONEY: 'Your role may not see amounts',
  FIELD_HIDDEN: 'Your role may not read this field',
  ORDER_HIDDEN: 'Your role may not sort by this field',
  QUIET_HOURS: 'Not sent during quiet hours',
  WRONG_CREDENTIALS: 'Wrong email or password',
  WRONG_PASSWORD: 'The current password is wrong',
  USER_DEPARTED: 'This user has left and can no longer sign in',
  TOKEN_EXPIRED: 'Token expired: sign in again',
  SESSION_ENDED: 'Your session has ended (password, roles or status changed): sign in again',
  SIGNED_OUT: 'This session was signed out: sign in again',
  CREATOR_REVOKED:
    "This API token's creator may no longer issue tokens: ask an admin for a new one",
  NOT_SAFELISTED: 'This operation is not on the safelist',
  ANALYTICS_COST: 'This analytics request asks for too much at once: ask for less',
  RESPONSE_TOO_LARGE: 'The answer would be too large: ask for less',
  VARIABLE_INVALID: 'A value does not fit its type',
  BODY_TOO_LARGE: 'The request is too large',
  BODY_NOT_JSON: 'The request is not JSON',
  UNSTORABLE_TEXT:
    'Text must be valid Unicode without control characters (tabs and line breaks are fine)',
  GRAPHQL_VALIDATION_FAILED: 'The request does not fit the schema',
  GRAPHQL_PARSE_FAILED: 'The request is not valid GraphQL',
  BAD_REQUEST: 'The request is malformed',
  OPERATION_RESOLUTION_FAILURE: 'The request names no operation it contains',
} as const satisfies Record<string, string>;
export type RefusalReason = keyof typeof REFUSAL_REASONS;

/** Reasons of a request the server refused before running it (the fuzz test tells them apart). */
export const REQUEST_REASONS: readonly RefusalReason[] = [
  'BODY_TOO_LARGE',
  'BODY_NOT_JSON',
  'UNSTORABLE_TEXT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'ANALYTICS_COST',
  'RESPONSE_TOO_LARGE',
  'NOT_SAFELISTED',
  'VARIABLE_INVALID',
];

/** Fills `{name}` placeholders; a list is joined with commas. */
export function fillReason(template: string, params: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

/** The `{name}` placeholders of a template, sorted (translations must use the same). */
export function reasonParams(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/**
 * Why a step condition does not parse (CONDITION_INVALID's `problem`), with its English words;
 * the console words each in the user's language from the same parameters. `detail` keeps the
 * English for API clients.
 */
export const CONDITION_PROBLEMS = {
  TOO_LONG: 'at most {max} characters',
  SYNTAX: 'syntax error near character {at}',
  ONE_EXPRESSION: 'one expression only (is an operand missing?)',
  UNKNOWN_VARIABLE: 'unknown variable "{name}": use {variables}',
  NEEDS_VARIABLE: 'a comparison needs a variable: use {variables}',
  PROPERTY_ACCESS: 'property access is not allowed',
  FUNCTION_CALL: 'function calls are not allowed',
  OPERATOR: 'operator "{op}" is not allowed (use == != > >= < <= and or)',
  NEEDS_VALUE: 'compare {variable} with a number or a quoted text',
  NEEDS_NUMBER: '{variable} is compared with a number',
  NEEDS_TEXT: '{variable} is compared with quoted text',
  ONLY_EQUALITY: '{variable} can only be compared with == or !=',
  NEEDS_CURRENCY: 'currency is compared with a currency code, e.g. "USD"',
  NEEDS_COMPARISON: '"{name}" needs a comparison, e.g. amount >= 1000000',
  UNEXPECTED: 'unexpected {what}: write comparisons joined by and/or',
} as const satisfies Record<string, string>;
export type ConditionProblem = keyof typeof CONDITION_PROBLEMS;
