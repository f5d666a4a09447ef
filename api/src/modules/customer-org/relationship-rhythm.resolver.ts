import type { CadenceKey } from '@trident/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { Connection } from '../../graphql/pagination/connection';
import { offsetPage } from '../../graphql/pagination/offset-page';
import { Account } from '../accounts/account.entity';
import { User } from '../identity/user.entity';
import { Contact } from './contact.entity';
import { CadenceKeyEnum } from './customer-org.enums';
import { ContactRhythm, StaleRelationship } from './customer-org.types';
import { RelationshipCadence } from './relationship-cadence.entity';

export const StaleRelationshipConnection = Connection(StaleRelationship);

@Resolver(() => Contact)
export class ContactRhythmResolver {
  @FieldResolver(() => ContactRhythm, {
    description: 'Last contact, visits in 90 days and cadence, from the visit log',
  })
  rhythm(@Root() contact: Contact, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactRhythm.load(contact.id);
  }
}

@Resolver(() => StaleRelationship)
export class StaleRelationshipResolver {
  @Query(() => StaleRelationshipConnection, {
    description:
      'Contacts past the cadence of their level (relationships cooling), most overdue first',
  })
  async staleRelationships(
    @Arg('accountId', () => ID, { nullable: true }) accountId: string | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | undefined,
    @Arg('offset', () => Int, { nullable: true }) offset: number | undefined,
    @Ctx() ctx: AuthedContext,
  ) {
    const skip = offset ?? 0;
    const { rows, total } = await ctx.services.relationshipRhythm.stale(
      ctx,
      accountId ?? undefined,
      first ?? 50,
      skip,
    );
    return StaleRelationshipConnection.from(offsetPage(rows, skip, total));
  }

  @Query(() => [RelationshipCadence], { description: 'Days between contacts per contact level' })
  relationshipCadences(@Ctx() ctx: AuthedContext) {
    return ctx.services.relationshipRhythm.cadences();
  }

  @Mutation(() => [RelationshipCadence], {
    description: 'Sets the cadence of a level (days null removes it); returns them all',
  })
  setRelationshipCadence(
    @Arg('key', () => CadenceKeyEnum) key: CadenceKey,
    @Arg('days', () => Int, { nullable: true }) days: number | null,
    @Ctx() ctx: AuthedContext,
  ) {
    return ctx.services.relationshipRhythm.setCadence(ctx, key, days ?? null);
  }

  @FieldResolver(() => Contact, { nullable: true })
  contact(@Root() row: StaleRelationship, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.contactById.load(row.contactId);
  }

  @FieldResolver(() => Account, { nullable: true })
  account(@Root() row: StaleRelationship, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.accountById.load(row.accountId);
  }

  @FieldResolver(() => User, { nullable: true })
  relationshipOwner(@Root() row: StaleRelationship, @Ctx() ctx: AuthedContext) {
    return row.relationshipOwnerId ? ctx.loaders.userById.load(row.relationshipOwnerId) : null;
  }
}
