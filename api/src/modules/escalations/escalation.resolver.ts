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
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { EscalationFilterInput, EscalationRuleInput } from './dtos/escalation.inputs';
import { Escalation, EscalationRule } from './escalation.entity';
import { EscalationLevelCount } from './escalations.types';

export const EscalationConnection = Connection(Escalation);

@Resolver(() => EscalationRule)
export class EscalationRuleResolver {
  @Query(() => [EscalationRule])
  escalationRules(@Ctx() ctx: AuthedContext) {
    return ctx.services.escalationRules.listRules();
  }

  @Mutation(() => EscalationRule)
  createEscalationRule(
    @Arg('input', () => EscalationRuleInput) input: EscalationRuleInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.escalationRules.create(ctx, input);
  }

  @Mutation(() => EscalationRule)
  updateEscalationRule(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EscalationRuleInput) input: EscalationRuleInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.escalationRules.update(ctx, id, input, version);
  }
}

@Resolver(() => Escalation)
export class EscalationResolver {
  @Query(() => EscalationConnection, { description: 'Newest first' })
  async escalations(
    @Arg('filter', () => EscalationFilterInput, { nullable: true })
    filter: EscalationFilterInput | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return EscalationConnection.from(await ctx.services.escalationRules.list(ctx, filter, page));
  }

  @Query(() => [EscalationLevelCount], {
    description: 'Counts per level over the same rows as `escalations` (SQL)',
  })
  escalationLevels(
    @Arg('filter', () => EscalationFilterInput, { nullable: true })
    filter: EscalationFilterInput | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.escalationRules.levels(ctx, filter);
  }

  @FieldResolver(() => EscalationRule, { nullable: true })
  rule(@Root() row: Escalation, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.escalations.ruleById.load(row.ruleId);
  }

  @FieldResolver(() => User, { nullable: true })
  targetUser(@Root() row: Escalation, @Ctx() ctx: AuthedContext) {
    return row.targetUserId ? ctx.loaders.userById.load(row.targetUserId) : null;
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: Escalation, @Ctx() ctx: AuthedContext) {
    return row.accountId ? ctx.loaders.accountById.load(row.accountId) : null;
  }
}
