import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on Account {
    id
    name
    registrationNo
    industry
    region
    tier
    parentId
    purchaseMode
    lifecycleStage
    potential {
      amount
      currency
    }
    relationshipLevel
    quadrant
    drivers {
      factor
      quantity
      unit
    }
    ownerId
    owner {
      id
      name
      email
    }
    parent {
      id
      name
    }
    children {
      id
      name
      tier
    }
    team {
      id
      teamRole
      user {
        id
        name
        email
      }
    }
    createdAt
    updatedAt
    version
  }
`);

/** Accounts are claimed, not created: the first registration wins (claimAccount). */
export const accountsData: ResourceData = { fragment: ACCOUNT_FIELDS, create: 'claimAccount' };
