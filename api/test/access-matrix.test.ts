import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import {
  HIDDEN_FIELDS,
  OPERATIONS,
  PUBLIC,
  ROLES,
  SEPARATION_OF_DUTIES,
  type Role,
} from '@trident/domain';
import {
  buildSchema,
  GraphQLList,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  parse,
  validate,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { DEMO_PASSWORD } from '../src/demo/demo-data';
import { startTestApp, type GqlResult, type TestApp } from './support/test-app';

/**
 * The role × operation × field matrix, generated from the committed schema (kept in sync
 * with the code by schema.test): every root field is called by every role and without
 * credentials, and the answer must be what `OPERATIONS` says; every hidden field is null
 * for exactly its roles; and for the scoped roles every count and every nested edge stays
 * inside the accounts the SQL rule below allows (DESIGN.md §1, docs/security.md).
 */

const schema = buildSchema(
  fs.readFileSync(require.resolve('@trident/schema/schema.graphql'), 'utf8'),
);

type Caller = Role | 'ANONYMOUS';
type Grant = readonly Role[] | typeof PUBLIC;

interface Operation {
  key: string;
  root: 'Query' | 'Mutation';
  field: GraphQLField<unknown, unknown>;
}

const operations: Operation[] = (['Query', 'Mutation'] as const).flatMap((root) => {
  const type = schema.getType(root);
  return isObjectType(type)
    ? Object.values(type.getFields()).map((field) => ({
        key: `${root}.${field.name}`,
        root,
        field,
      }))
    : [];
});

const grantOf = (key: string): Grant | undefined =>
  Object.prototype.hasOwnProperty.call(OPERATIONS, key)
    ? (OPERATIONS as Record<string, Grant>)[key]
    : undefined;

/** What the matrix says, read from the data itself (each demo login has exactly one role). */
function allowed(key: string, caller: Caller): boolean {
  const grant = grantOf(key);
  if (grant === undefined) return false;
  if (grant === PUBLIC) return true;
  return caller !== 'ANONYMOUS' && grant.includes(caller);
}

const isRequired = (arg: GraphQLArgument | GraphQLInputField) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;
const callableWithoutArgs = (field: GraphQLField<unknown, unknown>) => !field.args.some(isRequired);

/** The node type of a connection (a type with `nodes` and `totalCount`), if it is one. */
function connectionNodes(type: GraphQLNamedType): GraphQLObjectType | undefined {
  if (!isObjectType(type)) return undefined;
  const fields = type.getFields();
  if (!fields.totalCount || !fields.nodes) return undefined;
  const nodes = getNamedType(fields.nodes.type);
  return isObjectType(nodes) ? nodes : undefined;
}

// ---------------------------------------------------------------------------------------
// Fields some role may not read, from the schema (DESIGN.md §1): money by its type — every
// field of type Decimal or Money (Money's own parts aside) is for roles that see amounts —
// and the listed others (private notes).

const MONEY_BLIND: readonly Role[] = ['TECHNICAL', 'DELIVERY'];
const MONEY_OUTPUT = ['Decimal', 'Money'];
const MONEY_INPUT = ['Decimal', 'MoneyInput'];

const HIDDEN: Record<string, readonly Role[]> = { ...HIDDEN_FIELDS };
for (const type of Object.values(schema.getTypeMap())) {
  if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Money') continue;
  for (const field of Object.values(type.getFields()))
    if (MONEY_OUTPUT.includes(getNamedType(field.type).name))
      HIDDEN[`${type.name}.${field.name}`] = [
        ...new Set([...(HIDDEN[`${type.name}.${field.name}`] ?? []), ...MONEY_BLIND]),
      ];
}

// ---------------------------------------------------------------------------------------
// Minimal documents generated from the argument and return types.

/** A type-appropriate literal for a scalar; the argument name only picks a plausible format. */
function scalarLiteral(scalar: string, name: string): string {
  switch (scalar) {
    case 'ID':
      return JSON.stringify(randomUUID());
    case 'String':
      if (/^(period|from|to)$/.test(name)) return '"2026"';
      if (/(At|date|Date)$/.test(name)) return '"2026-01-01"';
      if (/email/i.test(name)) return JSON.stringify(`probe-${randomUUID()}@example.invalid`);
      return '"access matrix probe"';
    case 'Int':
      return '1';
    case 'Float':
      return '0.5';
    case 'Boolean':
      return 'false';
    case 'Decimal':
      return '"1.00"';
    case 'DateTime':
      return '"2026-01-01T00:00:00.000Z"';
    case 'LocalDate':
      return '"2026-01-01"';
    case 'Period':
      return '"2026"';
    case 'JSON':
      return '{}';
    default:
      throw new Error(`no generated value for the scalar ${scalar}: teach scalarLiteral`);
  }
}

/** Required arguments and input fields only, filled recursively. */
function literal(type: GraphQLInputType, name: string, inputs: string[] = []): string {
  if (isNonNullType(type)) return literal(type.ofType, name, inputs);
  if (isListType(type)) return `[${literal(type.ofType, name, inputs)}]`;
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isScalarType(type)) return scalarLiteral(type.name, name);
  if (isInputObjectType(type)) {
    if (inputs.includes(type.name)) throw new Error(`${type.name} requires itself`);
    const fields = Object.values(type.getFields()).filter(isRequired);
    const body = fields.map((f) => `${f.name}: ${literal(f.type, f.name, [...inputs, type.name])}`);
    return `{ ${body.join(', ')} }`;
  }
  throw new Error(`no generated value for ${String(type)}`);
}

/**
 * Like `literal`, with the input field at `path` filled too (by `leaf`), required or not:
 * how a caller would send one particular value.
 */
function literalAt(
  type: GraphQLInputType,
  name: string,
  path: string[],
  leaf: (type: GraphQLInputType, name: string) => string,
): string {
  if (!path.length) return leaf(type, name);
  if (isNonNullType(type)) return literalAt(type.ofType, name, path, leaf);
  if (isListType(type)) return `[${literalAt(type.ofType, name, path, leaf)}]`;
  if (!isInputObjectType(type)) throw new Error(`${String(type)} has no field ${path[0]}`);
  const fields = Object.values(type.getFields()).filter((f) => isRequired(f) || f.name === path[0]);
  const body = fields.map((f) =>
    f.name === path[0]
      ? `${f.name}: ${literalAt(f.type, f.name, path.slice(1), leaf)}`
      : `${f.name}: ${literal(f.type, f.name)}`,
  );
  return `{ ${body.join(', ')} }`;
}

/** Connections answer their count (it runs the scoped SQL), other objects `__typename`. */
function minimalSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (connectionNodes(named)) return ' { totalCount }';
  if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) return ' { __typename }';
  return '';
}

/**
 * The only hand-written arguments. `login` is PUBLIC: with real credentials "works" means a
 * token comes back, for everybody, signed in or not.
 */
const ARGUMENT_OVERRIDES: Record<string, Record<string, string>> = {
  'Mutation.login': {
    email: JSON.stringify('sales@trident.demo'),
    password: JSON.stringify(DEMO_PASSWORD),
  },
};

function documentFor(op: Operation): string {
  const overrides = ARGUMENT_OVERRIDES[op.key] ?? {};
  const args = op.field.args
    .filter((arg) => isRequired(arg) || overrides[arg.name] !== undefined)
    .map((arg) => `${arg.name}: ${overrides[arg.name] ?? literal(arg.type, arg.name)}`);
  const call = args.length ? `${op.field.name}(${args.join(', ')})` : op.field.name;
  return `${op.root === 'Mutation' ? 'mutation' : 'query'} { ${call}${minimalSelection(op.field.type)} }`;
}

/**
 * Mutations that succeed on generated input because they reference no existing record: each
 * must write exactly one audit event, and is the only kind of call in the sweep allowed to
 * write at all. Everything else gets random ids and must fail without a trace.
 */
const MAY_SUCCEED: Record<string, string> = {
  'Mutation.login': 'PUBLIC sign-in with real demo credentials (see ARGUMENT_OVERRIDES)',
  'Mutation.signOut': "PUBLIC: ends the caller's own session (false, writing nothing, without one)",
  'Mutation.claimAccount':
    'registers a new customer by name; the first claim wins, the later ones lose with CONFLICT',
  'Mutation.createUser': 'a new user with a fresh e-mail address',
  'Mutation.createApiToken': 'a new BI token needs only a name',
  'Mutation.createProcessTemplate': 'without an accountId it is a global template (ADMIN only)',
  'Mutation.createEscalationRule': 'configuration; a rule needs only its trigger and one level',
  'Mutation.createInternalResource': 'configuration; a named expert needs only a name and level',
  'Mutation.createSurvey':
    'configuration; a survey needs only its titles, questions and NPS question',
  'Mutation.markNotificationsRead': "without ids it marks all of the caller's own notifications",
  'Mutation.setRelationshipCadence': 'configuration (ADMIN only); a cadence needs a level and days',
  'Mutation.setMyDeliveryPreferences':
    "the caller's own preferences need only a language and topics",
};

/** Codes a service may answer an allowed caller with on generated input, besides the usual. */
const SERVICE_REFUSALS: Record<string, string[]> = {
  // The generated current password is wrong: the service asks to authenticate again.
  'Mutation.changePassword': ['UNAUTHENTICATED'],
};

// ---------------------------------------------------------------------------------------
// The record-level rule, straight in SQL (DESIGN.md §1): the accounts whose team includes
// the caller or — for a MANAGER — anyone below them in the reporting line.

const IN_SCOPE = (column: string) =>
  `${column} IN (SELECT account_id FROM account_team_member WHERE user_id = ANY(:line))`;
const byAccount = (table: string) => `SELECT id FROM ${table} WHERE ${IN_SCOPE('account_id')}`;

interface Visibility {
  /** SELECT of the ids a scoped caller may see; `:line` and `:me` are filled in. */
  sql: string;
  /** The field of the GraphQL type that holds that id (default `id`). */
  key?: string;
}

const ACCOUNTS = `SELECT id FROM account WHERE ${IN_SCOPE('id')}`;

/** Every account-scoped object type and which of its rows a scoped caller may see. */
const VISIBLE: Record<string, Visibility> = {
  Account: { sql: ACCOUNTS },
  AccountCoverage: { sql: ACCOUNTS, key: 'accountId' },
  OrgChart: { sql: ACCOUNTS, key: 'accountId' },
  RelationshipCoverage: { sql: ACCOUNTS, key: 'accountId' },
  // A group's grid and roll-up: the account asked for, and each account below it.
  Whitespace: { sql: ACCOUNTS, key: 'accountId' },
  WhitespaceColumn: { sql: ACCOUNTS, key: 'accountId' },
  WhitespaceCell: { sql: ACCOUNTS, key: 'accountId' },
  AccountRollup: { sql: ACCOUNTS, key: 'accountId' },
  RollupRow: { sql: ACCOUNTS, key: 'accountId' },
  AccountPlan: { sql: byAccount('account_plan') },
  AccountPlanMilestone: {
    sql: `SELECT m.id FROM account_plan_milestone m JOIN account_plan p ON p.id = m.plan_id
          WHERE ${IN_SCOPE('p.account_id')}`,
  },
  AccountTeamMember: { sql: byAccount('account_team_member') },
  // Files follow their record: evidence by its milestone's customer, a task's as the task.
  Attachment: {
    sql: `SELECT id FROM attachment
           WHERE (owner_type = 'EVIDENCE_ITEM' AND ${IN_SCOPE('account_id')})
              OR (owner_type = 'TASK' AND owner_id IN (SELECT id FROM task
                    WHERE ${IN_SCOPE('account_id')} OR assignee_id = :me OR requester_id = :me))`,
  },
  Activity: { sql: byAccount('activity') },
  ApprovalStep: {
    sql: `SELECT s.id FROM approval_step s JOIN process_template t ON t.id = s.template_id
          WHERE t.account_id IS NULL OR ${IN_SCOPE('t.account_id')}`,
  },
  // Dispute evidence: on accounts in scope, and the caller's own attempts.
  ClaimAttempt: { sql: `${byAccount('claim_attempt')} OR claimer_id = :me` },
  Contact: { sql: byAccount('contact') },
  Contract: { sql: byAccount('contract') },
  // Escalations on the caller's accounts, and those that reached the caller.
  Escalation: { sql: `${byAccount('escalation')} OR target_user_id = :me` },
  EvidenceItem: {
    sql: `SELECT e.id FROM evidence_item e JOIN payment_milestone m ON m.id = e.milestone_id
          WHERE ${IN_SCOPE('m.account_id')}`,
  },
  Feedback: { sql: byAccount('feedback') },
  // A manager sees the handovers of their line: the leaver's or the successor's.
  Handover: {
    sql: 'SELECT id FROM handover WHERE from_user_id = ANY(:line) OR to_user_id = ANY(:line)',
  },
  Influence: { sql: byAccount('influence') },
  Lead: { sql: byAccount('lead') },
  Notification: { sql: 'SELECT id FROM notification WHERE user_id = :me' },
  Opportunity: { sql: byAccount('opportunity') },
  OrgUnit: { sql: byAccount('org_unit') },
  Payment: {
    sql: `SELECT p.id FROM payment p JOIN payment_milestone m ON m.id = p.milestone_id
          WHERE ${IN_SCOPE('m.account_id')}`,
  },
  PaymentMilestone: { sql: byAccount('payment_milestone') },
  ProcessRun: { sql: byAccount('process_run') },
  ProcessRunStep: {
    sql: `SELECT s.id FROM process_run_step s JOIN process_run r ON r.id = s.run_id
          WHERE ${IN_SCOPE('r.account_id')}`,
  },
  ProcessRunPlan: {
    sql: `SELECT p.id FROM process_run_plan p JOIN process_run r ON r.id = p.run_id
          WHERE ${IN_SCOPE('r.account_id')}`,
  },
  ProcessRunStepChange: {
    sql: `SELECT c.id FROM process_run_step_change c JOIN process_run_step s ON s.id = c.run_step_id
          JOIN process_run r ON r.id = s.run_id WHERE ${IN_SCOPE('r.account_id')}`,
  },
  // Global templates are everyone's; an account's own follow the account.
  ProcessTemplate: {
    sql: `SELECT id FROM process_template WHERE account_id IS NULL OR ${IN_SCOPE('account_id')}`,
  },
  Renewal: { sql: byAccount('renewal') },
  // Survey links and scores follow their account (issue 20).
  SurveyInvitation: { sql: byAccount('survey_invitation') },
  SurveyScore: { sql: ACCOUNTS, key: 'accountId' },
  // A search hit names a record of an account: the account must be in scope.
  SearchHit: { sql: ACCOUNTS, key: 'accountId' },
  ResourceRequest: { sql: `${byAccount('resource_request')} OR requester_id = :me` },
  // Targets are per person: the caller's own, and a manager's line.
  SalesTarget: { sql: 'SELECT id FROM sales_target WHERE user_id = ANY(:line)' },
  TargetAdjustment: { sql: 'SELECT id FROM target_adjustment WHERE user_id = ANY(:line)' },
  StageChange: {
    sql: `SELECT c.id FROM stage_change c JOIN opportunity o ON o.id = c.opportunity_id
          WHERE ${IN_SCOPE('o.account_id')}`,
  },
  // Outbox: messages to the caller, and robot posts of the accounts whose team they sit on.
  OutboxMessage: {
    sql: `SELECT id FROM outbox_message WHERE recipient_user_id = :me OR (recipient_user_id IS NULL
          AND account_id IN (SELECT account_id FROM account_team_member WHERE user_id = :me))`,
  },
  AccountTeamRobot: {
    sql: `SELECT account_id AS id FROM account_team_robot WHERE ${IN_SCOPE('account_id')}`,
    key: 'accountId',
  },
  // An expert from outside the team sees the task they are asked to do.
  Task: { sql: `${byAccount('task')} OR assignee_id = :me OR requester_id = :me` },
  WorkPlan: { sql: byAccount('work_plan') },
  WorkPlanReview: { sql: byAccount('work_plan_review') },
  AccountRisk: { sql: byAccount('account_risk') },
  // A cooling relationship is its contact: the contacts of accounts in scope.
  StaleRelationship: { sql: byAccount('contact'), key: 'contactId' },
};

/** Object types with an id that are not account-scoped, and why. */
const UNSCOPED: Record<string, string> = {
  User: 'the user directory: owners, assignees and pickers name colleagues of every team',
  FunnelStage: 'configuration, the same for everyone',
  ProductLine: 'configuration, the same for everyone',
  Survey: 'configuration, the same for everyone (the public page shows its questions)',
  EscalationRule: 'configuration, the same for everyone',
  InternalResource: 'our own experts and executives, listed for every deal',
  ApiToken: 'ADMIN only (operation gate)',
  AuditEvent: 'ADMIN only (operation gate)',
  AccountNameCollision: 'ADMIN only (operation gate)',
  PlannedStep: 'only under planRun(input), which reads the subject in the caller’s scope',
  TimelineEntry: 'only under timeline(accountId), which is checked for outside accounts',
  DeliveryRobot: 'ADMIN only (operation gate)',
  Delivery: 'ADMIN only (operation gate)',
  RobotChoice: 'configuration: a robot by name and platform, for choosing it',
};

/**
 * Hidden fields a hidden-from role reaches only through an operation that needs arguments
 * this sweep cannot make up (a real deal to plan for): the test that proves them.
 */
const GROUP_MONEY =
  'growth.test "hides the money of the grid and the roll-up from the solution and delivery teams" (whitespace and accountRollup as TECHNICAL and DELIVERY on the group)';

const PROVEN_BEHIND_ARGUMENTS: Record<string, string> = {
  'WhitespaceCell.soldAmount': GROUP_MONEY,
  'WhitespaceCell.pipelineAmount': GROUP_MONEY,
  'RollupFigures.pipeline': GROUP_MONEY,
  'RollupFigures.weightedPipeline': GROUP_MONEY,
  'RollupFigures.revenue': GROUP_MONEY,
  'RollupFigures.collected': GROUP_MONEY,
  'Influence.note':
    'customer-map.test "keeps why one contact sways another to the account manager\'s line" (orgChart as TECHNICAL, FINANCE and BI)',
  'RunPreview.amount':
    'customer-chain.test "shows a SALES user outside the team no run… never an amount" (planRun as TECHNICAL and DELIVERY)',
};

/** Types reachable from Query through fields that need no arguments. */
function reachableFromQuery(): Set<string> {
  const seen = new Set<string>();
  const queue: GraphQLObjectType[] = [schema.getQueryType()!];
  while (queue.length) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named) && !seen.has(named.name)) {
        seen.add(named.name);
        queue.push(named);
      }
    }
  }
  return seen;
}

/** The root queries from which `typeName` can be reached through any fields at all. */
function rootsReaching(typeName: string): string[] {
  return Object.values(schema.getQueryType()!.getFields())
    .filter((root) => {
      const seen = new Set<string>();
      const queue = [getNamedType(root.type)];
      while (queue.length) {
        const type = queue.shift()!;
        if (type.name === typeName) return true;
        if (!isObjectType(type) || seen.has(type.name)) continue;
        seen.add(type.name);
        for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
      }
      return false;
    })
    .map((root) => `Query.${root.name}`);
}

const byRootCount = (byRoot: Map<string, unknown[]>) =>
  [...byRoot.values()].reduce((sum, list) => sum + list.length, 0);

// ---------------------------------------------------------------------------------------
// Paths through the schema, and documents along them.

const everyoneMayCall = (key: string) => ROLES.every((role) => allowed(key, role));
const keyOf = (step: string) => step.split(/[ ({]/)[0]!;

/**
 * The shortest path of argument-free fields from a root field that every role may call to
 * an object of `typeName` (connections step through `nodes`, root lists take a full page).
 */
function pathTo(typeName: string): string[] | undefined {
  const queue: { type: GraphQLObjectType; path: string[] }[] = [];
  const seen = new Set<string>();
  const enqueue = (field: GraphQLField<unknown, unknown>, path: string[]) => {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) return;
    const nodes = connectionNodes(named);
    const step =
      path.length === 0 && field.args.some((a) => a.name === 'first')
        ? `${field.name}(first: 1000)`
        : field.name;
    const type = nodes ?? named;
    if (seen.has(type.name)) return;
    seen.add(type.name);
    queue.push({ type, path: nodes ? [...path, step, 'nodes'] : [...path, step] });
  };
  for (const field of Object.values(schema.getQueryType()!.getFields()))
    if (callableWithoutArgs(field) && everyoneMayCall(`Query.${field.name}`)) enqueue(field, []);
  while (queue.length) {
    const { type, path: route } = queue.shift()!;
    if (type.name === typeName) return route;
    for (const field of Object.values(type.getFields()))
      if (callableWithoutArgs(field)) enqueue(field, route);
  }
  return undefined;
}

/** The first scalar of an object (`amount` of Money), or nothing for a scalar. */
function subSelection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const scalar = Object.values(named.getFields()).find((f) => !isObjectType(getNamedType(f.type)));
  return ` { ${scalar?.name ?? '__typename'} }`;
}

/** Merges paths (field texts, the last one a leaf selection) into one selection set. */
function render(paths: string[][]): string {
  type Tree = Map<string, Tree>;
  const tree: Tree = new Map();
  for (const route of paths) {
    let node = tree;
    for (const step of route) {
      if (!node.has(step)) node.set(step, new Map());
      node = node.get(step)!;
    }
  }
  const print = (node: Tree): string =>
    [...node.entries()]
      .map(([step, children]) => (children.size ? `${step} { ${print(children)} }` : step))
      .join(' ');
  return print(tree);
}

type Row = Record<string, unknown>;

/** The objects at the end of a path in an answer, through lists and nulls. */
function collect(data: unknown, route: string[]): Row[] {
  let level: unknown[] = [data];
  for (const step of route) {
    level = level
      .flatMap((value) => (Array.isArray(value) ? value : [value]))
      .filter((value): value is Row => value !== null && typeof value === 'object')
      .map((value) => value[keyOf(step)]);
  }
  return level
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is Row => value !== null && typeof value === 'object');
}

/**
 * A selection that picks the id of every VISIBLE object down to `depth` record hops (a
 * VISIBLE or UNSCOPED type is a hop; wrappers such as a matrix cell or a battle-map row are
 * passed through).
 */
/**
 * The scoped record type an id field names (`parentId` → Account, by its sibling `parent`;
 * `opportunityId` → Opportunity, by its name), or undefined. An id of a record out of scope
 * says that the record exists, so these are checked like the records themselves.
 */
function referencedType(type: GraphQLObjectType, fieldName: string): string | undefined {
  const field = type.getFields()[fieldName];
  if (!field || !fieldName.endsWith('Id') || getNamedType(field.type).name !== 'ID')
    return undefined;
  if (fieldName === (VISIBLE[type.name]?.key ?? 'id')) return undefined;
  const base = fieldName.slice(0, -2);
  const sibling = type.getFields()[base];
  const named = sibling && getNamedType(sibling.type);
  const guess =
    ID_FIELD_TYPES[`${type.name}.${fieldName}`] ??
    (named && isObjectType(named)
      ? named.name
      : (ID_ARGUMENT_TYPES[fieldName] ?? base.charAt(0).toUpperCase() + base.slice(1)));
  return VISIBLE[guess] && !VISIBLE[guess]!.key ? guess : undefined;
}

function scopedSelection(type: GraphQLObjectType, depth: number, through: string[] = []): string {
  if (through.includes(type.name)) return '';
  const record = Boolean(VISIBLE[type.name] || UNSCOPED[type.name]);
  const parts: string[] = [];
  const rule = VISIBLE[type.name];
  if (rule) parts.push(rule.key ?? 'id');
  for (const name of Object.keys(type.getFields()))
    if (referencedType(type, name)) parts.push(name);
  if (record && depth === 0) return parts.join(' ');
  for (const field of Object.values(type.getFields())) {
    if (!callableWithoutArgs(field)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) continue;
    const nodes = connectionNodes(named);
    const inner = scopedSelection(nodes ?? named, record ? depth - 1 : depth, [
      ...through,
      type.name,
    ]);
    if (inner)
      parts.push(nodes ? `${field.name} { nodes { ${inner} } }` : `${field.name} { ${inner} }`);
  }
  return parts.join(' ');
}

/** Calls `visit` for every object of a VISIBLE type in an answer, by the schema's types. */
function walk(
  value: unknown,
  type: GraphQLOutputType,
  where: string,
  visit: (type: string, id: string, where: string) => void,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walk(value, type.ofType, where, visit);
  if (isListType(type)) {
    (value as unknown[]).forEach((item, i) => walk(item, type.ofType, `${where}[${i}]`, visit));
    return;
  }
  if (!isObjectType(type)) return;
  const row = value as Row;
  const rule = VISIBLE[type.name];
  const id = rule ? row[rule.key ?? 'id'] : undefined;
  if (typeof id === 'string') visit(type.name, id, where);
  for (const [key, child] of Object.entries(row)) {
    const field = type.getFields()[key];
    const named = typeof child === 'string' ? referencedType(type, key) : undefined;
    if (named) visit(named, child as string, `${where}.${key}`);
    else if (field) walk(child, field.type, `${where}.${key}`, visit);
  }
}

/** Id fields whose record type neither a sibling relation nor the name says. */
const ID_FIELD_TYPES: Record<string, string> = {
  'AccountPlanMilestone.planId': 'AccountPlan',
};

/** ID arguments whose record type is not `<Name>Id` → `<Name>`. */
const ID_ARGUMENT_TYPES: Record<string, string> = {
  accountId: 'Account',
  planId: 'WorkPlan',
  processId: 'ProcessTemplate',
};

interface Aggregate {
  op: string;
  selection: string;
  /** The VISIBLE type whose rows it counts. */
  of: string;
  count(data: Row): number;
}

const total = (rows: unknown, key: string) =>
  (rows as Row[]).reduce((sum, row) => sum + Number(row[key]), 0);

/** Root fields that count or sum rows without being connections (each computed in SQL). */
const AGGREGATES: Aggregate[] = [
  {
    op: 'Query.accountMatrix',
    selection: 'accountMatrix { unclassified cells { count } }',
    of: 'Account',
    count: (d) => {
      const matrix = d.accountMatrix as { unclassified: number; cells: Row[] };
      return matrix.unclassified + total(matrix.cells, 'count');
    },
  },
  {
    op: 'Query.funnel',
    selection: 'funnel { totalDeals stages { reached currentCount } }',
    of: 'Opportunity',
    count: (d) => {
      const funnel = d.funnel as { totalDeals: number; stages: Row[] };
      const reached = (funnel.stages as { reached: number }[]).map((s) => s.reached);
      return Math.max(funnel.totalDeals, total(funnel.stages, 'currentCount'), ...reached);
    },
  },
  {
    op: 'Query.funnelDiagnosis',
    selection: 'funnelDiagnosis { deals }',
    of: 'Opportunity',
    count: (d) => total(d.funnelDiagnosis, 'deals'),
  },
  {
    op: 'Query.escalationLevels',
    selection: 'escalationLevels { count }',
    of: 'Escalation',
    count: (d) => total(d.escalationLevels, 'count'),
  },
  {
    op: 'Query.paymentTotals',
    selection: 'paymentTotals { count }',
    of: 'Payment',
    count: (d) => total(d.paymentTotals, 'count'),
  },
  {
    op: 'Query.battleMap',
    selection: 'battleMap { currency }',
    of: 'Contract',
    count: (d) => (d.battleMap as Row[]).length,
  },
  {
    op: 'Query.collectionAging',
    selection: 'collectionAging { key }',
    of: 'Account',
    count: (d) => new Set((d.collectionAging as Row[]).map((row) => row.key)).size,
  },
  {
    op: 'Query.feedbackAckTimes',
    selection: 'feedbackAckTimes { reported }',
    of: 'Feedback',
    count: (d) => total(d.feedbackAckTimes, 'reported'),
  },
  {
    op: 'Query.unreadNotificationCount',
    selection: 'unreadNotificationCount',
    of: 'Notification',
    count: (d) => Number(d.unreadNotificationCount),
  },
  {
    op: 'Query.handovers',
    selection: 'handovers { id }',
    of: 'Handover',
    count: (d) => (d.handovers as Row[]).length,
  },
];

// ---------------------------------------------------------------------------------------

const LOGINS: Record<Exclude<Role, 'BI'>, string> = {
  SALES: 'sales@trident.demo',
  TECHNICAL: 'tech@trident.demo',
  DELIVERY: 'delivery@trident.demo',
  FINANCE: 'finance@trident.demo',
  MANAGER: 'manager@trident.demo',
  ADMIN: 'admin@trident.demo',
};
const SCOPED: Role[] = ['SALES', 'TECHNICAL', 'DELIVERY', 'MANAGER'];
const CALLERS: Caller[] = [...ROLES, 'ANONYMOUS'];

/** The problems, at most 40 of them (a broken scope can list thousands of rows). */
const first40 = (problems: string[]) =>
  problems.length > 40
    ? [...problems.slice(0, 40), `… and ${problems.length - 40} more`]
    : problems;

/** Runs `work` over `items`, `size` at a time (two shared cores: small chunks). */
async function inChunks<T, R>(items: T[], size: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}

describe('access matrix, generated from the schema', () => {
  it('has a matrix entry for every root field, and none for a field the schema lacks', () => {
    expect(schema.getSubscriptionType()).toBeFalsy(); // a new root type: sweep it below too
    const missing = operations.filter((op) => grantOf(op.key) === undefined).map((op) => op.key);
    expect({ 'root fields without an OPERATIONS entry': missing }).toEqual({
      'root fields without an OPERATIONS entry': [],
    });
    const inSchema = new Set(operations.map((op) => op.key));
    const stale = Object.keys(OPERATIONS).filter((key) => !inSchema.has(key));
    expect({ 'OPERATIONS entries the schema does not have': stale }).toEqual({
      'OPERATIONS entries the schema does not have': [],
    });
    const staleHidden = Object.keys(HIDDEN).filter((key) => {
      const [typeName, fieldName] = key.split('.') as [string, string];
      const type = schema.getType(typeName);
      return !isObjectType(type) || !type.getFields()[fieldName];
    });
    expect({ 'HIDDEN_FIELDS the schema does not have': staleHidden }).toEqual({
      'HIDDEN_FIELDS the schema does not have': [],
    });
  });

  it('lists every mutation that decides, reviews, approves, adjusts or overrides under separation of duties', () => {
    // `sign…` is a signature (acceptance, contract); signing out decides nothing.
    const DECIDES = /^(review|decide|approve|accept|reject|adjust|override|sign(?!Out))/i;
    const DECIDING_INPUT = /^(\w*[sS]core|override\w*|approve|decision|askApproval)$/;
    const inputNames = (type: GraphQLInputType, seen: string[] = []): string[] => {
      const named = getNamedType(type);
      if (!isInputObjectType(named) || seen.includes(named.name)) return [];
      return Object.values(named.getFields()).flatMap((f) => [
        f.name,
        ...inputNames(f.type, [...seen, named.name]),
      ]);
    };
    const deciding = operations
      .filter((op) => op.root === 'Mutation')
      .filter(
        (op) =>
          DECIDES.test(op.field.name) ||
          op.field.args.some(
            (arg) =>
              DECIDING_INPUT.test(arg.name) ||
              inputNames(arg.type).some((n) => DECIDING_INPUT.test(n)),
          ),
      )
      .map((op) => op.key);
    const unlisted = deciding.filter((key) => !(key in SEPARATION_OF_DUTIES));
    expect({ 'deciding mutations without a separation-of-duties rule': unlisted }).toEqual({
      'deciding mutations without a separation-of-duties rule': [],
    });
    expect(deciding.length).toBeGreaterThanOrEqual(5);
  });

  it('classifies every record type reachable from Query as account-scoped or not', () => {
    const unclassified = [...reachableFromQuery()].filter((name) => {
      const type = schema.getType(name) as GraphQLObjectType;
      const fields = type.getFields();
      return (fields.id || fields.accountId) && !VISIBLE[name] && !UNSCOPED[name];
    });
    expect({ 'types without a VISIBLE rule or an UNSCOPED reason': unclassified }).toEqual({
      'types without a VISIBLE rule or an UNSCOPED reason': [],
    });
  });

  describe('against the demo data', () => {
    let app: TestApp;
    let url: string;
    const tokens: Partial<Record<Role, string>> = {};
    const userIds: Partial<Record<Role, string>> = {};

    /** One HTTP call (kept-alive connection), tagged with a request id its audit events carry. */
    async function send(query: string, caller: Caller, requestId: string = randomUUID()) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'x-request-id': requestId,
      };
      const token = caller === 'ANONYMOUS' ? undefined : tokens[caller];
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
      const body = (await res.json()) as Omit<GqlResult<Record<string, unknown>>, 'status'>;
      return { status: res.status, data: body.data, errors: body.errors };
    }

    async function ids(sql: string): Promise<Set<string>> {
      const rows: { id: string }[] = await app.db.query(sql);
      return new Set(rows.map((row) => row.id));
    }

    /**
     * Per scoped role, the ids of each VISIBLE type the SQL rule allows, read now (the sweep
     * below may add rows); `ALL` holds every id of each type.
     */
    async function visibleNow(): Promise<Map<Role | 'ALL', Map<string, Set<string>>>> {
      const result = new Map<Role | 'ALL', Map<string, Set<string>>>();
      for (const role of SCOPED) {
        const me = userIds[role]!;
        const line: string[] =
          role === 'MANAGER'
            ? (
                await app.db.query(
                  `WITH RECURSIVE line(id) AS (
                     SELECT $1::uuid UNION SELECT u.id FROM "user" u JOIN line ON u.manager_id = line.id
                   ) SELECT id FROM line`,
                  [me],
                )
              ).map((row: { id: string }) => row.id)
            : [me];
        const sets = new Map<string, Set<string>>();
        for (const [type, rule] of Object.entries(VISIBLE)) {
          const sql = rule.sql
            .replaceAll(':line', `'{${line.join(',')}}'::uuid[]`)
            .replaceAll(':me', `'${me}'::uuid`);
          sets.set(type, await ids(sql));
        }
        result.set(role, sets);
      }
      const all = new Map<string, Set<string>>();
      for (const [type, rule] of Object.entries(VISIBLE))
        all.set(type, await ids(rule.sql.replace(/\s+WHERE\s[\s\S]*$/, '')));
      result.set('ALL', all);
      return result;
    }

    beforeAll(async () => {
      app = await startTestApp({ demoMaps: true });
      url = `http://127.0.0.1:${await app.server.listen(0, '127.0.0.1')}/graphql`;
      for (const [role, email] of Object.entries(LOGINS)) {
        tokens[role as Role] = await app.login(email);
        const [user] = await app.db.query('SELECT id FROM "user" WHERE email = $1', [email]);
        userIds[role as Role] = user.id;
      }
      tokens.BI = (
        await app.must<{ createApiToken: { token: string } }>(
          'mutation { createApiToken(input: { name: "access matrix" }) { token } }',
          {},
          tokens.ADMIN!,
        )
      ).createApiToken.token;
      // The demo's one handover (sales3@ → sales@) is in the manager's line: one outside it.
      await app.db.query(
        `INSERT INTO handover (from_user_id, to_user_id, status, started_by_id)
         VALUES ($1, $2, 'DONE', $2)`,
        [userIds.FINANCE, userIds.ADMIN],
      );
    });
    afterAll(() => app.close());

    it('has rows hidden from the scoped roles, so the scope checks can fail', async () => {
      const scopes = await visibleNow();
      const all = scopes.get('ALL')!;
      const seesSomeNotAll = (role: Role, type: string) => {
        const mine = scopes.get(role)!.get(type)!.size;
        return [role, type, mine > 0 && mine < all.get(type)!.size];
      };
      // sales@ (telecom, manufacturing) and sales2@ (energy, healthcare) see each other's
      // customers not at all: some, not all, of every kind of record.
      for (const type of [
        'Account',
        'Contact',
        'Opportunity',
        'Contract',
        'PaymentMilestone',
        'Activity',
        'Task',
      ])
        expect(seesSomeNotAll('SALES', type)).toEqual(['SALES', type, true]);
      for (const role of ['TECHNICAL', 'DELIVERY'] as const)
        expect(seesSomeNotAll(role, 'Account')).toEqual([role, 'Account', true]);
      // The manager's line reaches every demo account (sales3@'s customers were handed to
      // sales@); the fixture handover between two people outside the line is hidden.
      expect(seesSomeNotAll('MANAGER', 'Handover')).toEqual(['MANAGER', 'Handover', true]);
    });

    it('hides every matrix-hidden field from exactly its roles, on records they can see', async () => {
      // One document per root field per role: the paths of every hidden field under that root.
      const byRoot = new Map<string, { field: string; path: string[]; leaf: string }[]>();
      const unreachable: string[] = [];
      for (const hidden of Object.keys(HIDDEN)) {
        const [typeName, fieldName] = hidden.split('.') as [string, string];
        const route = pathTo(typeName);
        if (!route) {
          // Only behind operations the gate refuses its roles (revenue, targets, aging).
          const through = rootsReaching(typeName).filter(
            (key) =>
              HIDDEN[hidden]!.some((role) => allowed(key, role)) &&
              !PROVEN_BEHIND_ARGUMENTS[hidden],
          );
          if (through.length) unreachable.push(`${hidden} via ${through.join(', ')}`);
          continue;
        }
        const type = schema.getType(typeName) as GraphQLObjectType;
        const sub = subSelection(type.getFields()[fieldName]!.type);
        const leaf = `${type.getFields().id ? 'id ' : ''}${fieldName}${sub}`;
        const root = route[0]!;
        byRoot.set(root, [...(byRoot.get(root) ?? []), { field: hidden, path: route, leaf }]);
      }
      const problems: string[] = [];
      let checked = 0;
      const answers = new Map<string, Record<string, unknown>>();
      await inChunks(
        [...byRoot.keys()].flatMap((root) => ROLES.map((role) => ({ root, role }))),
        8,
        async ({ root, role }) => {
          const document = `{ ${render(byRoot.get(root)!.map((h) => [...h.path, h.leaf]))} }`;
          const res = await send(document, role);
          if (res.errors) problems.push(`${root} as ${role}: ${JSON.stringify(res.errors)}`);
          answers.set(`${root}.${role}`, res.data ?? {});
        },
      );
      for (const [root, hiddenFields] of byRoot)
        for (const { field, path: route } of hiddenFields) {
          const fieldName = field.split('.')[1]!;
          const hiddenFor = HIDDEN[field]!;
          const leaves = (role: Role) => collect(answers.get(`${root}.${role}`), route);
          const withValue = new Set(
            leaves('ADMIN')
              .filter((l) => l[fieldName] !== null && l.id)
              .map((l) => l.id),
          );
          for (const role of ROLES) {
            const rows = leaves(role);
            const values = rows.map((l) => l[fieldName]);
            if (hiddenFor.includes(role)) {
              checked++;
              if (!rows.length)
                problems.push(`${field}: ${role} sees no ${route.join('.')} to check`);
              if (values.some((v) => v !== null)) problems.push(`${field} is not null for ${role}`);
              // The same records have a value for ADMIN: null because hidden, not because empty.
              if (rows.some((l) => l.id) && !rows.some((l) => withValue.has(l.id)))
                problems.push(`${field}: none of the rows ${role} sees has a value for ADMIN`);
            } else if (rows.length && !values.some((v) => v !== null)) {
              problems.push(`${field} is null on every row for ${role}, who may see it`);
            }
          }
        }
      expect(first40(problems)).toEqual([]);
      expect({ 'hidden fields its roles reach only through arguments': unreachable }).toEqual({
        'hidden fields its roles reach only through arguments': [],
      });
      // Money alone is over 40 fields; each was checked for both of its roles.
      expect(checked).toBeGreaterThanOrEqual(2 * byRootCount(byRoot));
    });

    it('never counts beyond the scope: every connection total and aggregate, per scoped role', async () => {
      const scopes = await visibleNow();
      const connections = operations.filter(
        (op) =>
          op.root === 'Query' &&
          callableWithoutArgs(op.field) &&
          connectionNodes(getNamedType(op.field.type)),
      );
      const problems: string[] = [];
      let compared = 0;
      await inChunks(SCOPED, 4, async (role) => {
        const mine = connections.filter(
          (op) =>
            allowed(op.key, role) && !UNSCOPED[connectionNodes(getNamedType(op.field.type))!.name],
        );
        const document = `{ ${mine.map((op) => `${op.field.name}(first: 1) { totalCount }`).join(' ')} ${AGGREGATES.filter(
          (a) => allowed(a.op, role),
        )
          .map((a) => a.selection)
          .join(' ')} }`;
        const res = await send(document, role);
        if (res.errors) problems.push(`${role}: ${JSON.stringify(res.errors)}`);
        const data = res.data ?? {};
        const sets = scopes.get(role)!;
        for (const op of mine) {
          const nodeType = connectionNodes(getNamedType(op.field.type))!.name;
          const rule = sets.get(nodeType);
          if (!rule) {
            problems.push(`${op.key}: no VISIBLE rule for ${nodeType}`);
            continue;
          }
          const count = (data[op.field.name] as { totalCount: number } | undefined)?.totalCount;
          compared++;
          if (count === undefined || count > rule.size)
            problems.push(
              `${op.key} as ${role}: totalCount ${count} > ${rule.size} ${nodeType} rows in scope`,
            );
        }
        for (const aggregate of AGGREGATES.filter((a) => allowed(a.op, role))) {
          let count = NaN;
          try {
            count = aggregate.count(data);
          } catch {
            // missing from the answer: reported below
          }
          const limit = sets.get(aggregate.of)!.size;
          compared++;
          if (!(count <= limit))
            problems.push(
              `${aggregate.op} as ${role}: ${count} > ${limit} ${aggregate.of} rows in scope`,
            );
        }
      });
      expect(first40(problems)).toEqual([]);
      expect(compared).toBeGreaterThan(SCOPED.length * 20);
    });

    it('answers null for a single record outside the scope, and the record inside it', async () => {
      const scopes = await visibleNow();
      const probes = operations.flatMap((op) => {
        const required = op.field.args.filter(isRequired);
        if (op.root !== 'Query' || required.length !== 1) return [];
        const arg = required[0]!;
        if (getNamedType(arg.type).name !== 'ID') return [];
        const target =
          arg.name === 'id' ? getNamedType(op.field.type).name : ID_ARGUMENT_TYPES[arg.name];
        if (!target || !VISIBLE[target]) return [];
        return [{ op, arg: arg.name, target }];
      });
      const problems: string[] = [];
      await inChunks(SCOPED, 4, async (role) => {
        const sets = scopes.get(role)!;
        const all = scopes.get('ALL')!;
        const mine = probes.filter((p) => allowed(p.op.key, role));
        const calls = mine.flatMap(({ op, arg, target }) => {
          const inside = [...sets.get(target)!][0];
          const outside = [...all.get(target)!].find((id) => !sets.get(target)!.has(id));
          const call = (alias: string, id: string) =>
            `${alias}: ${op.field.name}(${arg}: "${id}")${minimalSelection(op.field.type)}`;
          return [
            ...(outside
              ? [{ op, alias: `out_${op.field.name}`, text: call(`out_${op.field.name}`, outside) }]
              : []),
            ...(inside
              ? [{ op, alias: `in_${op.field.name}`, text: call(`in_${op.field.name}`, inside) }]
              : []),
          ];
        });
        if (!calls.some((c) => c.alias.startsWith('out_')))
          problems.push(`${role}: nothing outside the scope to probe`);
        // Nullable fields share documents (an error nulls only its own alias), ten aliases
        // each (the alias limit is 30); a non-null field's error would null them all.
        const batches: (typeof calls)[] = [];
        for (const c of calls) {
          const last = batches[batches.length - 1];
          if (isNonNullType(c.op.field.type)) batches.push([c]);
          else if (last && last.length < 10 && !isNonNullType(last[0]!.op.field.type)) last.push(c);
          else batches.push([c]);
        }
        const answers = (
          await inChunks(batches, 4, async (batch) => {
            const res = await send(`{ ${batch.map((c) => c.text).join(' ')} }`, role);
            return batch.map((c) => ({
              c,
              value: res.data?.[c.alias] ?? null,
              codes: (res.errors ?? [])
                .filter((e) => e.path?.[0] === c.alias)
                .map((e) => e.extensions.code),
              stray: (res.errors ?? []).filter((e) => !batch.some((b) => b.alias === e.path?.[0])),
            }));
          })
        ).flat();
        for (const { c, value, codes, stray } of answers) {
          if (stray.length) problems.push(`${role}: ${JSON.stringify(stray)}`);
          const where = `${c.op.key} as ${role}, ${c.alias.startsWith('out_') ? 'outside' : 'inside'}`;
          if (c.alias.startsWith('out_')) {
            // Null, like a missing record; a non-null field answers NOT_FOUND, also like one.
            const nullable = !isNonNullType(c.op.field.type);
            if (value !== null || (nullable ? codes.length : codes.join() !== 'NOT_FOUND'))
              problems.push(`${where}: ${JSON.stringify(value)} ${codes}`);
          } else if (value === null || codes.length) {
            problems.push(`${where}: ${JSON.stringify(value)} ${codes}`);
          }
        }
      });
      expect(first40(problems)).toEqual([]);
      expect(probes.length).toBeGreaterThan(10);
    });

    it('never returns an outside row, at the root or through a nested edge', async () => {
      const scopes = await visibleNow();
      const problems: string[] = [];
      let seen = 0;
      const calls = SCOPED.flatMap((role) =>
        operations
          .filter((op) => op.root === 'Query' && callableWithoutArgs(op.field))
          .filter((op) => allowed(op.key, role))
          .map((op) => {
            const named = getNamedType(op.field.type);
            const nodes = connectionNodes(named);
            // The records of the root and one hop from each: an opportunity's account,
            // contacts and activities, a contract's milestones, a matrix cell's accounts…
            const inner = isObjectType(named) ? scopedSelection(nodes ?? named, 1) : '';
            return { op, role, nodes, inner };
          })
          .filter((call) => call.inner),
      );
      await inChunks(calls, 6, async ({ op, role, nodes, inner }) => {
        const sets = scopes.get(role)!;
        const check = (value: unknown, type: GraphQLOutputType) =>
          walk(value, type, op.field.name, (typeName, id, where) => {
            seen++;
            if (!sets.get(typeName)!.has(id))
              problems.push(`${role}: ${where} is ${typeName} ${id}, outside the scope`);
          });
        if (!nodes) {
          const res = await send(`{ ${op.field.name} { ${inner} } }`, role);
          if (res.errors) problems.push(`${op.key} as ${role}: ${JSON.stringify(res.errors)}`);
          check(res.data?.[op.field.name], op.field.type);
          return;
        }
        // Every page, as large as the cost limit allows.
        let first = 1000;
        let after: string | null = null;
        for (let pages = 0; pages < 50; pages++) {
          const args = `first: ${first}${after ? `, after: ${JSON.stringify(after)}` : ''}`;
          const res = await send(
            `{ ${op.field.name}(${args}) { nodes { ${inner} } pageInfo { hasNextPage endCursor } } }`,
            role,
          );
          const cost = res.errors?.[0]?.extensions;
          if (cost?.limit === 'COST' && first > 1) {
            first = Math.max(1, Math.floor((first * Number(cost.max)) / Number(cost.found) / 1.2));
            pages--;
            continue;
          }
          if (res.errors) {
            problems.push(`${op.key} as ${role}: ${JSON.stringify(res.errors)}`);
            return;
          }
          const page = res.data?.[op.field.name] as {
            nodes: unknown[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
          check(page.nodes, new GraphQLList(nodes));
          if (!page.pageInfo.hasNextPage) return;
          after = page.pageInfo.endCursor;
        }
        problems.push(`${op.key} as ${role}: more than 50 pages`);
      });
      expect(first40(problems)).toEqual([]);
      expect(seen).toBeGreaterThan(1000);
    });

    it('refuses a role any argument that writes, filters or orders by a field it may not read', async () => {
      // Derived here from the schema, not from the API's own rules: a money-typed argument
      // or input field; an input field named like a hidden field of a type the operation
      // answers with; an order whose field enum names one.
      interface Probe {
        op: Operation;
        path: string[];
        blind: readonly Role[];
        order?: string;
      }
      const probes: Probe[] = [];
      for (const op of operations) {
        const named = getNamedType(op.field.type);
        const answered = isObjectType(named)
          ? [
              named,
              ...Object.values(named.getFields())
                .map((f) => getNamedType(f.type))
                .filter(isObjectType),
            ]
          : [];
        const hiddenNamed = (name: string) =>
          answered.map((t) => HIDDEN[`${t.name}.${name}`]).find(Boolean);
        const visit = (type: GraphQLInputType, path: string[], seen: string[]) => {
          const inner = getNamedType(type);
          if (MONEY_INPUT.includes(inner.name)) {
            probes.push({ op, path, blind: MONEY_BLIND });
            return;
          }
          if (!isInputObjectType(inner) || seen.includes(inner.name)) return;
          for (const f of Object.values(inner.getFields())) {
            const fieldType = getNamedType(f.type);
            const blind = !MONEY_INPUT.includes(fieldType.name) && hiddenNamed(f.name);
            if (blind) probes.push({ op, path: [...path, f.name], blind });
            if (f.name === 'field' && isEnumType(fieldType))
              for (const value of fieldType.getValues()) {
                const key = value.name.replace(/_/g, '').toLowerCase();
                const target = answered
                  .flatMap((t) => Object.keys(t.getFields()).map((n) => `${t.name}.${n}`))
                  .find((c) => HIDDEN[c] && c.split('.')[1]!.toLowerCase() === key);
                if (target)
                  probes.push({
                    op,
                    path: [...path, f.name],
                    blind: HIDDEN[target]!,
                    order: value.name,
                  });
              }
            visit(f.type, [...path, f.name], [...seen, inner.name]);
          }
        };
        for (const arg of op.field.args) visit(arg.type, [arg.name], []);
      }
      const problems: string[] = [];
      let refused = 0;
      const calls = probes.flatMap((probe) => {
        const args = probe.op.field.args
          .filter((arg) => isRequired(arg) || arg.name === probe.path[0])
          .map((arg) =>
            arg.name === probe.path[0]
              ? `${arg.name}: ${literalAt(
                  arg.type,
                  arg.name,
                  probe.path.slice(1),
                  (t, n) => probe.order ?? literal(t, n),
                )}`
              : `${arg.name}: ${literal(arg.type, arg.name)}`,
          );
        const document = `${probe.op.root === 'Mutation' ? 'mutation' : 'query'} { ${probe.op.field.name}(${args.join(', ')})${minimalSelection(probe.op.field.type)} }`;
        const seeing = ROLES.find(
          (role) => !probe.blind.includes(role) && allowed(probe.op.key, role),
        );
        return [
          ...probe.blind
            .filter((role) => allowed(probe.op.key, role))
            .map((role) => ({ probe, role, document, blind: true })),
          ...(seeing ? [{ probe, role: seeing, document, blind: false }] : []),
        ];
      });
      await inChunks(calls, 8, async ({ probe, role, document, blind }) => {
        const requestId = `hidden-input.${probe.op.key}.${role}.${probe.path.join('.')}`;
        const res = await send(document, role, requestId);
        const where = `${probe.op.key}(${probe.path.join('.')}${probe.order ? ` = ${probe.order}` : ''}) as ${role}`;
        const guard = (res.errors ?? []).find((e) =>
          ['MONEY', 'FIELD_HIDDEN', 'ORDER_HIDDEN'].includes(String(e.extensions.reason)),
        );
        if (!blind) {
          if (guard) problems.push(`${where}: refused though the role reads it`);
          return;
        }
        refused++;
        const expectedField =
          probe.order || probe.path.length === 1 ? probe.path[0] : probe.path.slice(1).join('.');
        if (
          !guard ||
          guard.extensions.code !== 'FORBIDDEN' ||
          guard.extensions.field !== expectedField
        )
          problems.push(
            `${where}: expected FORBIDDEN on ${expectedField}, got ${JSON.stringify(res.errors)}`,
          );
      });
      expect(first40(problems)).toEqual([]);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE request_id LIKE 'hidden-input.%'`,
      );
      expect(n).toBe(0);
      // Money into leads and the approval path, notes on contacts, orders by amount and
      // potential, each for every role that may call the operation but not read the field.
      expect(refused).toBeGreaterThanOrEqual(14);
      for (const key of [
        'Mutation.createLead',
        'Mutation.updateContact',
        'Query.approvalPath',
        'Query.accounts',
        'Query.opportunities',
      ])
        expect([key, calls.some((c) => c.blind && c.probe.op.key === key)]).toEqual([key, true]);
    });

    // Last: it writes (the mutations in MAY_SUCCEED), and every rule above is read before.
    it('answers every operation × caller as the matrix says, and failed calls write nothing', async () => {
      const [{ n: auditBefore }] = await app.db.query('SELECT count(*)::int AS n FROM audit_event');
      const problems: string[] = [];
      const documents = operations.map((op) => {
        const document = documentFor(op);
        const invalid = validate(schema, parse(document));
        if (invalid.length) problems.push(`${op.key}: ${document}: ${invalid[0]!.message}`);
        return { op, document };
      });
      // Caller by caller: the eight sign-ins (all as one account) are not a parallel burst,
      // which the sign-in throttle would rightly cut short.
      // `signOut` ends the caller's session: each caller's comes after all their other calls.
      const ending = (op: Operation) => op.key === 'Mutation.signOut';
      const callsOf = (last: boolean) =>
        CALLERS.flatMap((caller) =>
          documents
            .filter(({ op }) => ending(op) === last)
            .map(({ op, document }) => ({ op, caller, document })),
        );
      const calls = callsOf(false);
      const succeeded = new Map<string, string>();
      let denied = 0;

      const check = async ({ op, caller, document }: (typeof calls)[number]) => {
        const requestId = `matrix.${op.key}.${caller}`;
        const res = await send(document, caller, requestId);
        const name = op.field.name;
        const errors = res.errors ?? [];
        const value = res.data?.[name] ?? null;
        const where = `${op.key} as ${caller}`;
        const codes = errors.map(
          (e) => `${e.extensions.code}${e.extensions.reason ? `/${e.extensions.reason}` : ''}`,
        );
        if (res.status !== 200) problems.push(`${where}: HTTP ${res.status}`);
        if (errors.some((e) => e.path?.[0] !== name))
          problems.push(`${where}: an error outside the operation: ${JSON.stringify(errors)}`);

        if (!allowed(op.key, caller)) {
          denied++;
          const expected = caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN/ROLE';
          if (codes.join() !== expected || value !== null)
            problems.push(
              `${where}: expected ${expected} and no data, got ${codes} ${JSON.stringify(value)}`,
            );
          return;
        }
        if (grantOf(op.key) === PUBLIC && (value === null || errors.length))
          problems.push(`${where}: PUBLIC, yet ${codes} ${JSON.stringify(value)}`);
        // Allowed: past the gate. The service may refuse random ids (NOT_FOUND, BAD_USER_INPUT,
        // CONFLICT, a record-level FORBIDDEN), but never with the gate's codes or a masked error.
        // A service's refusal carries its reason (for the console's words); the gate's is ROLE.
        const unexpected = codes.filter(
          (code) =>
            code === 'FORBIDDEN/ROLE' ||
            ![
              'BAD_USER_INPUT',
              'NOT_FOUND',
              'CONFLICT',
              'FORBIDDEN',
              ...(SERVICE_REFUSALS[op.key] ?? []),
            ].includes(code.split('/')[0]!),
        );
        if (unexpected.length)
          problems.push(`${where}: ${unexpected} (${errors.map((e) => e.message).join('; ')})`);
        if (op.root === 'Mutation' && value !== null && !errors.length)
          succeeded.set(requestId, op.key);
      };
      await inChunks(calls, 8, check);
      await inChunks(callsOf(true), 8, check);

      expect(first40(problems)).toEqual([]);
      // The matrix does deny, and every denial was checked.
      expect(denied).toBeGreaterThan(operations.length);
      // Writes: only the listed mutations succeeded, each wrote at most its one audit event,
      // and no refused call wrote one.
      const surprising = [...new Set(succeeded.values())].filter((key) => !MAY_SUCCEED[key]);
      expect({ 'mutations that succeeded on generated input': surprising }).toEqual({
        'mutations that succeeded on generated input': [],
      });
      const written: { request_id: string; n: number }[] = await app.db.query(
        `SELECT request_id, count(*)::int AS n FROM audit_event
         WHERE request_id LIKE 'matrix.%' GROUP BY request_id`,
      );
      const strays = written.filter((row) => !succeeded.has(row.request_id) || row.n !== 1);
      expect({ 'audit events of refused calls, or several per call': strays }).toEqual({
        'audit events of refused calls, or several per call': [],
      });
      const [{ n: auditAfter }] = await app.db.query('SELECT count(*)::int AS n FROM audit_event');
      expect(auditAfter - auditBefore).toBe(written.length);
    });
  });
});
