/**
 * Growing the account (issue 21): the whitespace grid, the group roll-up, the deals that sit
 * too long in their stage and a deal's stints. Each document is typed by codegen.
 */
import { graphql } from '../gql';

export const WHITESPACE = graphql(`
  query GrowthWhitespace($accountId: ID!) {
    whitespace(accountId: $accountId) {
      accountId
      sold
      inPipeline
      open
      truncated
      productLines {
        id
        code
        nameZh
        nameEn
        position
      }
      accounts {
        accountId
        parentId
        depth
        account {
          id
          name
          tier
        }
      }
      cells {
        accountId
        productLineId
        status
        contractId
        signedAt
        soldAmount {
          amount
          currency
        }
        opportunityId
        pipelineAmount {
          amount
          currency
        }
        stage {
          id
          nameZh
          nameEn
          probability
        }
        opportunity {
          id
          name
        }
        contract {
          id
          title
        }
      }
    }
  }
`);

export const ROLLUP_FIGURES = graphql(`
  fragment GrowthRollupFigures on RollupFigures {
    pipeline
    weightedPipeline
    revenue
    collected
    decisionContacts
    decisionContactsCovered
    decisionCoverage
    sold
    inPipeline
    open
  }
`);

export const ACCOUNT_ROLLUP = graphql(`
  query GrowthAccountRollup($accountId: ID!, $period: Period!) {
    accountRollup(accountId: $accountId, period: $period) {
      accountId
      currency
      truncated
      rows {
        accountId
        parentId
        depth
        account {
          id
          name
          tier
        }
        own {
          ...GrowthRollupFigures
        }
        total {
          ...GrowthRollupFigures
        }
      }
    }
  }
`);

export const GROUP_ACCOUNT = graphql(`
  query GrowthGroupAccount($id: ID!) {
    account(id: $id) {
      id
      name
      tier
      region
      parent {
        id
        name
      }
    }
  }
`);

export const STALLED_OPPORTUNITIES = graphql(`
  query GrowthStalledOpportunities($days: Int!, $first: Int, $offset: Int) {
    stalledOpportunities(days: $days, first: $first, offset: $offset) {
      totalCount
      nodes {
        id
        name
        daysInStage
        expectedCloseDate
        closeDatePassed
        amount {
          amount
          currency
        }
        stage {
          id
          nameZh
          nameEn
          probability
          isWon
          isLost
        }
        owner {
          id
          name
        }
        account {
          id
          name
        }
      }
    }
  }
`);

export const STAGE_STINTS = graphql(`
  query GrowthStageStints($id: ID!) {
    opportunity(id: $id) {
      id
      stageStints {
        stageId
        enteredAt
        leftAt
        days
        stage {
          id
          nameZh
          nameEn
          probability
          isWon
          isLost
        }
      }
    }
  }
`);
