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

  @Query(() => User, { description: 'The signed-in user (for a BI token: its creator)' })
  async me(@Ctx() ctx: AuthedContext): Promise<User> {
    return ctx.services.users.get(ctx.viewer.userId);
  }
}
