import type { ApolloClient, NormalizedCacheObject } from '@apollo/client';
import { OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { HttpError, type DataProvider } from 'react-admin';
import {
  createAdapter,
  type FetchType,
  type Operation,
  type ResourceData,
  type Row,
} from './adapter';
import { apiMethods, type Api } from './api';
import { graphqlClient } from './graphql-client';
import { i18nProvider } from '../i18n/i18n-provider';
import { describeRefusal } from '../i18n/refusals';

export type { ResourceData } from './adapter';

interface GraphqlErrorLike {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

function graphqlErrorsOf(error: unknown): GraphqlErrorLike[] | undefined {
  const errors = (error as { graphQLErrors?: GraphqlErrorLike[] } | null)?.graphQLErrors;
  return Array.isArray(errors) ? errors : undefined;
}

/**
 * Apollo's error as react-admin's HttpError: the API's code and extensions (field, reason,
 * missing BANT items, unmet stage criteria) in its body, the words in the user's language
 * (never the API's English), and for bad input the field in the shape react-admin forms
 * read ({ errors: { field: message } }). With the resource known, a banner names the field.
 */
export function toHttpError(error: unknown, resource?: string): unknown {
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
  const translate = i18nProvider.translate;
  const locale = i18nProvider.getLocale();
  const separator = locale === 'zh' ? '、' : ', ';
  const words = describeRefusal(first, translate, separator, locale);
  const label =
    field && resource
      ? translate(`resources.${resource}.fields.${field}`, { _: '' }) ||
        translate(`resources.${resource}.fields.${field.split('.').pop()}`, { _: '' })
      : '';
  // Bad input belongs on its field, and so does a conflict over a value (an email or a name
  // already taken, a person already on the team): the user fixes it there. A refusal on `id`
  // or `version` is about the record itself (a task closed to edits, a stale copy), which no
  // input shows: as a form error it would read only "the form is not valid", so it stays the
  // message.
  const formErrors =
    (code === 'BAD_USER_INPUT' || code === 'CONFLICT') &&
    field &&
    field !== 'id' &&
    field !== 'version'
      ? { errors: { [field]: words } }
      : {};
  return new HttpError(
    label ? `${label}${separator === '、' ? '：' : ': '}${words}` : words,
    status,
    {
      ...extensions,
      code,
      field,
      apiMessage: first.message,
      words,
      ...formErrors,
    },
  );
}

/** react-admin's CRUD calls plus typed documents for everything else. */
export type TridentDataProvider = DataProvider & Api;

/**
 * react-admin's data provider over the console's one Apollo client: CRUD through the
 * schema-driven adapter, typed documents through `query`/`mutate` (see api.ts), and every
 * failure as an HttpError carrying the API's code.
 */
export function createDataProvider(
  resources: Readonly<Record<string, ResourceData>>,
  client: ApolloClient<NormalizedCacheObject> = graphqlClient,
): TridentDataProvider {
  const { buildOperation } = createAdapter(resources);
  const run = async (fetchType: FetchType, resource: string, params: unknown) => {
    const { document, variables, parse }: Operation = buildOperation(
      fetchType,
      resource,
      params as Row,
    );
    const definition = document.definitions[0] as OperationDefinitionNode;
    const data =
      definition.operation === OperationTypeNode.MUTATION
        ? (await client.mutate<Row>({ mutation: document, variables })).data
        : (await client.query<Row>({ query: document, variables })).data;
    return parse(data ?? {});
  };
  const unsupported = (what: string) => () =>
    Promise.reject(new HttpError(`${what} is not supported`, 405));
  const crud = {
    getList: (resource: string, params: unknown) => run('GET_LIST', resource, params),
    getManyReference: (resource: string, params: unknown) =>
      run('GET_MANY_REFERENCE', resource, params),
    getMany: (resource: string, params: unknown) => run('GET_MANY', resource, params),
    getOne: (resource: string, params: unknown) => run('GET_ONE', resource, params),
    create: (resource: string, params: unknown) => run('CREATE', resource, params),
    update: (resource: string, params: unknown) => run('UPDATE', resource, params),
    updateMany: unsupported('updateMany'),
    delete: unsupported('delete'),
    deleteMany: unsupported('deleteMany'),
  } as unknown as DataProvider;
  const provider = {
    ...crud,
    ...apiMethods(client),
  };
  return new Proxy(provider, {
    get(target, key: string) {
      const value = target[key as keyof typeof target];
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>)
          .apply(target, args)
          .catch((error: unknown) => {
            // CRUD calls name their resource first; typed documents do not.
            throw toHttpError(error, typeof args[0] === 'string' ? args[0] : undefined);
          });
    },
  }) as TridentDataProvider;
}
