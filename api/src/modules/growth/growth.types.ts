import { WHITESPACE_STATUSES, type WhitespaceStatus } from '@trident/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';
import { LocalDateScalar } from '../../graphql/scalars/local-date.scalar';
import { DecimalScalar } from '../../graphql/scalars/decimal.scalar';
import { Money } from '../../graphql/scalars/money.type';
import { ProductLine } from './product-line.entity';

export const WhitespaceStatusEnum = enumOf(WHITESPACE_STATUSES);
registerEnumType(WhitespaceStatusEnum, {
  name: 'WhitespaceStatus',
  description: 'SOLD (a contract), PIPELINE (an open deal) or OPEN (nothing yet)',
});

@ObjectType({ description: 'One product line at one account of the group' })
export class WhitespaceCell {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID)
  productLineId: string;

  @Field(() => WhitespaceStatusEnum)
  status: WhitespaceStatus;

  @Field(() => ID, { nullable: true, description: 'The latest contract that sold the line' })
  contractId: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  signedAt: string | null;

  @Field(() => Money, { nullable: true })
  soldAmount: Money | null;

  @Field(() => ID, { nullable: true, description: 'The furthest open deal offering the line' })
  opportunityId: string | null;

  @Field(() => ID, { nullable: true })
  stageId: string | null;

  @Field(() => Money, { nullable: true })
  pipelineAmount: Money | null;
}

@ObjectType({ description: 'An account of the group: a column of the grid' })
export class WhitespaceColumn {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The row above it in this tree; null for the account asked for',
  })
  parentId: string | null;

  @Field(() => Int, { description: '0 for the account asked for' })
  depth: number;
}

@ObjectType({
  description:
    'Product lines against the accounts of a customer group: where we sell, where a deal is open, where nothing is yet',
})
export class Whitespace {
  @Field(() => ID)
  accountId: string;

  @Field(() => [ProductLine], { description: 'Active product lines, in order: the rows' })
  productLines: ProductLine[];

  @Field(() => [WhitespaceColumn], { description: 'The account and those below it you may see' })
  accounts: WhitespaceColumn[];

  @Field(() => [WhitespaceCell])
  cells: WhitespaceCell[];

  @Field(() => Int)
  sold: number;

  @Field(() => Int)
  inPipeline: number;

  @Field(() => Int)
  open: number;

  @Field({ description: 'The group has more accounts than one grid shows' })
  truncated: boolean;
}

@ObjectType({ description: 'Figures of one account, alone and with everything below it' })
export class RollupFigures {
  @Field(() => DecimalScalar, { nullable: true, description: 'Open deals, unweighted' })
  pipeline: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Open deals × stage probability' })
  weightedPipeline: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Contracts signed in the period' })
  revenue: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Payments received in the period' })
  collected: string;

  @Field(() => Int, { description: 'Active decision-level contacts' })
  decisionContacts: number;

  @Field(() => Int, { description: 'Those with a relationship owner' })
  decisionContactsCovered: number;

  @Field(() => Float, { description: 'covered ÷ decision contacts; 0 when none is known' })
  decisionCoverage: number;

  @Field(() => Int, { description: 'Whitespace cells sold' })
  sold: number;

  @Field(() => Int, { description: 'Whitespace cells with an open deal' })
  inPipeline: number;

  @Field(() => Int, { description: 'Whitespace cells with nothing yet' })
  open: number;
}

@ObjectType({ description: 'One account of a group roll-up' })
export class RollupRow {
  @Field(() => ID)
  accountId: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The row above it in this tree; null for the account asked for',
  })
  parentId: string | null;

  @Field(() => Int)
  depth: number;

  @Field(() => RollupFigures, { description: 'This account alone' })
  own: RollupFigures;

  @Field(() => RollupFigures, {
    description: 'This account and every account below it you may see',
  })
  total: RollupFigures;
}

@ObjectType({ description: 'A customer group rolled up: group → province → city' })
export class AccountRollup {
  @Field(() => ID)
  accountId: string;

  @Field()
  currency: string;

  @Field(() => [RollupRow], { description: 'Depth first, the root first' })
  rows: RollupRow[];

  @Field()
  truncated: boolean;
}
