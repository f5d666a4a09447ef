/** The account risk register (issue 20, seed 004): ranked by exposure = likelihood × impact. */
import { graphql } from '../gql';

export const RISK_FIELDS = graphql(`
  fragment RiskFields on AccountRisk {
    id
    accountId
    title
    description
    source
    causeId
    likelihood
    impact
    exposure
    ownerId
    owner {
      id
      name
    }
    mitigation
    status
    reviewDate
    closedAt
    createdAt
    version
    account {
      id
      name
    }
    tasks {
      id
      title
      status
      due
      overdue
    }
  }
`);

export const RISKS = graphql(`
  query Risks($filter: RiskFilter, $first: Int, $offset: Int) {
    risks(filter: $filter, first: $first, offset: $offset) {
      totalCount
      nodes {
        ...RiskFields
      }
    }
  }
`);

export const RISK = graphql(`
  query Risk($id: ID!) {
    risk(id: $id) {
      ...RiskFields
    }
  }
`);

export const CREATE_RISK = graphql(`
  mutation CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      ...RiskFields
    }
  }
`);

export const UPDATE_RISK = graphql(`
  mutation UpdateRisk($id: ID!, $version: Int!, $input: UpdateRiskInput!) {
    updateRisk(id: $id, version: $version, input: $input) {
      ...RiskFields
    }
  }
`);

/** Who may own a risk: the people on the account's team. */
export const ACCOUNT_TEAM_USERS = graphql(`
  query AccountTeamUsers($accountId: ID!) {
    users(filter: { onAccountTeam: $accountId }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
