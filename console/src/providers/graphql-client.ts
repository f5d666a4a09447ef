import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, Observable } from '@apollo/client';

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

export function createGraphqlClient(uri = GRAPHQL_URL) {
  return new ApolloClient({
    link: ApolloLink.from([authLink, errorBodyLink, new HttpLink({ uri })]),
    // react-admin keeps its own cache; Apollo's would only serve stale lists.
    cache: new InMemoryCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
    },
  });
}

export interface GraphqlErrorShape {
  message: string;
  extensions?: { code?: string; field?: string } & Record<string, unknown>;
}

/** POSTs one operation; returns data or throws the first GraphQL error (with its code). */
export async function postGraphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = getToken(),
): Promise<T> {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: GraphqlErrorShape[];
  };
  if (body.errors?.length) throw new GraphqlRequestError(body.errors[0]!, response.status);
  if (!response.ok || !body.data)
    throw new GraphqlRequestError({ message: response.statusText }, response.status);
  return body.data;
}

export class GraphqlRequestError extends Error {
  readonly code?: string;
  readonly field?: string;
  constructor(
    error: GraphqlErrorShape,
    readonly status: number,
  ) {
    super(error.message);
    this.code = error.extensions?.code;
    this.field = error.extensions?.field;
  }
}
