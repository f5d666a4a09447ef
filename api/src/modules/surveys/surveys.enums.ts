import { SURVEY_INVITATION_STATUSES } from '@trident/domain';
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of';

export const SurveyInvitationStatusEnum = enumOf(SURVEY_INVITATION_STATUSES);

registerEnumType(SurveyInvitationStatusEnum, {
  name: 'SurveyInvitationStatus',
  description: 'SENT (waiting), ANSWERED, or EXPIRED unanswered',
});
