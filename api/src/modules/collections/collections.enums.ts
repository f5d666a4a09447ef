import {
  AGING_BUCKETS,
  CONTRACT_KINDS,
  EVIDENCE_ITEMS,
  EVIDENCE_PILLARS,
  MILESTONE_KINDS,
  MILESTONE_STAGES,
  MILESTONE_STATUSES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const ContractKindEnum = enumOf(CONTRACT_KINDS);
export const MilestoneKindEnum = enumOf(MILESTONE_KINDS);
export const MilestoneStageEnum = enumOf(MILESTONE_STAGES);
export const MilestoneStatusEnum = enumOf(MILESTONE_STATUSES);
export const EvidencePillarEnum = enumOf(EVIDENCE_PILLARS);
export const EvidenceItemEnum = enumOf(EVIDENCE_ITEMS);
export const AgingBucketEnum = enumOf(AGING_BUCKETS);

registerEnumType(ContractKindEnum, { name: 'ContractKind' });
registerEnumType(MilestoneKindEnum, {
  name: 'MilestoneKind',
  description:
    'Seed 002: down payment, on delivery, on acceptance, warranty retention; or per site',
});
registerEnumType(MilestoneStageEnum, { name: 'MilestoneStage' });
registerEnumType(MilestoneStatusEnum, {
  name: 'MilestoneStatus',
  description: 'The stage, or OVERDUE when an unpaid milestone is past due',
});
registerEnumType(EvidencePillarEnum, {
  name: 'EvidencePillar',
  description: '情·理·法: relationship kept, contract performed, evidence kept',
});
registerEnumType(EvidenceItemEnum, { name: 'EvidenceItemCode' });
registerEnumType(AgingBucketEnum, {
  name: 'AgingBucket',
  description: 'Days past due of an unpaid milestone: not yet due, 0–30, 31–60, 61–90, over 90',
});
