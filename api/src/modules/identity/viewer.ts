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
}

export const hasRole = (viewer: Viewer, ...roles: Role[]) =>
  viewer.roles.some((role) => roles.includes(role));
