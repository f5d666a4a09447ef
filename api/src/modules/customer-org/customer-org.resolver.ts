import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AuthedContext } from '../../graphql/context';
import { resolvedReads } from '../../graphql/planner/columns';
import { Connection } from '../../graphql/pagination/connection';
import { offsetPage } from '../../graphql/pagination/offset-page';
import { PageArgs } from '../../graphql/pagination/page-args';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Contact } from './contact.entity';
import {
  AddInfluenceInput,
  ContactFilter,
  ContactOrder,
  CreateContactInput,
  CreateOrgUnitInput,
  OrgUnitFilter,
  UpdateContactInput,
  UpdateOrgUnitInput,
} from './dtos/customer-org.inputs';
import { AccountCoverage, OrgChart, RelationshipCoverage } from './customer-org.types';
import { Influence } from './influence.entity';
import { OrgUnit } from './org-unit.entity';

export const OrgUnitConnection = Connection(OrgUnit);
export const ContactConnection = Connection(Contact);
export const AccountCoverageConnection = Connection(AccountCoverage);

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnitConnection, { description: 'Departments of the customers you may see' })
  async orgUnits(
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter: OrgUnitFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return OrgUnitConnection.from(await ctx.services.orgUnits.list(ctx, filter, page));
  }

  @Mutation(() => OrgUnit)
  createOrgUnit(
    @Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.orgUnits.create(ctx, input);
  }

  @Mutation(() => OrgUnit)
  updateOrgUnit(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.orgUnits.update(ctx, id, input, version);
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: AuthedContext) {
    return unit.parentId ? ctx.loaders.orgUnitById.load(unit.parentId) : null;
  }
}

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection, { description: 'People at the customers you may see' })
  async contacts(
    @Arg('filter', () => ContactFilter, { nullable: true }) filter: ContactFilter | undefined,
    @Arg('orderBy', () => [ContactOrder], { nullable: true }) orderBy: ContactOrder[] | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: AuthedContext,
  ) {
    return ContactConnection.from(await ctx.services.contacts.list(ctx, filter, orderBy, page));
  }

  @Query(() => Contact, { nullable: true, description: 'null when missing or not visible' })
  contact(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(id);
  }

  @Mutation(() => Contact)
  createContact(
    @Arg('input', () => CreateContactInput) input: CreateContactInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contacts.create(ctx, input);
  }

  @Mutation(() => Contact)
  updateContact(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateContactInput) input: UpdateContactInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contacts.update(ctx, id, input, version);
  }

  @Mutation(() => Contact, { description: 'Transfer to another unit (history kept)' })
  moveContact(
    @Arg('id', () => ID) id: string,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId: string | null,
    @Arg('version', () => Int) version: number,
    @Arg('title', () => String, { nullable: true }) title: string | null | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contacts.move(ctx, id, orgUnitId ?? null, title, version);
  }

  @Mutation(() => Contact, {
    description: 'The person left the customer: kept as LEFT, never deleted',
  })
  markContactLeft(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('leftAt', () => Date, { nullable: true }) leftAt: Date | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.contacts.markLeft(ctx, id, leftAt ?? undefined, version);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Private notes: SALES, MANAGER and ADMIN only',
  })
  notes(@Root() contact: Contact): string | null {
    return contact.notes;
  }

  @FieldResolver(() => OrgUnit, { nullable: true })
  orgUnit(@Root() contact: Contact, @Ctx() ctx: AuthedContext) {
    return contact.orgUnitId ? ctx.loaders.orgUnitById.load(contact.orgUnitId) : null;
  }

  @FieldResolver(() => Contact, { nullable: true })
  reportsTo(@Root() contact: Contact, @Ctx() ctx: AuthedContext) {
    return contact.reportsToId ? ctx.loaders.contactById.load(contact.reportsToId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  relationshipOwner(@Root() contact: Contact, @Ctx() ctx: AuthedContext) {
    return contact.relationshipOwnerId
      ? ctx.loaders.userById.load(contact.relationshipOwnerId)
      : null;
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() contact: Contact, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(contact.accountId);
  }
}

// Relations read by their key: a planned read (the org chart) reads just the key for them.
resolvedReads(Contact, {
  orgUnit: ['orgUnitId'],
  reportsTo: ['reportsToId'],
  relationshipOwner: ['relationshipOwnerId'],
  account: ['accountId'],
});
resolvedReads(Influence, { fromContact: ['fromContactId'], toContact: ['toContactId'] });

@Resolver(() => Influence)
export class InfluenceResolver {
  @Mutation(() => Influence, { description: 'Record that one contact sways another' })
  addInfluence(
    @Arg('input', () => AddInfluenceInput) input: AddInfluenceInput,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.influences.add(ctx, input);
  }

  @Mutation(() => ID)
  removeInfluence(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.influences.remove(ctx, id);
  }

  @FieldResolver(() => Contact, { nullable: true })
  fromContact(@Root() edge: Influence, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(edge.fromContactId);
  }

  @FieldResolver(() => Contact, { nullable: true })
  toContact(@Root() edge: Influence, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(edge.toContactId);
  }
}

@Resolver(() => OrgChart)
export class OrgChartResolver {
  @Query(() => OrgChart, {
    nullable: true,
    description: 'null when the account is missing or not visible',
  })
  orgChart(
    @Arg('accountId', () => ID) accountId: string,
    @Ctx() ctx: AuthedContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.orgChart.orgChart(ctx, accountId, info);
  }

  @FieldResolver(() => Account)
  account(@Root() chart: OrgChart, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(chart.accountId);
  }
}

@Resolver(() => RelationshipCoverage)
export class CoverageResolver {
  @Query(() => RelationshipCoverage, {
    nullable: true,
    description: 'null when the account is missing or not visible',
  })
  async relationshipCoverage(
    @Arg('accountId', () => ID) accountId: string,
    @Ctx() ctx: AuthedContext,
  ) {
    const data = await ctx.services.coverage.relationshipCoverage(ctx, accountId);
    return data;
  }

  @Query(() => AccountCoverageConnection, {
    description: 'Coverage per account, thinnest decision coverage first',
  })
  async coverageByAccount(
    @Arg('accountIds', () => [ID], { nullable: true }) accountIds: string[] | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Arg('decisionCoverageBelow', () => Float, {
      nullable: true,
      description: 'Only thin accounts: decision coverage below this share (0–1)',
    })
    decisionCoverageBelow: number | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    const size = first ?? 100;
    const skip = offset ?? 0;
    const { rows, total } = await ctx.services.coverage.coverageByAccount(
      ctx,
      accountIds ?? undefined,
      size,
      skip,
      decisionCoverageBelow ?? undefined,
    );
    return AccountCoverageConnection.from(offsetPage(rows, skip, total));
  }
}

@Resolver(() => AccountCoverage)
export class AccountCoverageResolver {
  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: AccountCoverage, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }
}
