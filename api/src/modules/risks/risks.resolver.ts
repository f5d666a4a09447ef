import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { offsetPage } from '../../graphql/pagination/offset-page';
import { Account } from '../accounts/account.entity';
import { Task } from '../execution/task.entity';
import { User } from '../identity/user.entity';
import { AccountRisk } from './account-risk.entity';
import { CreateRiskInput, RiskFilter, UpdateRiskInput } from './dtos/risk.inputs';

export const AccountRiskConnection = Connection(AccountRisk);

@Resolver(() => AccountRisk)
export class AccountRiskResolver {
  @Query(() => AccountRiskConnection, {
    description: 'Account risks you may see, highest exposure (likelihood × impact) first',
  })
  async risks(
    @Arg('filter', () => RiskFilter, { nullable: true }) filter: RiskFilter | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    const skip = offset ?? 0;
    const { rows, total } = await ctx.services.risks.list(ctx, filter ?? {}, first ?? 50, skip);
    return AccountRiskConnection.from(offsetPage(rows, skip, total));
  }

  @Query(() => AccountRisk, { nullable: true, description: 'null when missing or not visible' })
  risk(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.risks.get(ctx, id);
  }

  @Mutation(() => AccountRisk, { description: 'A risk entered by the account team' })
  createRisk(
    @Arg('input', () => CreateRiskInput) input: CreateRiskInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.risks.create(ctx, input);
  }

  @Mutation(() => AccountRisk, { description: 'Edit, mitigate or close a risk' })
  updateRisk(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRiskInput) input: UpdateRiskInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.risks.update(ctx, id, input, version);
  }

  @FieldResolver(() => Int, { description: 'likelihood × impact, 1–25' })
  exposure(@Root() risk: AccountRisk): number {
    return risk.likelihood * risk.impact;
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() risk: AccountRisk, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(risk.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() risk: AccountRisk, @Ctx() ctx: AuthedContext) {
    return risk.ownerId ? ctx.loaders.userById.load(risk.ownerId) : null;
  }

  @FieldResolver(() => [Task], { description: 'Mitigation tasks, soonest due first' })
  tasks(@Root() risk: AccountRisk, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.execution.tasksByRiskId.load(risk.id);
  }
}
