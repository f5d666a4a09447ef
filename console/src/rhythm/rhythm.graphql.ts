/**
 * Relationship rhythm (issue 20, seed 003): how warm each relationship is kept, from the visit
 * log, against a cadence per contact level that ADMIN sets.
 */
import { graphql } from '../gql';

export const STALE_RELATIONSHIP_FIELDS = graphql(`
  fragment StaleRelationshipFields on StaleRelationship {
    contactId
    accountId
    lastContactedAt
    contactsLast90Days
    cadenceDays
    dueAt
    daysOverdue
    contact {
      id
      name
      title
      level
      risingStar
    }
    account {
      id
      name
    }
    relationshipOwner {
      id
      name
    }
  }
`);

/** Cooling relationships in the caller's scope (or one account's), most overdue first. */
export const STALE_RELATIONSHIPS = graphql(`
  query StaleRelationships($accountId: ID, $first: Int, $offset: Int) {
    staleRelationships(accountId: $accountId, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...StaleRelationshipFields
      }
    }
  }
`);

export const RELATIONSHIP_CADENCES = graphql(`
  query RelationshipCadences {
    relationshipCadences {
      key
      days
      updatedAt
    }
  }
`);

/** Days null removes the cadence of that level; the answer is every cadence. */
export const SET_RELATIONSHIP_CADENCE = graphql(`
  mutation SetRelationshipCadence($key: CadenceKey!, $days: Int) {
    setRelationshipCadence(key: $key, days: $days) {
      key
      days
      updatedAt
    }
  }
`);
