import type { ApiTokenFieldsFragment } from '../../gql/graphql';

export type TokenStatus = 'active' | 'expired' | 'revoked';

/** A token works until it is revoked or its expiry passes; the desk counts the working ones. */
export function tokenStatus(
  token: Pick<ApiTokenFieldsFragment, 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return token.expiresAt !== null && new Date(token.expiresAt) < now ? 'expired' : 'active';
}
