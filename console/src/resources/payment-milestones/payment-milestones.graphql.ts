import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

/** A milestone as a worklist row: its contract and customer, when it is due, what is open. */
export const PAYMENT_MILESTONE_FIELDS = graphql(`
  fragment MilestoneRowFields on PaymentMilestone {
    id
    contractId
    accountId
    kind
    site
    due
    status
    escalationLevel
    open {
      amount
      currency
    }
    contract {
      id
      title
      account {
        id
        name
      }
    }
  }
`);

/** Read only: milestones are planned, invoiced and paid on their contract's page. */
export const paymentMilestonesData: ResourceData = { fragment: PAYMENT_MILESTONE_FIELDS };
