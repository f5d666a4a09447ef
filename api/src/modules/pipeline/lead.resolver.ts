import type { BantItem } from '@trident/domain';
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
import { Money } from '../../graphql/scalars/money.type';
import { Account } from '../accounts/account.entity';
import { Contact } from '../customer-org/contact.entity';
import { User } from '../identity/user.entity';
import { ConvertLeadInput, CreateLeadInput, LeadFilter, UpdateLeadInput } from './dtos/lead.inputs';
import { Lead } from './lead.entity';
import { missingBant } from './lead.service';
import { Opportunity } from './opportunity.entity';
import { BantItemEnum } from './pipeline.enums';
import { ConvertLeadResult } from './pipeline.types';

export const LeadConnection = Connection(Lead);

@Resolver(() => Lead)
export class LeadResolver {
  @Query(() => LeadConnection)
  async leads(
    @Arg('filter', () => LeadFilter, { nullable: true }) filter: LeadFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return LeadConnection.from(await ctx.services.leads.list(ctx, filter, page));
  }

  @Query(() => Lead, { nullable: true })
  lead(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.leads.get(ctx, id);
  }

  @Mutation(() => Lead)
  createLead(
    @Arg('input', () => CreateLeadInput) input: CreateLeadInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.leads.create(ctx, input);
  }

  @Mutation(() => Lead)
  updateLead(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLeadInput) input: UpdateLeadInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.leads.update(ctx, id, input, version);
  }

  @Mutation(() => ConvertLeadResult, {
    description: 'Creates the opportunity once budget, authority, need and timing are confirmed',
  })
  convertLead(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConvertLeadInput, { nullable: true }) input: ConvertLeadInput | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.leads.convert(ctx, id, input ?? {});
  }

  @Mutation(() => Lead)
  disqualifyLead(
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.leads.disqualify(ctx, id, reason, version);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Hidden from TECHNICAL and DELIVERY' })
  estimated(@Root() lead: Lead): Money | null {
    return lead.estimated?.amount != null ? lead.estimated : null;
  }

  @FieldResolver(() => [BantItemEnum], { description: 'What stands between the lead and a deal' })
  missingBant(@Root() lead: Lead): BantItem[] {
    return missingBant(lead);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() lead: Lead, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(lead.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() lead: Lead, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(lead.ownerId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  authorityContact(@Root() lead: Lead, @Ctx() ctx: AuthedContext) {
    return lead.authorityContactId ? ctx.loaders.contactById.load(lead.authorityContactId) : null;
  }

  @FieldResolver(() => Opportunity, { nullable: true })
  opportunity(@Root() lead: Lead, @Ctx() ctx: AuthedContext) {
    return lead.opportunityId
      ? ctx.loaders.pipeline.opportunityById.load(lead.opportunityId)
      : null;
  }
}
