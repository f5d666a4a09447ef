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
