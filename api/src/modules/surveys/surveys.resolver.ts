import type { SurveyInvitationStatus } from '@trident/domain';
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
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { SendSurveyInput, SurveyInput, SurveyInvitationFilter } from './dtos/surveys.inputs';
import { SurveyInvitation } from './survey-invitation.entity';
import { Survey } from './survey.entity';
import { SurveyInvitationStatusEnum } from './surveys.enums';
import { SentSurveyInvitation, SurveyScore } from './surveys.types';

export const SurveyInvitationConnection = Connection(SurveyInvitation);

@Resolver(() => Survey)
export class SurveyResolver {
  @Query(() => [Survey], { description: 'Satisfaction surveys, active ones first' })
  surveys(
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.surveys.list(active ?? undefined);
  }

  @Mutation(() => Survey)
  createSurvey(@Arg('input', () => SurveyInput) input: SurveyInput, @Ctx() ctx: AuthedContext) {
    return ctx.services.surveys.create(ctx, input);
  }

  @Mutation(() => Survey)
  updateSurvey(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SurveyInput) input: SurveyInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.surveys.update(ctx, id, input, version);
  }
}

@Resolver(() => SurveyInvitation)
export class SurveyInvitationResolver {
  @Query(() => SurveyInvitationConnection, { description: 'Survey links sent, newest first' })
  async surveyInvitations(
    @Arg('filter', () => SurveyInvitationFilter, { nullable: true })
    filter: SurveyInvitationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return SurveyInvitationConnection.from(
      await ctx.services.surveyInvitations.list(ctx, filter, page),
    );
  }

  @Mutation(() => [SentSurveyInvitation], {
    description:
      'Sends a survey to active contacts of one customer: one link each, shown only in this answer',
  })
  sendSurvey(
    @Arg('input', () => SendSurveyInput) input: SendSurveyInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.surveyInvitations.send(ctx, input);
  }

  @FieldResolver(() => SurveyInvitationStatusEnum)
  status(@Root() row: SurveyInvitation): SurveyInvitationStatus {
    if (row.answeredAt) return 'ANSWERED';
    return row.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : 'SENT';
  }

  @FieldResolver(() => Survey, { nullable: true })
  survey(@Root() row: SurveyInvitation, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.surveyById.load(row.surveyId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: SurveyInvitation, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() row: SurveyInvitation, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(row.contactId);
  }

  @FieldResolver(() => User, { nullable: true })
  sentBy(@Root() row: SurveyInvitation, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(row.sentById);
  }
}

@Resolver(() => SurveyScore)
export class SurveyScoreResolver {
  @Query(() => SurveyScore, {
    nullable: true,
    description:
      "An account's NPS, answers and average over the last four quarters, and each quarter (null when not visible)",
  })
  surveyScore(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.surveyScores.score(ctx, accountId);
  }

  @Query(() => [SurveyScore], {
    description: 'Visible accounts with survey answers in the last four quarters, lowest NPS first',
  })
  surveyScores(
    @Arg('first', () => Int, { nullable: true, description: '1–100, default 10' })
    first: number | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.surveyScores.worst(ctx, Math.min(100, Math.max(1, first ?? 10)));
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: SurveyScore, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }
}
