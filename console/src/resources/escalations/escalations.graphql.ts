import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { mineFilter } from '../execution-inputs';

export const ESCALATION_FIELDS = graphql(`
  fragment EscalationFields on Escalation {
    id
    ruleId
    objectType
    objectId
    accountId
    account {
      id
      name
    }
    level
    target
    targetUserId
    targetUser {
      id
      name
    }
    resourceId
    summary
    status
    createdAt
    resolvedAt
    rule {
      id
      name
      trigger
    }
  }
`);

export const escalationsData: ResourceData = { fragment: ESCALATION_FIELDS, toFilter: mineFilter };
