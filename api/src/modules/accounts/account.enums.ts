import {
  SERVICE_STAGES,
  ACCOUNT_TIERS,
  CLAIM_MATCHES,
  LIFECYCLE_STAGES,
  MATRIX_QUADRANTS,
  PURCHASE_MODES,
  TEAM_ROLES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const AccountTierEnum = enumOf(ACCOUNT_TIERS);
export const PurchaseModeEnum = enumOf(PURCHASE_MODES);
export const LifecycleStageEnum = enumOf(LIFECYCLE_STAGES);
export const MatrixQuadrantEnum = enumOf(MATRIX_QUADRANTS);
export const TeamRoleEnum = enumOf(TEAM_ROLES);
export const ClaimMatchEnum = enumOf(CLAIM_MATCHES);

registerEnumType(AccountTierEnum, {
  name: 'AccountTier',
  description: 'Group headquarters, provincial company or city branch',
});
registerEnumType(PurchaseModeEnum, { name: 'PurchaseMode' });
registerEnumType(LifecycleStageEnum, { name: 'LifecycleStage' });
registerEnumType(MatrixQuadrantEnum, {
  name: 'MatrixQuadrant',
  description: 'Customer matrix: potential × relationship',
});
registerEnumType(TeamRoleEnum, {
  name: 'TeamRole',
  description: 'AR account, SR solution, FR fulfilment, FINANCE collection, SPONSOR executive',
});
registerEnumType(ClaimMatchEnum, { name: 'ClaimMatch' });

export const ServiceStageEnum = enumOf(SERVICE_STAGES);
registerEnumType(ServiceStageEnum, {
  name: 'ServiceStage',
  description: 'Seed 002: reactive service → relationship → customer success',
});
