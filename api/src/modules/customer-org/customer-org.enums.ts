import {
  BUYING_ROLES,
  COACH_LEVELS,
  CONTACT_LEVELS,
  CONTACT_STATUSES,
  ORG_UNIT_KINDS,
  STANCES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OrgUnitKindEnum = enumOf(ORG_UNIT_KINDS);
export const ContactLevelEnum = enumOf(CONTACT_LEVELS);
export const StanceEnum = enumOf(STANCES);
export const BuyingRoleEnum = enumOf(BUYING_ROLES);
export const CoachLevelEnum = enumOf(COACH_LEVELS);
export const ContactStatusEnum = enumOf(CONTACT_STATUSES);

registerEnumType(OrgUnitKindEnum, {
  name: 'OrgUnitKind',
  description: 'Department type at the customer',
});
registerEnumType(ContactLevelEnum, { name: 'ContactLevel' });
registerEnumType(StanceEnum, { name: 'Stance', description: 'Attitude towards us' });
registerEnumType(BuyingRoleEnum, { name: 'BuyingRole' });
registerEnumType(CoachLevelEnum, {
  name: 'CoachLevel',
  description: 'What a coach (教练) can do for us',
});
registerEnumType(ContactStatusEnum, { name: 'ContactStatus' });

/** SQL IN-lists for check constraints, from the same enums. */
export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
