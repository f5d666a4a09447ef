import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { PeriodScalar } from '../../graphql/scalars/period.scalar';
import { Account } from '../accounts/account.entity';
import { Contract } from '../collections/contract.entity';
import { FunnelStage } from '../pipeline/funnel-stage.entity';
import { Opportunity } from '../pipeline/opportunity.entity';
import { ProductLineInput } from './dtos/growth.inputs';
import {
  AccountRollup,
  RollupRow,
  Whitespace,
  WhitespaceCell,
  WhitespaceColumn,
} from './growth.types';
import { ProductLine } from './product-line.entity';

@Resolver(() => ProductLine)
export class ProductLineResolver {
  @Query(() => [ProductLine], { description: 'Our product lines, in order' })
  productLines(@Ctx() ctx: AuthedContext) {
    return ctx.services.productLines.list();
  }

  @Mutation(() => ProductLine)
  createProductLine(
    @Arg('input', () => ProductLineInput) input: ProductLineInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.productLines.create(ctx, input);
  }

  @Mutation(() => ProductLine)
  updateProductLine(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ProductLineInput) input: ProductLineInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.productLines.update(ctx, id, input, version);
  }
}

@Resolver(() => Whitespace)
export class WhitespaceResolver {
  @Query(() => Whitespace, {
    nullable: true,
    description:
      'Product lines against an account and the accounts below it: sold, in pipeline or open (null when not visible)',
  })
  whitespace(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.whitespace.grid(ctx, accountId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() grid: Whitespace, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(grid.accountId);
  }
}

@Resolver(() => WhitespaceColumn)
export class WhitespaceColumnResolver {
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() column: WhitespaceColumn, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(column.accountId);
  }
}

@Resolver(() => WhitespaceCell)
export class WhitespaceCellResolver {
  @FieldResolver(() => FunnelStage, { nullable: true })
  stage(@Root() cell: WhitespaceCell, @Ctx() ctx: AuthedContext) {
    return cell.stageId ? ctx.loaders.pipeline.stageById.load(cell.stageId) : null;
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() cell: WhitespaceCell, @Ctx() ctx: AuthedContext) {
    return cell.opportunityId
      ? ctx.loaders.pipeline.opportunityById.load(cell.opportunityId)
      : null;
  }

  @FieldResolver(() => Contract, { nullable: true })
  contract(@Root() cell: WhitespaceCell, @Ctx() ctx: AuthedContext) {
    return cell.contractId ? ctx.loaders.collections.contractById.load(cell.contractId) : null;
  }
}

@Resolver(() => AccountRollup)
export class AccountRollupResolver {
  @Query(() => AccountRollup, {
    nullable: true,
    description:
      'Pipeline, revenue, collections, coverage and whitespace summed up a customer group, for the accounts you may see',
  })
  accountRollup(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('period', () => PeriodScalar, { description: 'Revenue and collections in it' })
    period: string,
    @Arg('currency', () => String, { nullable: true, description: 'Default CNY' })
    currency: string | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.rollup.rollup(ctx, accountId, period, currency ?? 'CNY');
  }
}

@Resolver(() => RollupRow)
export class RollupRowResolver {
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: RollupRow, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }
}
