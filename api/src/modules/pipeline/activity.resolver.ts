import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { Activity } from './activity.entity';
import { ActivityFilter, CreateActivityInput, UpdateActivityInput } from './dtos/activity.inputs';
import { Opportunity } from './opportunity.entity';

export const ActivityConnection = Connection(Activity);

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => ActivityConnection, { description: 'The visit log, newest first' })
  async activities(
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ActivityConnection.from(await ctx.services.activities.list(ctx, filter, page, info));
  }

  @Query(() => Activity, { nullable: true })
  activity(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.pipeline.activityById.load(id);
  }

  @Mutation(() => Activity)
  createActivity(
    @Arg('input', () => CreateActivityInput) input: CreateActivityInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.activities.create(ctx, input);
  }

  @Mutation(() => Activity)
  updateActivity(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.activities.update(ctx, id, input, version);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() activity: Activity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(activity.accountId);
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() activity: Activity, @Ctx() ctx: AuthedContext) {
    return activity.opportunityId
      ? ctx.loaders.pipeline.opportunityById.load(activity.opportunityId)
      : null;
  }

  @FieldResolver(() => [User])
  async participants(@Root() activity: Activity, @Ctx() ctx: AuthedContext) {
    const users = await ctx.loaders.userById.loadMany(activity.participantIds);
    return users.filter((u): u is User => u instanceof User);
  }

  @FieldResolver(() => [Contact])
  async contacts(@Root() activity: Activity, @Ctx() ctx: AuthedContext) {
    const contacts = await ctx.loaders.contactById.loadMany(activity.contactIds);
    return contacts.filter((c): c is Contact => c instanceof Contact);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() activity: Activity, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(activity.createdById);
  }
}
