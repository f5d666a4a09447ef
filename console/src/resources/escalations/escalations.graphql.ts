import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { mineFilter } from '../execution-inputs';

export const ESCALATION_FIELDS = graphql(`
  fragment EscalationFields on Escalation {
    id
    ruleId
    objectType
    objectId
    objectParentId
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
    acknowledgedAt
    acknowledgedBy {
      id
      name
    }
    resolvedAt
    resolvedBy {
      id
      name
    }
    resolutionNote
    version
    rule {
      id
      name
      trigger
      manualResolve
    }
  }
`);

export const escalationsData: ResourceData = { fragment: ESCALATION_FIELDS, toFilter: mineFilter };

export const ACKNOWLEDGE_ESCALATION = graphql(`
  mutation AcknowledgeEscalation($id: ID!) {
    acknowledgeEscalation(id: $id) {
      ...EscalationFields
    }
  }
`);

export const RESOLVE_ESCALATION = graphql(`
  mutation ResolveEscalation($id: ID!, $note: String!) {
    resolveEscalation(id: $id, note: $note) {
      ...EscalationFields
    }
  }
`);

export const REASSIGN_ESCALATION = graphql(`
  mutation ReassignEscalation($id: ID!, $userId: ID!) {
    reassignEscalation(id: $id, userId: $userId) {
      ...EscalationFields
    }
  }
`);

/** Whom an escalation may be handed to: active people, a manager's own line only. */
export const REASSIGN_CHOICES = graphql(`
  query ReassignChoices($filter: UserFilter!) {
    users(filter: $filter, first: 200) {
      nodes {
        id
        name
        email
      }
    }
  }
`);
