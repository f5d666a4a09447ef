import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { tokenStatus } from './token-status';

export const API_TOKEN_FIELDS = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    createdById
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    createdBy {
      id
      name
    }
  }
`);

export const apiTokensData: ResourceData = {
  fragment: API_TOKEN_FIELDS,
  matches: (row, { status }) =>
    !status || tokenStatus(row as Parameters<typeof tokenStatus>[0]) === status,
  // The secret comes back once, next to the token record (CreatedApiToken.token).
  toInput: ({ expiresAt, ...rest }) => ({
    ...rest,
    expiresAt: expiresAt ? new Date(expiresAt as string).toISOString() : null,
  }),
};

/** Revoking is immediate: the BI tool's next request is refused. */
export const REVOKE_API_TOKEN = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
