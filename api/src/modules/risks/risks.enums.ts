import { RISK_SOURCES, RISK_STATUSES } from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const RiskSourceEnum = enumOf(RISK_SOURCES);
export const RiskStatusEnum = enumOf(RISK_STATUSES);

registerEnumType(RiskSourceEnum, {
  name: 'RiskSource',
  description: 'Entered by hand (MANUAL) or raised by the worker from a live signal',
});
registerEnumType(RiskStatusEnum, { name: 'RiskStatus' });
