import { graphql } from '../gql';

/** The top bar's search: a few of each kind, in the caller's scope, in one request. */
export const SEARCH = graphql(`
  query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      kind
      id
      name
      detail
      accountId
      accountName
    }
  }
`);
