import type { Role } from '@trident/domain';

/** Who is calling: a signed-in user, or a BI client holding an API token. */
export interface Viewer {
  kind: 'USER' | 'TOKEN';
  userId: string;
  roles: readonly Role[];
  tokenId?: string;
  /** The credential cache entry this viewer was read from (CredentialCache). */
  credential?: string;
  /** When the credential stops working by itself (ms since the epoch), if it does. */
  expiresAt?: number;
  /** A signed-in user's session (the token's id), which `signOut` ends. */
  sessionId?: string;
}

export const hasRole = (viewer: Viewer, ...roles: Role[]) =>
  viewer.roles.some((role) => roles.includes(role));

/**
 * Whether the caller is a BI reader: an API token, or a person whose every role is BI
 * (DESIGN.md §1: read-only, rate-limited, data not documents). What is promised to BI holds
 * for both ways in, so it is decided by this, never by the kind of credential alone.
 */
export const readsAsBi = (viewer: Viewer) =>
  viewer.kind === 'TOKEN' ||
  (viewer.roles.length > 0 && viewer.roles.every((role) => role === 'BI'));
