import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export const TOKEN_KEY = 'trident.token';
export const USER_KEY = 'trident.user';
export const GRAPHQL_URL = '/graphql';

export const getToken = () => sessionStorage.getItem(TOKEN_KEY);

/** Adds the session's bearer token to every request. */
const authLink = new ApolloLink((operation, forward) => {
  const token = getToken();
  if (token) {
    operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
      headers: { ...headers, authorization: `Bearer ${token}` },
    }));
  }
  return forward(operation);
});

/**
 * The API answers malformed variables with HTTP 400 and a GraphQL `errors` body; hand
 * those on as GraphQL errors so their code and field reach the forms.
 */
const errorBodyLink = new ApolloLink(
  (operation, forward) =>
    new Observable((observer) => {
      const subscription = forward(operation).subscribe({
        next: (value) => observer.next(value),
        complete: () => observer.complete(),
        error: (error: { result?: { errors?: unknown[] } }) => {
          if (Array.isArray(error?.result?.errors)) {
            observer.next({ errors: error.result.errors } as never);
            observer.complete();
          } else {
            observer.error(error);
          }
        },
      });
      return () => subscription.unsubscribe();
    }),
);

const inlined = new WeakMap<DocumentNode, DocumentNode>();

/**
 * The document with every fragment spread replaced by the fragment's fields. The API's depth
 * limit counts a spread as a level of its own, so a record fragment holding another one
 * (a contract's milestones and their evidence) would be refused; the fields are the same.
 * Trident's fragments are on the type of the field they are spread in (no interfaces or
 * unions), so their fields can stand in the selection directly.
 */
export function inlineFragments(document: DocumentNode): DocumentNode {
  const known = inlined.get(document);
  if (known) return known;
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const inline = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: set.selections.flatMap((selection): SelectionNode[] => {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        return fragment ? [...inline(fragment.selectionSet).selections] : [selection];
      }
      return selection.selectionSet
        ? [{ ...selection, selectionSet: inline(selection.selectionSet) }]
        : [selection];
    }),
  });
  const result: DocumentNode = fragments.size
    ? {
        ...document,
        definitions: document.definitions
          .filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION)
          .map((d) =>
            d.kind === Kind.OPERATION_DEFINITION
              ? { ...d, selectionSet: inline(d.selectionSet) }
              : d,
          ),
      }
    : document;
  inlined.set(document, result);
  return result;
}

const inlineFragmentsLink = new ApolloLink((operation, forward) => {
  operation.query = inlineFragments(operation.query);
  return forward(operation);
});

export function createGraphqlClient(uri = GRAPHQL_URL, fetchImpl?: typeof fetch) {
  return new ApolloClient({
    link: ApolloLink.from([
      authLink,
      errorBodyLink,
      inlineFragmentsLink,
      new HttpLink({ uri, fetch: fetchImpl }),
    ]),
    // react-admin keeps its own cache; Apollo's would only serve stale lists.
    cache: new InMemoryCache(),
    // A refetch after a write must be a new request: Apollo would otherwise hand it the answer
    // of an identical read still in flight, sent before the write, and the page would show the
    // record as it was (react-query already shares identical reads that are not refetches).
    queryDeduplication: false,
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}

/** The console's one Apollo client: the data provider and sign-in both use it. */
export const graphqlClient = createGraphqlClient();
