import {
  BUYING_ROLES,
  CADENCE_KEYS,
  COACH_LEVELS,
  CONTACT_LEVELS,
  CONTACT_STATUSES,
  ORG_UNIT_KINDS,
  STANCES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const OrgUnitKindEnum = enumOf(ORG_UNIT_KINDS);
export const ContactLevelEnum = enumOf(CONTACT_LEVELS);
export const StanceEnum = enumOf(STANCES);
export const BuyingRoleEnum = enumOf(BUYING_ROLES);
export const CoachLevelEnum = enumOf(COACH_LEVELS);
export const ContactStatusEnum = enumOf(CONTACT_STATUSES);
export const CadenceKeyEnum = enumOf(CADENCE_KEYS);

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
registerEnumType(CadenceKeyEnum, {
  name: 'CadenceKey',
  description: 'A contact level, or RISING_STAR (the shorter cadence applies)',
});
