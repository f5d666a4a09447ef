import {
  APPROVAL_RULES,
  PROCESS_KINDS,
  RUN_STATUSES,
  RUN_STEP_STATUSES,
  RUN_PLAN_CAUSES,
  RUN_STEP_GAPS,
  RUN_SUBJECT_TYPES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const ProcessKindEnum = enumOf(PROCESS_KINDS);
export const ApprovalRuleEnum = enumOf(APPROVAL_RULES);
export const RunStepStatusEnum = enumOf(RUN_STEP_STATUSES);
export const RunStatusEnum = enumOf(RUN_STATUSES);
export const RunSubjectTypeEnum = enumOf(RUN_SUBJECT_TYPES);
export const RunStepGapEnum = enumOf(RUN_STEP_GAPS);
export const RunPlanCauseEnum = enumOf(RUN_PLAN_CAUSES);

registerEnumType(ProcessKindEnum, {
  name: 'ProcessKind',
  description: "The customer's own processes (seed 000)",
});
registerEnumType(ApprovalRuleEnum, {
  name: 'ApprovalRule',
  description: 'ALL approvers must sign, or ANY one',
});
registerEnumType(RunStepStatusEnum, { name: 'RunStepStatus' });
registerEnumType(RunStatusEnum, { name: 'RunStatus' });
registerEnumType(RunSubjectTypeEnum, { name: 'RunSubjectType' });
registerEnumType(RunStepGapEnum, {
  name: 'RunStepGap',
  description:
    'Why nobody on our side carries a step: nobody knows who approves it, its approver has no relationship owner, nobody in its unit has one, or its owner role is empty on the team',
});
registerEnumType(RunPlanCauseEnum, { name: 'RunPlanCause' });
