/** Where deals wait and how fast they move (issue 21): the desk's time in stage and velocity. */
import { graphql } from '../gql';

export const TIME_IN_STAGE = graphql(`
  query DeskTimeInStage($period: Period!, $groupBy: StageTimeGroup) {
    timeInStage(period: $period, groupBy: $groupBy) {
      stageId
      key
      completed
      medianDays
      p90Days
      openDeals
      openMedianDays
      stage {
        id
        nameZh
        nameEn
        position
        probability
      }
      owner {
        id
        name
      }
    }
  }
`);

export const DEAL_VELOCITY = graphql(`
  query DeskDealVelocity($period: Period!, $groupBy: StageTimeGroup) {
    dealVelocity(period: $period, groupBy: $groupBy) {
      key
      openDeals
      won
      lost
      winRate
      averageWon
      cycleDays
      perDay
      currency
      owner {
        id
        name
      }
    }
  }
`);

/** Team keys are managers' ids: their names label the teams. */
export const TEAM_LEADS = graphql(`
  query DeskTeamLeads($ids: [ID!]!) {
    users(filter: { ids: $ids }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
