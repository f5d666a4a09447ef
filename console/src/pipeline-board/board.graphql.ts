import { graphql } from '../gql';

/** Fewer fields for the board's cards: it loads hundreds at once. */
export const BOARD_CARD_FIELDS = graphql(`
  fragment BoardCardFields on Opportunity {
    id
    name
    accountId
    account {
      id
      name
    }
    stageId
    daysInStage
    expectedCloseDate
    closeDatePassed
    owner {
      id
      name
    }
    amount {
      amount
      currency
    }
    version
  }
`);

/**
 * The board's reads: open deals (all, up to the page limit), and the latest won and the latest
 * lost ones, each with its own limit (a month of wins must not hide every loss).
 */
export const BOARD = graphql(`
  query Board(
    $open: OpportunityFilter
    $won: OpportunityFilter
    $lost: OpportunityFilter
    $openFirst: Int
    $closedFirst: Int
  ) {
    stages: funnelStages {
      ...FunnelStageFields
    }
    open: opportunities(
      filter: $open
      first: $openFirst
      orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]
    ) {
      nodes {
        ...BoardCardFields
      }
      totalCount
    }
    won: opportunities(
      filter: $won
      first: $closedFirst
      orderBy: [{ field: UPDATED_AT, direction: DESC }]
    ) {
      nodes {
        ...BoardCardFields
      }
    }
    lost: opportunities(
      filter: $lost
      first: $closedFirst
      orderBy: [{ field: UPDATED_AT, direction: DESC }]
    ) {
      nodes {
        ...BoardCardFields
      }
    }
  }
`);

export const MOVE_OPPORTUNITY = graphql(`
  mutation MoveOpportunity(
    $id: ID!
    $stageId: ID!
    $version: Int!
    $note: String
    $contractAmount: Decimal
  ) {
    moveOpportunity(
      id: $id
      stageId: $stageId
      version: $version
      note: $note
      contractAmount: $contractAmount
    ) {
      ...BoardCardFields
    }
  }
`);
