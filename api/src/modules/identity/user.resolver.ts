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
import type { AuthedContext, RequestContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { CreateUserInput, UpdateUserInput, UserFilter, UserOrder } from './dtos/user.inputs';
import { User } from './user.entity';

export const UserConnection = Connection(User);

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'The user directory' })
  async users(
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | undefined,
    @Arg('orderBy', () => [UserOrder], { nullable: true }) orderBy: UserOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return UserConnection.from(await ctx.services.users.list(ctx, filter, orderBy, page));
  }

  @Query(() => User, { nullable: true })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.userById.load(id);
  }

  @Mutation(() => User)
  createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.users.create(ctx, input);
  }

  @Mutation(() => User)
  updateUser(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.users.update(ctx, id, input, version);
  }

  @Mutation(() => Boolean)
  changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.users.changePassword(ctx, currentPassword, newPassword, ctx.ip);
  }

  @FieldResolver(() => User, { nullable: true })
  manager(@Root() user: User, @Ctx() ctx: RequestContext) {
    return user.managerId ? ctx.loaders.userById.load(user.managerId) : null;
  }
}
