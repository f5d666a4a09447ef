import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { salesTargetInput } from '../pipeline-inputs';

export const TARGET_ADJUSTMENT_FIELDS = graphql(`
  fragment TargetAdjustmentFields on TargetAdjustment {
    id
    targetId
    userId
    period
    fromRevenue
    toRevenue
    reason
    wonAtChange
    flagged
    at
    user {
      id
      name
    }
    actor {
      id
      name
    }
  }
`);

export const SALES_TARGET_FIELDS = graphql(`
  fragment SalesTargetFields on SalesTarget {
    id
    userId
    user {
      id
      name
    }
    period
    revenue
    currency
    newAccounts
    renewalRate
    riskMargin
    attainment {
      revenueWon
      newAccountsWon
      renewalsDue
      renewalsSigned
      renewalRate
      revenueMet
      newAccountsMet
      renewalRateMet
    }
    adjustments {
      ...TargetAdjustmentFields
    }
    createdAt
    updatedAt
    version
  }
`);

/** Setting a target answers with the change: the target, its adjustment and whether it was flagged. */
export const salesTargetsData: ResourceData = {
  fragment: SALES_TARGET_FIELDS,
  create: 'setSalesTarget',
  toInput: salesTargetInput,
};

export const ADJUST_TARGET = graphql(`
  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {
    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {
      flagged
      target {
        ...SalesTargetFields
      }
      adjustment {
        ...TargetAdjustmentFields
      }
    }
  }
`);

export const TARGET_ADJUSTMENTS = graphql(`
  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {
    targetAdjustments(filter: $filter, first: $first) {
      nodes {
        ...TargetAdjustmentFields
      }
      totalCount
    }
  }
`);
