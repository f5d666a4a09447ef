import { gql } from '@apollo/client';
import buildGraphQLProvider, { type BuildQuery, type BuildQueryResult } from 'ra-data-graphql';
import { HttpError, type DataProvider } from 'react-admin';
import { ACCOUNT_FIELDS, ACCOUNT_INPUT_KEYS } from '../resources/accounts/account.fields';
import {
  CONTACT_FIELDS,
  ORG_UNIT_FIELDS,
  RUN_FIELDS,
  STEP_INPUT_KEYS,
  TEMPLATE_FIELDS,
} from '../resources/customer-map.fields';
import {
  ACCOUNT_PLAN_CREATE_KEYS,
  ACCOUNT_PLAN_FIELDS,
  ACCOUNT_PLAN_UPDATE_KEYS,
  ACTIVITY_CREATE_KEYS,
  ACTIVITY_FIELDS,
  ACTIVITY_UPDATE_KEYS,
  FUNNEL_STAGE_FIELDS,
  FUNNEL_STAGE_KEYS,
  LEAD_CREATE_KEYS,
  LEAD_FIELDS,
  LEAD_UPDATE_KEYS,
  OPPORTUNITY_CREATE_KEYS,
  OPPORTUNITY_FIELDS,
  OPPORTUNITY_UPDATE_KEYS,
  SALES_TARGET_FIELDS,
  SALES_TARGET_KEYS,
} from '../resources/pipeline.fields';
import { USER_CREATE_KEYS, USER_FIELDS, USER_UPDATE_KEYS } from '../resources/users/user.fields';
import {
  ESCALATION_FIELDS,
  ESCALATION_RULE_FIELDS,
  ESCALATION_RULE_KEYS,
  FEEDBACK_CREATE_KEYS,
  FEEDBACK_FIELDS,
  HANDOVER_FIELDS,
  INTERNAL_RESOURCE_FIELDS,
  INTERNAL_RESOURCE_KEYS,
  RESOURCE_REQUEST_FIELDS,
  RESOURCE_REQUEST_KEYS,
  TASK_CREATE_KEYS,
  TASK_FIELDS,
  TASK_UPDATE_KEYS,
  WORK_PLAN_CREATE_KEYS,
  WORK_PLAN_FIELDS,
  WORK_PLAN_UPDATE_KEYS,
} from '../resources/execution.fields';
import { CONTRACT_FIELDS, PAYMENT_FIELDS } from '../resources/collections.fields';
import { API_TOKEN_FIELDS, AUDIT_EVENT_FIELDS } from '../resources/users/user.fields';
import { apiMethods, type Api } from './api';
import { collectionsMethods, type CollectionsMethods } from './collections-api';
import { executionMethods, type ExecutionMethods } from './execution-api';
import {
  escalationRuleInput,
  internalResourceInput,
  mineFilter,
  resourceRequestInput,
  taskFilter,
  taskInput,
  workPlanInput,
} from './execution-inputs';
import { createGraphqlClient } from './graphql-client';
import { pipelineMethods, type PipelineMethods } from './pipeline-api';
import {
  accountPlanInput,
  activityInput,
  funnelStageInput,
  leadInput,
  opportunityInput,
  salesTargetInput,
} from './pipeline-inputs';

const CONTACT_KEYS = [
  'name',
  'title',
  'level',
  'reportsToId',
  'responsibilities',
  'influence',
  'stance',
  'buyingRoles',
  'coachLevel',
  'risingStar',
  'relationshipOwnerId',
  'notes',
] as const;

/** How one react-admin resource maps onto Trident's connection convention. */
interface ResourceMap {
  list: string;
  one: string;
  fields: string;
  filterType: string;
  orderType: string;
  /** react-admin sort field → the API's order field enum. */
  sortFields: Record<string, string>;
  create?: {
    mutation: string;
    inputType: string;
    keys: readonly string[];
    /** The mutation answers with a payload: the record sits in this field of it. */
    result?: { field: string; extra: string };
    /** The mutation takes its values as arguments (name → GraphQL type), not an input. */
    args?: Record<string, string>;
  };
  update?: {
    mutation: string;
    inputType: string;
    keys: readonly string[];
    /** The input replaces the record: send every field, not only the changed ones. */
    whole?: boolean;
  };
  /** Reshapes form values into the mutation's input (nested lists, for example). */
  toInput?: (input: Row) => Row;
  /** Reshapes react-admin filter values into the API's filter (single pick → id list). */
  toFilter?: (filter: Params) => Params;
  /** The list query is a plain array without arguments (small, configured lists). */
  plain?: boolean;
  /** The filter has no `ids`: many records are read one by one in a single request. */
  manyById?: boolean;
}

/** Ordered steps are sent as ApprovalStepInput: only their own fields, in form order. */
const templateInput = (input: Row): Row =>
  Array.isArray(input.steps)
    ? {
        ...input,
        steps: (input.steps as Row[]).map((step) => ({
          ...pick(step, STEP_INPUT_KEYS),
          rule: step.rule || 'ALL',
          typicalDays: Number(step.typicalDays ?? 0),
          documentsRequired: (step.documentsRequired as string[] | undefined) ?? [],
        })),
      }
    : input;

/** A single pick in a filter form becomes the list of ids the API filters on. */
const opportunityFilter = ({ stageId, ownerId, ...rest }: Params): Params => ({
  ...rest,
  ...(stageId ? { stageIds: [stageId] } : {}),
  ...(ownerId ? { ownerIds: [ownerId] } : {}),
});

export function contractInput(input: Row): Row {
  const out: Row = { ...input };
  for (const key of ['amount', 'title', 'terms', 'kind'] as const) {
    if (out[key] === '' || out[key] === null) delete out[key];
  }
  out.sites = ((input.sites as unknown[] | undefined) ?? [])
    .map((site) => String(site ?? '').trim())
    .filter(Boolean);
  return out;
}

export const RESOURCES: Record<string, ResourceMap> = {
  accounts: {
    list: 'accounts',
    one: 'account',
    fields: ACCOUNT_FIELDS,
    filterType: 'AccountFilter',
    orderType: 'AccountOrder',
    sortFields: {
      name: 'NAME',
      region: 'REGION',
      createdAt: 'CREATED_AT',
      updatedAt: 'UPDATED_AT',
      potential: 'POTENTIAL',
      'potential.amount': 'POTENTIAL',
    },
    create: { mutation: 'claimAccount', inputType: 'ClaimAccountInput', keys: ACCOUNT_INPUT_KEYS },
    update: {
      mutation: 'updateAccount',
      inputType: 'UpdateAccountInput',
      keys: ACCOUNT_INPUT_KEYS,
    },
  },
  orgUnits: {
    list: 'orgUnits',
    one: '',
    fields: ORG_UNIT_FIELDS,
    filterType: 'OrgUnitFilter',
    orderType: '',
    sortFields: {},
    create: {
      mutation: 'createOrgUnit',
      inputType: 'CreateOrgUnitInput',
      keys: ['accountId', 'name', 'kind', 'parentId'],
    },
    update: {
      mutation: 'updateOrgUnit',
      inputType: 'UpdateOrgUnitInput',
      keys: ['name', 'kind', 'parentId'],
    },
  },
  contacts: {
    list: 'contacts',
    one: 'contact',
    fields: CONTACT_FIELDS,
    filterType: 'ContactFilter',
    orderType: 'ContactOrder',
    sortFields: { name: 'NAME', influence: 'INFLUENCE', updatedAt: 'UPDATED_AT' },
    create: {
      mutation: 'createContact',
      inputType: 'CreateContactInput',
      keys: ['accountId', 'orgUnitId', ...CONTACT_KEYS],
    },
    update: { mutation: 'updateContact', inputType: 'UpdateContactInput', keys: CONTACT_KEYS },
  },
  processTemplates: {
    list: 'processTemplates',
    one: 'processTemplate',
    fields: TEMPLATE_FIELDS,
    filterType: 'ProcessTemplateFilter',
    orderType: '',
    sortFields: {},
    create: {
      mutation: 'createProcessTemplate',
      inputType: 'CreateProcessTemplateInput',
      keys: ['accountId', 'kind', 'name', 'description', 'steps'],
    },
    update: {
      mutation: 'updateProcessTemplate',
      inputType: 'UpdateProcessTemplateInput',
      keys: ['name', 'description', 'steps'],
    },
    toInput: templateInput,
  },
  processRuns: {
    list: 'processRuns',
    one: 'processRun',
    fields: RUN_FIELDS,
    filterType: 'ProcessRunFilter',
    orderType: '',
    sortFields: {},
  },
  users: {
    list: 'users',
    one: 'user',
    fields: USER_FIELDS,
    filterType: 'UserFilter',
    orderType: 'UserOrder',
    sortFields: { name: 'NAME', email: 'EMAIL', createdAt: 'CREATED_AT' },
    create: { mutation: 'createUser', inputType: 'CreateUserInput', keys: USER_CREATE_KEYS },
    update: { mutation: 'updateUser', inputType: 'UpdateUserInput', keys: USER_UPDATE_KEYS },
  },
  funnelStages: {
    list: 'funnelStages',
    one: '',
    fields: FUNNEL_STAGE_FIELDS,
    filterType: '',
    orderType: '',
    sortFields: {},
    plain: true,
    create: {
      mutation: 'createFunnelStage',
      inputType: 'FunnelStageInput',
      keys: FUNNEL_STAGE_KEYS,
    },
    update: {
      mutation: 'updateFunnelStage',
      inputType: 'FunnelStageInput',
      keys: FUNNEL_STAGE_KEYS,
      whole: true,
    },
    toInput: funnelStageInput,
  },
  leads: {
    list: 'leads',
    one: 'lead',
    fields: LEAD_FIELDS,
    filterType: 'LeadFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: { mutation: 'createLead', inputType: 'CreateLeadInput', keys: LEAD_CREATE_KEYS },
    update: { mutation: 'updateLead', inputType: 'UpdateLeadInput', keys: LEAD_UPDATE_KEYS },
    toInput: leadInput,
  },
  opportunities: {
    list: 'opportunities',
    one: 'opportunity',
    fields: OPPORTUNITY_FIELDS,
    filterType: 'OpportunityFilter',
    orderType: 'OpportunityOrder',
    sortFields: {
      name: 'NAME',
      amount: 'AMOUNT',
      'amount.amount': 'AMOUNT',
      expectedCloseDate: 'EXPECTED_CLOSE',
      stageId: 'STAGE',
      stageEnteredAt: 'STAGE_ENTERED_AT',
      createdAt: 'CREATED_AT',
      updatedAt: 'UPDATED_AT',
    },
    manyById: true,
    create: {
      mutation: 'createOpportunity',
      inputType: 'CreateOpportunityInput',
      keys: OPPORTUNITY_CREATE_KEYS,
    },
    update: {
      mutation: 'updateOpportunity',
      inputType: 'UpdateOpportunityInput',
      keys: OPPORTUNITY_UPDATE_KEYS,
    },
    toInput: opportunityInput,
    toFilter: opportunityFilter,
  },
  activities: {
    list: 'activities',
    one: 'activity',
    fields: ACTIVITY_FIELDS,
    filterType: 'ActivityFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'createActivity',
      inputType: 'CreateActivityInput',
      keys: ACTIVITY_CREATE_KEYS,
    },
    update: {
      mutation: 'updateActivity',
      inputType: 'UpdateActivityInput',
      keys: ACTIVITY_UPDATE_KEYS,
    },
    toInput: activityInput,
  },
  accountPlans: {
    list: 'accountPlans',
    one: 'accountPlan',
    fields: ACCOUNT_PLAN_FIELDS,
    filterType: 'AccountPlanFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'createAccountPlan',
      inputType: 'CreateAccountPlanInput',
      keys: ACCOUNT_PLAN_CREATE_KEYS,
    },
    update: {
      mutation: 'updateAccountPlan',
      inputType: 'UpdateAccountPlanInput',
      keys: ACCOUNT_PLAN_UPDATE_KEYS,
    },
    toInput: accountPlanInput,
  },
  tasks: {
    list: 'tasks',
    one: 'task',
    fields: TASK_FIELDS,
    filterType: 'TaskFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: { mutation: 'createTask', inputType: 'CreateTaskInput', keys: TASK_CREATE_KEYS },
    update: { mutation: 'updateTask', inputType: 'UpdateTaskInput', keys: TASK_UPDATE_KEYS },
    toInput: taskInput,
    toFilter: (filter) => taskFilter(filter),
  },
  workPlans: {
    list: 'workPlans',
    one: 'workPlan',
    fields: WORK_PLAN_FIELDS,
    filterType: 'WorkPlanFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'createWorkPlan',
      inputType: 'CreateWorkPlanInput',
      keys: WORK_PLAN_CREATE_KEYS,
    },
    update: {
      mutation: 'updateWorkPlan',
      inputType: 'UpdateWorkPlanInput',
      keys: WORK_PLAN_UPDATE_KEYS,
    },
    toInput: workPlanInput,
  },
  // The inbox is a list with verbs; there is no single-feedback query.
  feedbacks: {
    list: 'feedbacks',
    one: '',
    fields: FEEDBACK_FIELDS,
    filterType: 'FeedbackFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'reportFeedback',
      inputType: 'ReportFeedbackInput',
      keys: FEEDBACK_CREATE_KEYS,
    },
    toFilter: mineFilter,
  },
  internalResources: {
    list: 'internalResources',
    one: '',
    fields: INTERNAL_RESOURCE_FIELDS,
    filterType: '',
    orderType: '',
    sortFields: {},
    plain: true,
    create: {
      mutation: 'createInternalResource',
      inputType: 'InternalResourceInput',
      keys: INTERNAL_RESOURCE_KEYS,
    },
    update: {
      mutation: 'updateInternalResource',
      inputType: 'InternalResourceInput',
      keys: INTERNAL_RESOURCE_KEYS,
      whole: true,
    },
    toInput: internalResourceInput,
  },
  resourceRequests: {
    list: 'resourceRequests',
    one: '',
    fields: RESOURCE_REQUEST_FIELDS,
    filterType: 'ResourceRequestFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'requestResource',
      inputType: 'RequestResourceInput',
      keys: RESOURCE_REQUEST_KEYS,
    },
    toInput: resourceRequestInput,
  },
  escalationRules: {
    list: 'escalationRules',
    one: '',
    fields: ESCALATION_RULE_FIELDS,
    filterType: '',
    orderType: '',
    sortFields: {},
    plain: true,
    create: {
      mutation: 'createEscalationRule',
      inputType: 'EscalationRuleInput',
      keys: ESCALATION_RULE_KEYS,
    },
    update: {
      mutation: 'updateEscalationRule',
      inputType: 'EscalationRuleInput',
      keys: ESCALATION_RULE_KEYS,
      whole: true,
    },
    toInput: escalationRuleInput,
  },
  escalations: {
    list: 'escalations',
    one: '',
    fields: ESCALATION_FIELDS,
    filterType: 'EscalationFilterInput',
    orderType: '',
    sortFields: {},
    manyById: true,
    toFilter: mineFilter,
  },
  // A short list read whole; one handover (with its items) by id.
  handovers: {
    list: 'handovers',
    one: 'handover',
    fields: HANDOVER_FIELDS,
    filterType: '',
    orderType: '',
    sortFields: {},
    plain: true,
    create: {
      mutation: 'startHandover',
      inputType: '',
      keys: ['fromUserId', 'toUserId'],
      args: { fromUserId: 'ID!', toUserId: 'ID!' },
    },
  },
  // Payments as booked (read only: they are recorded on the contract page).
  payments: {
    list: 'payments',
    one: '',
    fields: PAYMENT_FIELDS,
    filterType: 'PaymentFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
  },
  // ADMIN's views of access and history.
  auditEvents: {
    list: 'auditEvents',
    one: '',
    fields: AUDIT_EVENT_FIELDS,
    filterType: 'AuditEventFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
  },
  apiTokens: {
    list: 'apiTokens',
    one: '',
    fields: API_TOKEN_FIELDS,
    filterType: '',
    orderType: '',
    sortFields: {},
    plain: true,
    create: {
      mutation: 'createApiToken',
      inputType: 'CreateApiTokenInput',
      keys: ['name', 'expiresAt'],
      // The secret comes back once, next to the token record.
      result: { field: 'apiToken', extra: 'token' },
    },
    toInput: ({ expiresAt, ...rest }) => ({
      ...rest,
      expiresAt: expiresAt ? new Date(expiresAt as string).toISOString() : null,
    }),
  },
  // Collections: the contract with its milestones, evidence and payments; verbs in collections-api.
  contracts: {
    list: 'contracts',
    one: 'contract',
    fields: CONTRACT_FIELDS,
    filterType: 'ContractFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    create: {
      mutation: 'createContract',
      inputType: 'CreateContractInput',
      keys: ['opportunityId', 'kind', 'title', 'amount', 'signedAt', 'terms', 'sites'],
    },
    // The switch is off or on: off means every contract, not only those without arrears.
    toFilter: ({ overdue, ...rest }) => (overdue ? { ...rest, overdue: true } : rest),
    // Empty optional fields mean "use the deal's" (amount, title, kind), not an empty value.
    toInput: contractInput,
  },
  salesTargets: {
    list: 'salesTargets',
    one: '',
    fields: SALES_TARGET_FIELDS,
    filterType: 'SalesTargetFilter',
    orderType: '',
    sortFields: {},
    manyById: true,
    // Setting a target answers with the change: the target, the adjustment and its flag.
    create: {
      mutation: 'setSalesTarget',
      inputType: 'SetSalesTargetInput',
      keys: SALES_TARGET_KEYS,
      result: { field: 'target', extra: 'flagged' },
    },
    toInput: salesTargetInput,
  },
};

type Params = Record<string, unknown>;
type Row = Record<string, unknown>;

/** Empty form values mean "not set"; the search box is `q` in react-admin. */
function cleanFilter(filter: Params = {}): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === '' || value === null || value === undefined) continue;
    out[key === 'q' ? 'search' : key] = value;
  }
  return out;
}

const normalize = (value: unknown) => (value === '' ? null : value);

function pick(data: Row, keys: readonly string[]): Row {
  const out: Row = {};
  for (const key of keys) if (data[key] !== undefined) out[key] = normalize(data[key]);
  return out;
}

/** Nothing in it: null, blank, or an object whose fields are all nothing. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) return false;
  return Object.entries(value)
    .filter(([key]) => key !== '__typename')
    .every(([, item]) => isEmpty(item));
}

/**
 * Only the editable fields that changed, so a concurrent edit of another field survives.
 * A value hidden from the caller (null) and left untouched in the form stays unsent,
 * even when the form filled in an empty shell for it.
 */
function changed(data: Row, previous: Row, keys: readonly string[]): Row {
  const out: Row = {};
  for (const key of keys) {
    if (data[key] === undefined) continue;
    if (isEmpty(data[key]) && isEmpty(previous[key])) continue;
    if (JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(previous[key]))) {
      out[key] = normalize(data[key]);
    }
  }
  return out;
}

/** Apollo tags every object it reads with __typename; input types do not accept it. */
export function withoutTypename(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypename);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .map(([key, item]) => [key, withoutTypename(item)]),
    );
  }
  return value;
}

/** Money comes back as { amount, currency }; a cleared amount clears the whole value. */
function moneyInput(input: Row): Row {
  const potential = input.potential as
    { amount?: string | null; currency?: string } | null | undefined;
  if (potential === undefined) return input;
  if (
    !potential ||
    potential.amount === null ||
    potential.amount === undefined ||
    potential.amount === ''
  ) {
    return { ...input, potential: null };
  }
  return {
    ...input,
    potential: { amount: String(potential.amount), currency: potential.currency || 'CNY' },
  };
}

type Page = { page: number; perPage: number };
const DEFAULT_PAGE: Page = { page: 1, perPage: 25 };

/** A plain list (no arguments) read whole: filtered by ids and paged here. */
function buildPlainQuery(
  resource: ResourceMap,
  fetchType: string,
  params: Params,
): BuildQueryResult | null {
  const query = gql`query Plain { ${resource.list} { ${resource.fields} } }`;
  const rows = (data: Record<string, Row[]>) => data[resource.list] ?? [];
  switch (fetchType) {
    case 'GET_LIST':
    case 'GET_MANY_REFERENCE': {
      const { page, perPage } = (params.pagination as Page | undefined) ?? DEFAULT_PAGE;
      return {
        query,
        variables: {},
        parseResponse: ({ data }: { data: Record<string, Row[]> }) => ({
          data: rows(data).slice((page - 1) * perPage, page * perPage),
          total: rows(data).length,
        }),
      };
    }
    case 'GET_MANY': {
      const ids = new Set((params.ids as string[]).map(String));
      return {
        query,
        variables: {},
        parseResponse: ({ data }: { data: Record<string, Row[]> }) => ({
          data: rows(data).filter((row) => ids.has(String(row.id))),
        }),
      };
    }
    case 'GET_ONE':
      return {
        query,
        variables: {},
        parseResponse: ({ data }: { data: Record<string, Row[]> }) => {
          const record = rows(data).find((row) => String(row.id) === String(params.id));
          if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          return { data: record };
        },
      };
    default:
      return null;
  }
}

/** Many records by id where the filter cannot take ids: one aliased field per id. */
function buildManyByIdQuery(resource: ResourceMap, ids: string[]): BuildQueryResult {
  if (!resource.one) throw new Error(`${resource.list}: records cannot be read by id`);
  const unique = [...new Set(ids.map(String))];
  const declarations = unique.map((_, i) => `$id${i}: ID!`).join(', ');
  const fields = unique
    .map((_, i) => `r${i}: ${resource.one}(id: $id${i}) { ${resource.fields} }`)
    .join('\n');
  if (unique.length === 0) {
    return {
      query: gql`
        query None {
          __typename
        }
      `,
      variables: {},
      parseResponse: () => ({ data: [] }),
    };
  }
  return {
    query: gql`query Many(${declarations}) { ${fields} }`,
    variables: Object.fromEntries(unique.map((id, i) => [`id${i}`, id])),
    parseResponse: ({ data }: { data: Record<string, Row | null> }) => ({
      data: unique.map((_, i) => data[`r${i}`]).filter((row): row is Row => !!row),
    }),
  };
}

export const buildQuery: BuildQuery = (
  fetchType,
  resourceName,
  params: Params,
): BuildQueryResult => {
  const resource = RESOURCES[resourceName];
  if (!resource) throw new Error(`Unknown resource ${resourceName}`);
  // A plain list with a single-record query reads one record through that query.
  if (resource.plain && !(fetchType === 'GET_ONE' && resource.one)) {
    const plain = buildPlainQuery(resource, fetchType, params);
    if (plain) return plain;
  }
  // Lists the API cannot order take no orderBy argument at all.
  const ordered = resource.orderType !== '';
  // Built on demand: plain lists have no connection query to write.
  const listQuery = () => gql`
    query List($filter: ${resource.filterType}, ${ordered ? `$orderBy: [${resource.orderType}!], ` : ''}$first: Int, $offset: Int) {
      ${resource.list}(filter: $filter, ${ordered ? 'orderBy: $orderBy, ' : ''}first: $first, offset: $offset) {
        nodes { ${resource.fields} }
        totalCount
      }
    }`;
  const toInput = (input: Row) =>
    withoutTypename(resource.toInput ? resource.toInput(input) : moneyInput(input)) as Row;
  const toFilter = (filter: Params) => (resource.toFilter ? resource.toFilter(filter) : filter);
  const parseList = ({ data }: { data: Record<string, { nodes: Row[]; totalCount: number }> }) => ({
    data: data[resource.list]!.nodes,
    total: data[resource.list]!.totalCount,
  });

  switch (fetchType) {
    case 'GET_LIST':
    case 'GET_MANY_REFERENCE': {
      const pagination = (params.pagination as Page | undefined) ?? DEFAULT_PAGE;
      const sort = params.sort as { field: string; order: 'ASC' | 'DESC' } | undefined;
      const filter = cleanFilter(params.filter as Params);
      if (fetchType === 'GET_MANY_REFERENCE') filter[params.target as string] = params.id;
      const orderField = sort && resource.sortFields[sort.field];
      return {
        query: listQuery(),
        variables: {
          filter: toFilter(filter),
          orderBy: orderField ? [{ field: orderField, direction: sort.order }] : undefined,
          first: pagination.perPage,
          offset: (pagination.page - 1) * pagination.perPage,
        },
        parseResponse: parseList,
      };
    }
    case 'GET_MANY': {
      const ids = params.ids as string[];
      if (resource.manyById) return buildManyByIdQuery(resource, ids);
      return {
        query: listQuery(),
        variables: { filter: { ids }, first: Math.max(ids.length, 1) },
        parseResponse: ({ data }: { data: Record<string, { nodes: Row[] }> }) => ({
          data: data[resource.list]!.nodes,
        }),
      };
    }
    case 'GET_ONE':
      if (!resource.one) {
        if (resource.manyById) throw new Error(`${resourceName}: records cannot be read by id`);
        // No single-record query: read it through the list.
        return {
          query: listQuery(),
          variables: { filter: { ids: [params.id] }, first: 1 },
          parseResponse: ({ data }: { data: Record<string, { nodes: Row[] }> }) => {
            const record = data[resource.list]!.nodes[0];
            if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
            return { data: record };
          },
        };
      }
      return {
        query: gql`query One($id: ID!) { ${resource.one}(id: $id) { ${resource.fields} } }`,
        variables: { id: params.id },
        parseResponse: ({ data }: { data: Record<string, Row | null> }) => {
          const record = data[resource.one];
          if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          return { data: record };
        },
      };
    case 'CREATE': {
      const create = resource.create;
      if (!create) throw new Error(`${resourceName} cannot be created here`);
      const result = create.result;
      const selection = result
        ? `${result.field} { ${resource.fields} } ${result.extra}`
        : resource.fields;
      if (create.args) {
        const args = Object.entries(create.args);
        const values = pick(params.data as Row, create.keys);
        return {
          query: gql`mutation Create(${args.map(([name, type]) => `$${name}: ${type}`).join(', ')}) {
            ${create.mutation}(${args.map(([name]) => `${name}: $${name}`).join(', ')}) { ${selection} }
          }`,
          variables: Object.fromEntries(args.map(([name]) => [name, values[name] ?? null])),
          parseResponse: ({ data }: { data: Record<string, Row> }) => ({
            data: data[create.mutation]!,
          }),
        };
      }
      return {
        query: gql`mutation Create($input: ${create.inputType}!) {
          ${create.mutation}(input: $input) { ${selection} }
        }`,
        variables: { input: toInput(pick(params.data as Row, create.keys)) },
        parseResponse: ({ data }: { data: Record<string, Row> }) => {
          const payload = data[create.mutation]!;
          if (!result) return { data: payload };
          // The payload's other fields (e.g. a flag) ride along on the record.
          const { [result.field]: record, ...extra } = payload;
          return { data: { ...(record as Row), ...extra } };
        },
      };
    }
    case 'UPDATE': {
      const update = resource.update;
      if (!update) throw new Error(`${resourceName} cannot be edited here`);
      const previous = (params.previousData as Row) ?? {};
      const data = params.data as Row;
      return {
        query: gql`mutation Update($id: ID!, $input: ${update.inputType}!, $version: Int!) {
          ${update.mutation}(id: $id, input: $input, version: $version) { ${resource.fields} }
        }`,
        variables: {
          id: params.id,
          input: toInput(
            update.whole ? pick(data, update.keys) : changed(data, previous, update.keys),
          ),
          version: previous.version ?? data.version,
        },
        parseResponse: ({ data }: { data: Record<string, Row> }) => ({
          data: data[update.mutation],
        }),
      };
    }
    default:
      throw new Error(`${resourceName}: ${fetchType} is not supported`);
  }
};

interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** Apollo's error from a direct client call, or ra-data-graphql's HttpError around one. */
function graphqlErrorsOf(error: unknown): GraphqlErrorLike[] | undefined {
  if (error instanceof HttpError) {
    return (error.body as { graphQLErrors?: GraphqlErrorLike[] } | undefined)?.graphQLErrors;
  }
  const errors = (error as { graphQLErrors?: GraphqlErrorLike[] } | null)?.graphQLErrors;
  return Array.isArray(errors) ? errors : undefined;
}

/**
 * ra-data-graphql wraps Apollo errors in an HttpError, direct client calls throw Apollo's
 * own: surface the API's code and extensions (field, missing BANT items, unmet stage
 * criteria), and for bad input the field, in the shape react-admin forms read
 * ({ errors: { field: message } }).
 */
export function toHttpError(error: unknown): unknown {
  const first = graphqlErrorsOf(error)?.[0];
  if (!first) return error;
  const { code, field, ...extensions } = first.extensions ?? {};
  const status =
    code === 'UNAUTHENTICATED'
      ? 401
      : code === 'FORBIDDEN'
        ? 403
        : code === 'NOT_FOUND'
          ? 404
          : code === 'CONFLICT'
            ? 409
            : 400;
  const message = field ? first.message.replace(new RegExp(`^${field}: `), '') : first.message;
  // Only bad input belongs on a form field; a conflict is shown as a message of its own.
  const formErrors = code === 'BAD_USER_INPUT' && field ? { errors: { [field]: message } } : {};
  return new HttpError(first.message, status, { ...extensions, code, field, ...formErrors });
}

const ORG_CHART = gql`
  query OrgChart($accountId: ID!) {
    orgChart(accountId: $accountId) {
      account {
        id
        name
      }
      units {
        id
        name
        kind
        parentId
      }
      contacts {
        id
        name
        title
        level
        orgUnitId
        reportsToId
        influence
        stance
        coachLevel
        risingStar
        status
        buyingRoles
        relationshipOwner {
          id
          name
        }
      }
      influences {
        id
        fromContactId
        toContactId
        strength
        note
      }
    }
    relationshipCoverage(accountId: $accountId) {
      unitsTotal
      unitsCovered
      unitCoverage
      decisionContactsTotal
      decisionContactsCovered
      decisionCoverage
      uncoveredUnits {
        id
        name
      }
      risingStarsWithoutOwner {
        id
        name
        title
      }
      highInfluenceOpponents {
        id
        name
        title
        stance
        influence
      }
    }
  }
`;

export interface ChartContact {
  id: string;
  name: string;
  title: string | null;
  level: string;
  orgUnitId: string | null;
  reportsToId: string | null;
  influence: number;
  stance: string;
  coachLevel: string | null;
  risingStar: boolean;
  status: string;
  buyingRoles: string[];
  relationshipOwner: { id: string; name: string } | null;
}

export interface OrgChartResult {
  orgChart: {
    account: { id: string; name: string };
    units: { id: string; name: string; kind: string; parentId: string | null }[];
    contacts: ChartContact[];
    influences: {
      id: string;
      fromContactId: string;
      toContactId: string;
      strength: number;
      note: string | null;
    }[];
  } | null;
  relationshipCoverage: {
    unitsTotal: number;
    unitsCovered: number;
    unitCoverage: number;
    decisionContactsTotal: number;
    decisionContactsCovered: number;
    decisionCoverage: number;
    uncoveredUnits: { id: string; name: string }[];
    risingStarsWithoutOwner: { id: string; name: string; title: string | null }[];
    highInfluenceOpponents: {
      id: string;
      name: string;
      title: string | null;
      stance: string;
      influence: number;
    }[];
  } | null;
}

const MARK_LEFT = gql`
  mutation MarkContactLeft($id: ID!, $version: Int!) {
    markContactLeft(id: $id, version: $version) {
      id
      status
      leftAt
      version
    }
  }
`;

const MOVE_RUN_STEP = gql`
  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {
    moveRunStep(id: $id, input: $input, version: $version) {
      id
      status
      version
    }
  }
`;

export interface MoveRunStepInput {
  status: string;
  reason?: string;
  blockerContactId?: string | null;
  note?: string;
}

/** The data provider plus the console's domain actions and non-CRUD reads. */
export type TridentDataProvider = DataProvider &
  Api &
  PipelineMethods &
  ExecutionMethods &
  CollectionsMethods & {
    orgChart(accountId: string): Promise<OrgChartResult>;
    markContactLeft(
      id: string,
      version: number,
    ): Promise<{ id: string; status: string; version: number }>;
    moveRunStep(
      id: string,
      input: MoveRunStepInput,
      version: number,
    ): Promise<{ id: string; status: string }>;
  };

export function createDataProvider(client = createGraphqlClient()): TridentDataProvider {
  const base = buildGraphQLProvider({ client, introspection: false, buildQuery: () => buildQuery });
  const provider = Object.assign(base, {
    orgChart: async (accountId: string) => {
      const { data } = await client.query<OrgChartResult>({
        query: ORG_CHART,
        variables: { accountId },
      });
      return data;
    },
    markContactLeft: async (id: string, version: number) => {
      const { data } = await client.mutate<{
        markContactLeft: { id: string; status: string; version: number };
      }>({ mutation: MARK_LEFT, variables: { id, version } });
      return data!.markContactLeft;
    },
    moveRunStep: async (id: string, input: MoveRunStepInput, version: number) => {
      const { data } = await client.mutate<{ moveRunStep: { id: string; status: string } }>({
        mutation: MOVE_RUN_STEP,
        variables: { id, input, version },
      });
      return data!.moveRunStep;
    },
    ...apiMethods(client),
    ...pipelineMethods(client),
    ...executionMethods(client),
    ...collectionsMethods(client),
  });
  return new Proxy(provider, {
    get(target, key: string) {
      const value = target[key as keyof typeof target];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>)
          .apply(target, args)
          .catch((error: unknown) => {
            throw toHttpError(error);
          });
    },
  }) as TridentDataProvider;
}
