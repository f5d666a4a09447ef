import { graphql } from '../gql';

/** One customer's map and its relationship coverage, in one request. */
export const ORG_CHART = graphql(`
  query OrgChart($accountId: ID!) {
    orgChart(accountId: $accountId) {
      account {
        id
        name
      }
      units {
        id
        name
        kind
        parentId
      }
      contacts {
        id
        name
        title
        orgUnitId
        reportsToId
        influence
        stance
        coachLevel
        risingStar
        status
        rhythm {
          stale
          lastContactedAt
        }
        relationshipOwner {
          id
          name
        }
      }
      influences {
        id
        fromContactId
        toContactId
        strength
        note
      }
    }
    relationshipCoverage(accountId: $accountId) {
      unitsTotal
      unitsCovered
      unitCoverage
      decisionContactsTotal
      decisionContactsCovered
      decisionCoverage
      uncoveredUnits {
        id
        name
      }
      risingStarsWithoutOwner {
        id
        name
        title
      }
      highInfluenceOpponents {
        id
        name
        title
        stance
        influence
      }
    }
  }
`);

/** Draw an influence edge: `from` sways `to`. */
export const ADD_INFLUENCE = graphql(`
  mutation AddInfluence($input: AddInfluenceInput!) {
    addInfluence(input: $input) {
      id
      fromContactId
      toContactId
      strength
      note
    }
  }
`);

export const REMOVE_INFLUENCE = graphql(`
  mutation RemoveInfluence($id: ID!) {
    removeInfluence(id: $id)
  }
`);
