import {
  ACTIVITY_KINDS,
  BANT_ITEMS,
  DEAL_TEAM_ROLES,
  FUNNEL_WEAKNESSES,
  LEAD_SOURCES,
  LEAD_STATUSES,
  STAGE_CRITERIA,
  STAGE_TIME_GROUPS,
} from '@trident/domain';
export type { StageTimeGroup } from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const LeadSourceEnum = enumOf(LEAD_SOURCES);
export const LeadStatusEnum = enumOf(LEAD_STATUSES);
export const BantItemEnum = enumOf(BANT_ITEMS);
export const StageCriterionEnum = enumOf(STAGE_CRITERIA);
export const FunnelWeaknessEnum = enumOf(FUNNEL_WEAKNESSES);
export const ActivityKindEnum = enumOf(ACTIVITY_KINDS);
export const DealTeamRoleEnum = enumOf(DEAL_TEAM_ROLES);
export const StageTimeGroupEnum = enumOf(STAGE_TIME_GROUPS);

registerEnumType(LeadSourceEnum, { name: 'LeadSource' });
registerEnumType(LeadStatusEnum, { name: 'LeadStatus' });
registerEnumType(BantItemEnum, {
  name: 'BantItem',
  description: 'Budget, authority, need, timing (seed 002)',
});
registerEnumType(StageCriterionEnum, {
  name: 'StageCriterion',
  description: 'What must be true before a deal enters a funnel stage',
});
registerEnumType(FunnelWeaknessEnum, {
  name: 'FunnelWeakness',
  description: 'What a thin funnel stage says about the salesperson (seed 001)',
});
registerEnumType(ActivityKindEnum, { name: 'ActivityKind' });
registerEnumType(DealTeamRoleEnum, { name: 'DealTeamRole', description: 'AR, SR, FR' });
registerEnumType(StageTimeGroupEnum, {
  name: 'StageTimeGroup',
  description: "OWNER, TEAM (the owner's manager) or NONE",
});
