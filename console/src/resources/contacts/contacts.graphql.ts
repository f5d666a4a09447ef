import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const CONTACT_FIELDS = graphql(`
  fragment ContactFields on Contact {
    id
    accountId
    account {
      id
      name
    }
    orgUnitId
    orgUnit {
      id
      name
    }
    name
    title
    level
    reportsToId
    reportsTo {
      id
      name
    }
    responsibilities
    influence
    stance
    buyingRoles
    coachLevel
    risingStar
    relationshipOwnerId
    relationshipOwner {
      id
      name
    }
    status
    leftAt
    notes
    rhythm {
      lastContactedAt
      contactsLast90Days
      cadenceDays
      dueAt
      stale
    }
    createdAt
    updatedAt
    version
  }
`);

export const contactsData: ResourceData = { fragment: CONTACT_FIELDS };

/** People move: a contact who left stays on the map, marked, with the day they left. */
export const MARK_CONTACT_LEFT = graphql(`
  mutation MarkContactLeft($id: ID!, $version: Int!) {
    markContactLeft(id: $id, version: $version) {
      id
      status
      leftAt
      version
    }
  }
`);
