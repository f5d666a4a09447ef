import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { ApiToken } from './api-token.entity';
import { API_TOKEN_PREFIX, hashApiToken } from './auth.service';
import type { CreateApiTokenInput } from './dtos/api-token.inputs';

export class ApiTokenService {
  constructor(private readonly db: DataSource) {}

  list(): Promise<ApiToken[]> {
    return this.db.getRepository(ApiToken).find({ order: { createdAt: 'DESC' } });
  }

  async create(
    ctx: Caller,
    input: CreateApiTokenInput,
  ): Promise<{ token: string; apiToken: ApiToken }> {
    if (input.expiresAt && input.expiresAt <= new Date()) {
      throw badInput('expiresAt', 'MUST_BE_FUTURE');
    }
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(ApiToken);
      const apiToken = await repository.save(
        repository.create({
          name: input.name.trim(),
          prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
          tokenHash: hashApiToken(token),
          createdById: ctx.viewer.userId,
          expiresAt: input.expiresAt ?? null,
        }),
      );
      await audit({
        action: 'api_token.create',
        entity: 'ApiToken',
        entityId: apiToken.id,
        after: apiToken,
      });
      return { token, apiToken };
    });
  }

  async revoke(ctx: Caller, id: string): Promise<ApiToken> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const repository = manager.getRepository(ApiToken);
      const before = await repository.findOneBy({ id });
      if (!before) throw notFound('ApiToken', id);
      if (before.revokedAt) return before;
      await repository.update({ id }, { revokedAt: new Date() });
      const after = await repository.findOneByOrFail({ id });
      await audit({ action: 'api_token.revoke', entity: 'ApiToken', entityId: id, before, after });
      return after;
    });
  }
}
