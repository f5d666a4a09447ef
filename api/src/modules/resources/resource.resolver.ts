import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import {
  InternalResourceInput,
  RequestResourceInput,
  ResourceRequestFilter,
} from './dtos/resource.inputs';
import { InternalResource, ResourceRequest } from './internal-resource.entity';

export const ResourceRequestConnection = Connection(ResourceRequest);

@Resolver(() => InternalResource)
export class InternalResourceResolver {
  @Query(() => [InternalResource], { description: 'Our executives and experts a deal can call on' })
  internalResources(@Ctx() ctx: AuthedContext) {
    return ctx.services.resources.listResources();
  }

  @Mutation(() => InternalResource)
  createInternalResource(
    @Arg('input', () => InternalResourceInput) input: InternalResourceInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.resources.createResource(ctx, input);
  }

  @Mutation(() => InternalResource)
  updateInternalResource(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InternalResourceInput) input: InternalResourceInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.resources.updateResource(ctx, id, input, version);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() resource: InternalResource, @Ctx() ctx: AuthedContext) {
    return resource.userId ? ctx.loaders.userById.load(resource.userId) : null;
  }
}

@Resolver(() => ResourceRequest)
export class ResourceRequestResolver {
  @Query(() => ResourceRequestConnection, { description: 'Every request, newest first' })
  async resourceRequests(
    @Arg('filter', () => ResourceRequestFilter, { nullable: true })
    filter: ResourceRequestFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ResourceRequestConnection.from(
      await ctx.services.resources.listRequests(ctx, filter, page),
    );
  }

  @Mutation(() => ResourceRequest, {
    description: 'Approved within the frequency cap; past it, refused unless a manager approves',
  })
  requestResource(
    @Arg('input', () => RequestResourceInput) input: RequestResourceInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.resources.request(ctx, input);
  }

  @Mutation(() => ResourceRequest)
  decideResourceRequest(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.resources.decide(ctx, id, approve, note ?? undefined);
  }

  @FieldResolver(() => InternalResource, { nullable: true })
  resource(@Root() row: ResourceRequest, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.escalations.resourceById.load(row.resourceId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: ResourceRequest, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  requester(@Root() row: ResourceRequest, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.requesterId);
  }
}
