import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { Contact } from './contact.entity';
import { Influence } from './influence.entity';
import { OrgUnit } from './org-unit.entity';

@ObjectType({ description: "One customer's map: units, people, reporting lines and influence" })
export class OrgChart {
  @Field(() => ID)
  accountId: string;

  @Field(() => Account)
  account?: Account;

  @Field(() => [OrgUnit])
  units: OrgUnit[];

  @Field(() => [Contact], { description: 'Reporting lines are each contact’s reportsToId' })
  contacts: Contact[];

  @Field(() => [Influence])
  influences: Influence[];
}

@ObjectType({ description: 'Relationship coverage counts of one account (seed 003)' })
export class AccountCoverage {
  @Field(() => ID)
  accountId: string;

  @Field(() => Int)
  unitsTotal: number;

  @Field(() => Int, {
    description: 'Units with at least one active contact who has a relationship owner',
  })
  unitsCovered: number;

  @Field(() => Int)
  decisionContactsTotal: number;

  @Field(() => Int)
  decisionContactsCovered: number;

  @Field(() => Int)
  contactsTotal: number;

  @Field(() => Int)
  contactsCovered: number;

  @Field(() => Float, { description: '0–1; 0 when the account has no units' })
  unitCoverage: number;

  @Field(() => Float, { description: '0–1 share of DECISION and EXECUTIVE contacts with an owner' })
  decisionCoverage: number;
}

@ObjectType()
export class RelationshipCoverage extends AccountCoverage {
  @Field(() => [OrgUnit])
  uncoveredUnits: OrgUnit[];

  @Field(() => [Contact], { description: 'Active contacts without a relationship owner' })
  uncoveredContacts: Contact[];

  @Field(() => [Contact])
  risingStarsWithoutOwner: Contact[];

  @Field(() => [Contact], { description: 'SKEPTIC or OPPONENT with influence 4 or more' })
  highInfluenceOpponents: Contact[];
}

@ObjectType({ description: 'How warm a relationship is kept (seed 003), from the visit log' })
export class ContactRhythm {
  @Field(() => Date, { nullable: true, description: 'Last visit-log entry that met the contact' })
  lastContactedAt: Date | null;

  @Field(() => Int, { description: 'Visit-log entries that met the contact in the last 90 days' })
  contactsLast90Days: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Days between contacts for this level (or rising star); null when none applies',
  })
  cadenceDays: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next contact is due: the last one (or entry) plus the cadence',
  })
  dueAt: Date | null;

  @Field({ description: 'Past its cadence: the relationship is cooling' })
  stale: boolean;
}

@ObjectType({ description: 'A contact past the cadence of their level (RELATIONSHIP_STALE)' })
export class StaleRelationship {
  @Field(() => ID)
  contactId: string;

  @Field(() => ID)
  accountId: string;

  @Field(() => ID, { nullable: true })
  relationshipOwnerId: string | null;

  @Field(() => Date, { nullable: true, description: 'null when never met' })
  lastContactedAt: Date | null;

  @Field(() => Int)
  contactsLast90Days: number;

  @Field(() => Int)
  cadenceDays: number;

  @Field(() => Date)
  dueAt: Date;

  @Field(() => Int, { description: 'Whole days past due' })
  daysOverdue: number;
}
