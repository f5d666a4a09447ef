import {
  FEEDBACK_KINDS,
  FEEDBACK_SEVERITIES,
  HANDOVER_PLAYBOOKS,
  HANDOVER_STATUSES,
  REVIEW_DECISIONS,
  TASK_KINDS,
  TASK_STATUSES,
} from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const TaskStatusEnum = enumOf(TASK_STATUSES);
export const TaskKindEnum = enumOf(TASK_KINDS);
export const ReviewDecisionEnum = enumOf(REVIEW_DECISIONS);
export const FeedbackKindEnum = enumOf(FEEDBACK_KINDS);
export const FeedbackSeverityEnum = enumOf(FEEDBACK_SEVERITIES);
export const HandoverPlaybookEnum = enumOf(HANDOVER_PLAYBOOKS);
export const HandoverStatusEnum = enumOf(HANDOVER_STATUSES);

registerEnumType(TaskStatusEnum, {
  name: 'TaskStatus',
  description: 'PROPOSED → ACKNOWLEDGED → IN_PROGRESS → SUBMITTED → (REWORK →) DONE | CANCELLED',
});
registerEnumType(TaskKindEnum, { name: 'TaskKind' });
registerEnumType(ReviewDecisionEnum, { name: 'ReviewDecision' });
registerEnumType(FeedbackKindEnum, { name: 'FeedbackKind' });
registerEnumType(FeedbackSeverityEnum, { name: 'FeedbackSeverity' });
registerEnumType(HandoverPlaybookEnum, {
  name: 'HandoverPlaybook',
  description: 'Seed 001: transfer (0 %), phone introduction (25/50 %), joint visit (75/100 %)',
});
registerEnumType(HandoverStatusEnum, { name: 'HandoverStatus' });
