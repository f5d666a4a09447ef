import type { ApolloClient, NormalizedCacheObject, TypedDocumentNode } from '@apollo/client';
import { HttpError, useDataProvider } from 'react-admin';
import type { TridentDataProvider } from './data-provider';

/** An operation's variables may be left out when none of them is required. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * Typed documents (from src/gql) sent through the console's one Apollo client. Components
 * reach it through `useApi()`, so errors arrive as react-admin's HttpError and an ended
 * session signs out, as with every other data provider call.
 */
export interface Api {
  query<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>): Promise<R>;
  mutate<R, V>(document: TypedDocumentNode<R, V>, ...variables: VariablesArg<V>): Promise<R>;
}

export function apiMethods(client: ApolloClient<NormalizedCacheObject>): Api {
  return {
    query: async (document, ...[variables]) =>
      (await client.query({ query: document, variables: variables ?? undefined })).data,
    mutate: async (document, ...[variables]) => {
      const { data } = await client.mutate({
        mutation: document,
        variables: variables ?? undefined,
      });
      // errorPolicy 'none': a mutation without errors always answers data.
      return data!;
    },
  };
}

/** The data provider's typed calls, for everything that is not a react-admin resource. */
export const useApi = (): Api => useDataProvider<TridentDataProvider>();

/**
 * An answer with a GraphQL error (FORBIDDEN, BAD_USER_INPUT…) will not change on a retry:
 * show it at once; only network failures are tried again, twice.
 */
export const retryNetworkErrors = (failures: number, error: unknown) =>
  !(error instanceof HttpError && (error.body as { code?: string } | undefined)?.code) &&
  failures < 2;
