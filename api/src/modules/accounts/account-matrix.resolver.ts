import { Ctx, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { AccountMatrix } from './accounts.types';

@Resolver()
export class AccountMatrixResolver {
  @Query(() => AccountMatrix, { description: 'Visible accounts by matrix quadrant (2×2 chart)' })
  accountMatrix(@Ctx() ctx: AuthedContext) {
    return ctx.services.accountMatrix.matrix(ctx);
  }
}
