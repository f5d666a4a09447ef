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

  @Query(() => User, { description: 'The signed-in user (for a BI token: its creator)' })
  async me(@Ctx() ctx: AuthedContext): Promise<User> {
    return ctx.services.users.get(ctx.viewer.userId);
  }
}
