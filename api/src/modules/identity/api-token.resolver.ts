import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext, RequestContext } from '../../graphql/context';
import { ApiToken } from './api-token.entity';
import { CreateApiTokenInput, CreatedApiToken } from './dtos/api-token.inputs';
import { User } from './user.entity';

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => [ApiToken], {
    description: 'BI tokens, newest first (secrets are never shown again)',
  })
  apiTokens(@Ctx() ctx: RequestContext) {
    return ctx.services.apiTokens.list();
  }

  @Mutation(() => CreatedApiToken, {
    description: 'Create a read-only BI token; copy the secret now',
  })
  createApiToken(
    @Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.apiTokens.create(ctx, input);
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.apiTokens.revoke(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() token: ApiToken, @Ctx() ctx: RequestContext) {
    return ctx.loaders.userById.load(token.createdById);
  }
}
