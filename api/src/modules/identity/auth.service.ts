import { createHash } from 'node:crypto';
import { canRun, type Role } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { AppError, refusal, unauthenticated } from '../../common/app-error';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { AccountScope } from '../accounts/account-scope';
import { ApiToken } from './api-token.entity';
import type { CredentialCache, CredentialRead } from './credential-cache';
import type { TokenRateLimit } from './token-rate-limit';
import type { JwtCodec } from './jwt';
import { LoginThrottleService } from './login-throttle';
import { timingDummyHash, verifyPassword } from './password';
import { User } from './user.entity';
import { readsAsBi, type Viewer } from './viewer';

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
    // Counted before the hash is checked, in one statement: a burst of parallel guesses
    // gets no more checks through than the limit.
    const attempt = await this.throttle.countAttempt(email, ip);
    const user = await this.db.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    const ok = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
    if (!user || !ok) throw refusal('UNAUTHENTICATED', 'WRONG_CREDENTIALS');
    await this.throttle.recordSuccess(attempt);
    if (user.status !== 'ACTIVE') throw refusal('UNAUTHENTICATED', 'USER_DEPARTED');
    return { token: await this.jwt.sign(user.id, user.credentialVersion), user };
  }

  /**
   * Resolves an `Authorization: Bearer …` value to a viewer. The user (or token) row is
   * re-read when the credential cache has nothing fresher than a few seconds, and the
   * cache forgets everything the moment a user or token changes (CredentialCache). A JWT
   * signed before the user's last change of password, roles or status is refused.
   */
  async authenticate(bearer: string): Promise<Viewer> {
    if (bearer.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(bearer);
    const token = await this.jwt.verify(bearer);
    const key = `user:${token.userId}`;
    const entry = await this.credentials.load(key, () => this.readUser(token.userId, key));
    if (entry.credentialVersion !== token.credentialVersion) {
      throw new AppError(
        'UNAUTHENTICATED',
        'Your session has ended (password, roles or status changed): sign in again',
        { reason: 'SESSION_ENDED' },
      );
    }
    if (token.sessionId && entry.endedSessions?.has(token.sessionId))
      throw refusal('UNAUTHENTICATED', 'SIGNED_OUT');
    // A BI reader signed in with a password is limited as its tokens are, keyed by the user
    // (ids are random uuids, so a user's and a token's never meet in the count).
    if (readsAsBi(entry.viewer)) await this.tokenRate.take(entry.viewer.userId);
    return {
      ...entry.viewer,
      expiresAt: token.expiresAt,
      ...(token.sessionId ? { sessionId: token.sessionId } : {}),
    };
  }

  private async readUser(userId: string, key: string): Promise<CredentialRead> {
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user || user.status !== 'ACTIVE') throw unauthenticated('This user can no longer sign in');
    // Read after the user, as the cache entry is: a sign-out's NOTIFY clears what came before.
    const ended: { session_id: string }[] = await this.db.query(
      'SELECT session_id FROM ended_session WHERE user_id = $1 AND ends_at > now()',
      [user.id],
    );
    const viewer: Viewer = { kind: 'USER', userId: user.id, roles: user.roles, credential: key };
    return {
      viewer,
      expiresAt: null,
      credentialVersion: user.credentialVersion,
      endedSessions: new Set(ended.map((row) => row.session_id)),
    };
  }

  /**
   * Ends the caller's session: its token is refused from now on by every API process (the
   * insert NOTIFYs their credential caches), while the user's other sessions go on. Kept until
   * the token would have expired. False when there is no session to end (no token, an API
   * token, or a token from before sessions had ids, which only its expiry ends).
   */
  async signOut(caller: Caller): Promise<boolean> {
    const viewer = caller.viewer;
    if (viewer.kind !== 'USER' || !viewer.sessionId || !viewer.expiresAt) return false;
    const sessionId = viewer.sessionId;
    return runMutation(caller, async ({ manager, audit }) => {
      // Two sign-outs of one session at once: the second waits on the key, then ends nothing.
      const ended: unknown[] = await manager.query(
        `INSERT INTO ended_session (session_id, user_id, ends_at)
         VALUES ($1, $2, to_timestamp($3::double precision / 1000))
         ON CONFLICT (session_id) DO NOTHING RETURNING session_id`,
        [sessionId, viewer.userId, viewer.expiresAt],
      );
      if (!ended.length) return false;
      // What no token can use any more is of no use here either.
      await manager.query('DELETE FROM ended_session WHERE user_id = $1 AND ends_at <= now()', [
        viewer.userId,
      ]);
      await audit({ action: 'user.sign_out', entity: 'User', entityId: viewer.userId });
      return true;
    });
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
    await this.tokenRate.take(entry.viewer.tokenId!);
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

  /**
   * A token acts for its creator: it works while the creator is active and may still
   * issue tokens, so demoting or marking the creator departed ends it at once (the
   * user-change NOTIFY clears the cache). It reads as BI whatever its creator may do.
   */
  private async readApiToken(tokenHash: string, key: string) {
    const [found] = (await this.db.query(
      `SELECT t.id, t.created_by_id, t.expires_at, u.status, u.roles
         FROM api_token t JOIN "user" u ON u.id = t.created_by_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [tokenHash],
    )) as {
      id: string;
      created_by_id: string;
      expires_at: Date | null;
      status: string;
      roles: Role[];
    }[];
    if (!found || (found.expires_at && found.expires_at <= new Date())) {
      throw unauthenticated('Invalid or revoked API token');
    }
    if (found.status !== 'ACTIVE' || !canRun(found.roles, 'Mutation.createApiToken')) {
      throw new AppError(
        'UNAUTHENTICATED',
        "This API token's creator may no longer issue tokens: ask an admin for a new one",
        { reason: 'CREATOR_REVOKED' },
      );
    }
    const viewer: Viewer = {
      kind: 'TOKEN',
      userId: found.created_by_id,
      roles: ['BI'],
      tokenId: found.id,
      credential: key,
      expiresAt: found.expires_at?.getTime(),
    };
    return this.credentials.set(key, viewer, found.expires_at?.getTime() ?? null, null);
  }
}

/** `lastUsedAt` is written at most once a minute per token, not on every BI page. */
const TOKEN_TOUCH_MS = 60_000;
