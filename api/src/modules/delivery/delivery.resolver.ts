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
import { AccountTeamRobot } from './account-team-robot.entity';
import { DeliveryRobot, RobotChoice } from './delivery-robot.entity';
import { Delivery } from './delivery.entity';
import { DeliveryPreferences, DeliverySettings } from './delivery.types';
import {
  AccountTeamRobotInput,
  CreateDeliveryRobotInput,
  DeliveryFilterInput,
  DeliveryPreferencesInput,
  UpdateDeliveryRobotInput,
} from './dtos/delivery.inputs';
import { OutboxMessage } from './outbox-message.entity';

export const DeliveryConnection = Connection(Delivery);
export const OutboxMessageConnection = Connection(OutboxMessage);

@Resolver(() => DeliveryRobot)
export class DeliveryRobotResolver {
  @Query(() => [DeliveryRobot], { description: 'Group robots (never their address or secret)' })
  deliveryRobots(@Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryRobots.list();
  }

  @Query(() => [RobotChoice], { description: 'Active robots to choose from' })
  robotChoices(@Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryRobots.choices();
  }

  @Mutation(() => DeliveryRobot)
  createDeliveryRobot(
    @Arg('input', () => CreateDeliveryRobotInput) input: CreateDeliveryRobotInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.deliveryRobots.create(ctx, input);
  }

  @FieldResolver(() => Boolean, { description: 'Whether its requests are signed with a secret' })
  signed(@Root() robot: DeliveryRobot) {
    return robot.secretCipher !== null || robot.secretEnv !== null;
  }

  @Mutation(() => DeliveryRobot)
  updateDeliveryRobot(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeliveryRobotInput) input: UpdateDeliveryRobotInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.deliveryRobots.update(ctx, id, input, version);
  }
}

@Resolver(() => DeliveryPreferences)
export class DeliveryPreferencesResolver {
  @Query(() => DeliveryPreferences)
  myDeliveryPreferences(@Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryPreferences.mine(ctx);
  }

  @Mutation(() => DeliveryPreferences)
  setMyDeliveryPreferences(
    @Arg('input', () => DeliveryPreferencesInput) input: DeliveryPreferencesInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.deliveryPreferences.setMine(ctx, input);
  }

  @FieldResolver(() => [RobotChoice])
  async robots(@Root() preferences: { robotIds: string[] }, @Ctx() ctx: AuthedContext) {
    const robots = await ctx.loaders.delivery.robotById.loadMany(preferences.robotIds);
    return robots.filter((r): r is RobotChoice => !!r && !(r instanceof Error));
  }
}

@Resolver(() => AccountTeamRobot)
export class AccountTeamRobotResolver {
  @Mutation(() => AccountTeamRobot, {
    description: "Sets the account team's robot: it hears of the account's escalations",
  })
  setAccountTeamRobot(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => AccountTeamRobotInput) input: AccountTeamRobotInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.deliveryPreferences.setTeamRobot(ctx, accountId, input);
  }

  @Mutation(() => Boolean)
  removeAccountTeamRobot(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryPreferences.removeTeamRobot(ctx, accountId);
  }

  @FieldResolver(() => RobotChoice, { nullable: true })
  robot(@Root() row: AccountTeamRobot, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.delivery.robotById.load(row.robotId);
  }
}

@Resolver(() => Account)
export class AccountTeamRobotFieldResolver {
  @FieldResolver(() => AccountTeamRobot, {
    nullable: true,
    description: "The team's robot, which hears of the account's escalations",
  })
  teamRobot(@Root() account: Account, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.delivery.teamRobotByAccountId.load(account.id);
  }
}

@Resolver(() => Delivery)
export class DeliveryResolver {
  @Query(() => DeliveryConnection, { description: 'The delivery log, newest first' })
  async deliveries(
    @Arg('filter', () => DeliveryFilterInput, { nullable: true })
    filter: DeliveryFilterInput | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return DeliveryConnection.from(await ctx.services.deliveryLog.list(filter, page));
  }

  @Query(() => DeliverySettings)
  deliverySettings(@Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryLog.settings();
  }

  @Mutation(() => Delivery, { description: 'Sends a failed message again' })
  retryDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.deliveryLog.retry(ctx, id);
  }

  @Query(() => OutboxMessageConnection, {
    description: 'Messages the development transport wrote instead of sending (mine; ADMIN: all)',
  })
  async outbox(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: AuthedContext) {
    return OutboxMessageConnection.from(await ctx.services.deliveryLog.outbox(ctx, page));
  }

  @FieldResolver(() => User, { nullable: true })
  recipient(@Root() row: Delivery, @Ctx() ctx: AuthedContext) {
    return row.userId ? ctx.loaders.userById.load(row.userId) : null;
  }

  @FieldResolver(() => RobotChoice, { nullable: true })
  robot(@Root() row: Delivery, @Ctx() ctx: AuthedContext) {
    return row.robotId ? ctx.loaders.delivery.robotById.load(row.robotId) : null;
  }
}
