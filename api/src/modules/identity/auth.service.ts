import { createHash } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import { unauthenticated } from '../../common/app-error';
import { ApiToken } from './api-token.entity';
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
   * Resolves an `Authorization: Bearer …` value to a viewer. The user is read on every
   * request, so a departed user or a role change takes effect at once.
   */
  async authenticate(bearer: string): Promise<Viewer> {
    if (bearer.startsWith(API_TOKEN_PREFIX)) return this.authenticateApiToken(bearer);
    const userId = await this.jwt.verify(bearer);
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user || user.status !== 'ACTIVE') throw unauthenticated('This user can no longer sign in');
    return { kind: 'USER', userId: user.id, roles: user.roles };
  }

  private async authenticateApiToken(token: string): Promise<Viewer> {
    const repository = this.db.getRepository(ApiToken);
    const found = await repository.findOneBy({
      tokenHash: hashApiToken(token),
      revokedAt: IsNull(),
    });
    if (!found || (found.expiresAt && found.expiresAt <= new Date())) {
      throw unauthenticated('Invalid or revoked API token');
    }
    // Best effort, outside any transaction: usage tracking must not slow or fail a read.
    void repository.update({ id: found.id }, { lastUsedAt: new Date() }).catch(() => undefined);
    // A token is a BI client: read-only, whatever its creator may do.
    return { kind: 'TOKEN', userId: found.createdById, roles: ['BI'], tokenId: found.id };
  }
}
