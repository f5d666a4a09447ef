import type { MatrixQuadrant } from '@trident/domain';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { MatrixQuadrantEnum } from './account.enums';
import { Account } from './account.entity';
import { MATRIX_ACCOUNTS_PER_QUADRANT } from './account-matrix.service';

@ObjectType()
class AccountMatrixCell {
  @Field(() => MatrixQuadrantEnum)
  quadrant: MatrixQuadrant;

  @Field(() => Int, { description: 'Every visible account in the quadrant' })
  count: number;

  @Field(() => [Account], {
    description: `The largest by potential, at most ${MATRIX_ACCOUNTS_PER_QUADRANT}`,
  })
  accounts: Account[];
}

@ObjectType({ description: 'Seed 002 customer matrix: potential × relationship' })
class AccountMatrix {
  @Field(() => [AccountMatrixCell])
  cells: AccountMatrixCell[];

  @Field(() => Int, { description: 'Accounts without potential or relationship assessed' })
  unclassified: number;
}

@Resolver()
export class AccountMatrixResolver {
  @Query(() => AccountMatrix, { description: 'Visible accounts by matrix quadrant (2×2 chart)' })
  accountMatrix(@Ctx() ctx: AuthedContext) {
    return ctx.services.accountMatrix.matrix(ctx);
  }
}
