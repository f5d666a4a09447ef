import type { MatrixQuadrant } from '@trident/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { MatrixQuadrantEnum } from './account.enums';
import { Account } from './account.entity';

/** Accounts plotted per quadrant; the chart shows at most this many per cell. */
export const MATRIX_ACCOUNTS_PER_QUADRANT = 200;

@ObjectType()
export class AccountMatrixCell {
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
export class AccountMatrix {
  @Field(() => [AccountMatrixCell])
  cells: AccountMatrixCell[];

  @Field(() => Int, { description: 'Accounts without potential or relationship assessed' })
  unclassified: number;
}
