import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { accountPlanInput } from '../pipeline-inputs';

export const ACCOUNT_PLAN_FIELDS = graphql(`
  fragment AccountPlanFields on AccountPlan {
    id
    accountId
    account {
      id
      name
    }
    period
    intelligenceSummary
    currency
    relationshipStage
    strategy
    riskMargin
    quadrant
    target {
      amount
      currency
    }
    potential {
      amount
      currency
    }
    productTargets {
      product
      amount
    }
    milestones {
      id
      task
      ownerId
      owner {
        id
        name
      }
      due
      done
      position
      floorTarget
    }
    createdBy {
      id
      name
    }
    createdAt
    updatedAt
    version
  }
`);

export const accountPlansData: ResourceData = {
  fragment: ACCOUNT_PLAN_FIELDS,
  toInput: accountPlanInput,
};
