import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { opportunityInput } from '../pipeline-inputs';

export const OPPORTUNITY_FIELDS = graphql(`
  fragment OpportunityFields on Opportunity {
    id
    accountId
    account {
      id
      name
    }
    name
    currency
    products
    expectedCloseDate
    closeDatePassed
    stageId
    stage {
      id
      code
      nameZh
      nameEn
      probability
      isWon
      isLost
    }
    stageEnteredAt
    daysInStage
    ownerId
    owner {
      id
      name
    }
    coachContactId
    coachContact {
      id
      name
      title
    }
    competitors {
      name
      strengths
      weaknesses
    }
    team {
      userId
      teamRole
      user {
        id
        name
      }
    }
    decisionContacts {
      contactId
      role
      note
      contact {
        id
        name
        title
      }
    }
    history {
      id
      fromStageId
      toStageId
      note
      at
      actor {
        id
        name
      }
      fromStage {
        id
        nameZh
        nameEn
      }
      toStage {
        id
        nameZh
        nameEn
      }
    }
    leadId
    lead {
      id
      title
    }
    closedAt
    amount {
      amount
      currency
    }
    weightedAmount {
      amount
      currency
    }
    contractAmount {
      amount
      currency
    }
    createdAt
    updatedAt
    version
  }
`);

export const opportunitiesData: ResourceData = {
  fragment: OPPORTUNITY_FIELDS,
  toInput: opportunityInput,
  // A single pick in the filter form becomes the list of ids the API filters on.
  // The close-date switch off means every deal, not those whose date has not passed.
  toFilter: ({ stageId, ownerId, closeDatePassed, ...rest }) => ({
    ...rest,
    ...(stageId ? { stageIds: [stageId] } : {}),
    ...(ownerId ? { ownerIds: [ownerId] } : {}),
    ...(closeDatePassed === true ? { closeDatePassed: true } : {}),
  }),
};
