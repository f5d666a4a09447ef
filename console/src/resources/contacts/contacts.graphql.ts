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
    createdAt
    updatedAt
    version
  }
`);

export const contactsData: ResourceData = { fragment: CONTACT_FIELDS };
