import { gql } from '@apollo/client';
import buildGraphQLProvider, { type BuildQuery, type BuildQueryResult } from 'ra-data-graphql';
import { HttpError, type DataProvider } from 'react-admin';
import { ACCOUNT_FIELDS, ACCOUNT_INPUT_KEYS } from '../resources/accounts/account.fields';
import { USER_CREATE_KEYS, USER_FIELDS, USER_UPDATE_KEYS } from '../resources/users/user.fields';
import { createGraphqlClient } from './graphql-client';

/** How one react-admin resource maps onto Trident's connection convention. */
interface ResourceMap {
  list: string;
  one: string;
  fields: string;
  filterType: string;
  orderType: string;
  /** react-admin sort field → the API's order field enum. */
  sortFields: Record<string, string>;
  create: { mutation: string; inputType: string; keys: readonly string[] };
  update: { mutation: string; inputType: string; keys: readonly string[] };
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

/** Only the editable fields that changed, so a concurrent edit of another field survives. */
function changed(data: Row, previous: Row, keys: readonly string[]): Row {
  const out: Row = {};
  for (const key of keys) {
    if (data[key] === undefined) continue;
    if (JSON.stringify(normalize(data[key])) !== JSON.stringify(normalize(previous[key]))) {
      out[key] = normalize(data[key]);
    }
  }
  return out;
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

export const buildQuery: BuildQuery = (
  fetchType,
  resourceName,
  params: Params,
): BuildQueryResult => {
  const resource = RESOURCES[resourceName];
  if (!resource) throw new Error(`Unknown resource ${resourceName}`);
  const listQuery = gql`
    query List($filter: ${resource.filterType}, $orderBy: [${resource.orderType}!], $first: Int, $offset: Int) {
      ${resource.list}(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
        nodes { ${resource.fields} }
        totalCount
      }
    }`;
  const parseList = ({ data }: { data: Record<string, { nodes: Row[]; totalCount: number }> }) => ({
    data: data[resource.list]!.nodes,
    total: data[resource.list]!.totalCount,
  });

  switch (fetchType) {
    case 'GET_LIST':
    case 'GET_MANY_REFERENCE': {
      const pagination = (params.pagination as { page: number; perPage: number }) ?? {
        page: 1,
        perPage: 25,
      };
      const sort = params.sort as { field: string; order: 'ASC' | 'DESC' } | undefined;
      const filter = cleanFilter(params.filter as Params);
      if (fetchType === 'GET_MANY_REFERENCE') filter[params.target as string] = params.id;
      const orderField = sort && resource.sortFields[sort.field];
      return {
        query: listQuery,
        variables: {
          filter,
          orderBy: orderField ? [{ field: orderField, direction: sort.order }] : undefined,
          first: pagination.perPage,
          offset: (pagination.page - 1) * pagination.perPage,
        },
        parseResponse: parseList,
      };
    }
    case 'GET_MANY': {
      const ids = params.ids as string[];
      return {
        query: listQuery,
        variables: { filter: { ids }, first: Math.max(ids.length, 1) },
        parseResponse: ({ data }: { data: Record<string, { nodes: Row[] }> }) => ({
          data: data[resource.list]!.nodes,
        }),
      };
    }
    case 'GET_ONE':
      return {
        query: gql`query One($id: ID!) { ${resource.one}(id: $id) { ${resource.fields} } }`,
        variables: { id: params.id },
        parseResponse: ({ data }: { data: Record<string, Row | null> }) => {
          const record = data[resource.one];
          if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
          return { data: record };
        },
      };
    case 'CREATE':
      return {
        query: gql`mutation Create($input: ${resource.create.inputType}!) {
          ${resource.create.mutation}(input: $input) { ${resource.fields} }
        }`,
        variables: { input: moneyInput(pick(params.data as Row, resource.create.keys)) },
        parseResponse: ({ data }: { data: Record<string, Row> }) => ({
          data: data[resource.create.mutation],
        }),
      };
    case 'UPDATE': {
      const previous = (params.previousData as Row) ?? {};
      return {
        query: gql`mutation Update($id: ID!, $input: ${resource.update.inputType}!, $version: Int!) {
          ${resource.update.mutation}(id: $id, input: $input, version: $version) { ${resource.fields} }
        }`,
        variables: {
          id: params.id,
          input: moneyInput(changed(params.data as Row, previous, resource.update.keys)),
          version: previous.version ?? (params.data as Row).version,
        },
        parseResponse: ({ data }: { data: Record<string, Row> }) => ({
          data: data[resource.update.mutation],
        }),
      };
    }
    default:
      throw new Error(`${resourceName}: ${fetchType} is not supported`);
  }
};

interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: string; field?: string };
}

/**
 * ra-data-graphql wraps Apollo errors in an HttpError; surface the API's code, and for bad
 * input the field, in the shape react-admin forms read ({ errors: { field: message } }).
 */
export function toHttpError(error: unknown): unknown {
  if (!(error instanceof HttpError)) return error;
  const graphQLErrors = (error.body as { graphQLErrors?: GraphqlErrorLike[] } | undefined)
    ?.graphQLErrors;
  const first = graphQLErrors?.[0];
  if (!first) return error;
  const code = first.extensions?.code;
  const field = first.extensions?.field;
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
  return new HttpError(first.message, status, { code, field, ...formErrors });
}

export function createDataProvider(client = createGraphqlClient()): DataProvider {
  const provider = buildGraphQLProvider({
    client,
    introspection: false,
    buildQuery: () => buildQuery,
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
  }) as DataProvider;
}
