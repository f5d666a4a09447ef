import { createHash } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { unauthenticated } from '../../common/app-error';
import type { AccountScope } from '../accounts/account-scope';
import { ApiToken } from './api-token.entity';
import type { CredentialCache } from './credential-cache';
import type { TokenRateLimit } from './token-rate-limit';
import type { JwtCodec } from './jwt';
import { LoginThrottleService } from './login-throttle';
import { timingDummyHash, verifyPassword } from './password';
import { User } from './user.entity';
import type { Viewer } from './viewer';

export const API_TOKEN_PREFIX = 'trd_';
export const hashApiToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtCodec,
    readonly credentials: CredentialCache,
    private readonly tokenRate: TokenRateLimit,
    private readonly throttle: LoginThrottleService = new LoginThrottleService(db),
  ) {}

  /**
   * The same answer for an unknown email and a wrong password: no account probing. Failed
   * attempts are counted per account and per client address (LoginThrottleService).
   */
  async login(
    email: string,
    password: string,
    ip: string | null = null,
  ): Promise<{ token: string; user: User }> {
    await this.throttle.assertAllowed(email, ip);
    const user = await this.db.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw unauthenticated('Wrong email or password');
    }
    await this.throttle.recordSuccess(email);
    if (user.status !== 'ACTIVE')
      throw unauthenticated('This user has left and can no longer sign in');
    return { token: await this.jwt.sign(user.id), user };
  }

  /**
   * Resolves an `Authorization: Bearer …` value to a viewer. The user (or token) row is
   * re-read when the credential cache has nothing fresher than a few seconds, and the
   * cache forgets everything the moment a user or token changes (CredentialCache).
   */
  async authenticate(bearer: string): Promise<Viewer> {
    if (bearer.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(bearer);
    const userId = await this.jwt.verify(bearer);
    const key = `user:${userId}`;
    const cached = this.credentials.get(key);
    if (cached) return cached.viewer;
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user || user.status !== 'ACTIVE') throw unauthenticated('This user can no longer sign in');
    const viewer: Viewer = { kind: 'USER', userId: user.id, roles: user.roles, credential: key };
    this.credentials.set(key, viewer, null);
    return viewer;
  }

  /** The viewer's account scope, resolved once per cached credential. */
  scopeOf(viewer: Viewer, resolve: () => Promise<AccountScope>): Promise<AccountScope> {
    return viewer.credential
      ? this.credentials.scope(viewer, viewer.credential, resolve)
      : resolve();
  }

  private async authenticateApiToken(token: string): Promise<Viewer> {
    const tokenHash = hashApiToken(token);
    const key = `token:${tokenHash}`;
    const entry = this.credentials.get(key) ?? (await this.readApiToken(tokenHash, key));
    this.tokenRate.take(entry.viewer.tokenId!);
    const now = Date.now();
    if (!entry.touchedAt || now - entry.touchedAt > TOKEN_TOUCH_MS) {
      entry.touchedAt = now;
      // Best effort, outside any transaction: usage tracking must not slow or fail a read.
      void this.db
        .getRepository(ApiToken)
        .update({ id: entry.viewer.tokenId }, { lastUsedAt: new Date(now) })
        .catch(() => undefined);
    }
    return entry.viewer;
  }

  private async readApiToken(tokenHash: string, key: string) {
    const found = await this.db
      .getRepository(ApiToken)
      .findOneBy({ tokenHash, revokedAt: IsNull() });
    if (!found || (found.expiresAt && found.expiresAt <= new Date())) {
      throw unauthenticated('Invalid or revoked API token');
    }
    // A token is a BI client: read-only, whatever its creator may do.
    const viewer: Viewer = {
      kind: 'TOKEN',
      userId: found.createdById,
      roles: ['BI'],
      tokenId: found.id,
      credential: key,
    };
    return this.credentials.set(key, viewer, found.expiresAt?.getTime() ?? null);
  }
}

/** `lastUsedAt` is written at most once a minute per token, not on every BI page. */
const TOKEN_TOUCH_MS = 60_000;
