import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext, RequestContext } from '../../graphql/context';
import { User } from './user.entity';
import { LoginPayload } from './identity.types';

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Sign in with email and password' })
  login(
    @Arg('email') email: string,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoginPayload> {
    return ctx.services.auth.login(email, password, ctx.ip);
  }

  @Mutation(() => Boolean, {
    description:
      'Signs out: this session ends on the server, its token refused from now on (other sessions go on). False when there was no session to end.',
  })
  signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.viewer ? ctx.services.auth.signOut(ctx as AuthedContext) : Promise.resolve(false);
  }

  @Query(() => User, {
    description:
      'The signed-in user; for a BI token, its creator with the role the token acts in (BI)',
  })
  async me(@Ctx() ctx: AuthedContext): Promise<User> {
    const user = await ctx.services.users.get(ctx.viewer.userId);
    if (ctx.viewer.kind !== 'TOKEN') return user;
    // A BI tool asking who it is must not read its creator's ADMIN: it reads as BI, whatever
    // the creator may do. A copy, so the request's loaders keep the user as stored.
    return Object.assign(Object.create(Object.getPrototypeOf(user) as object) as User, user, {
      roles: [...ctx.viewer.roles],
    });
  }
}
