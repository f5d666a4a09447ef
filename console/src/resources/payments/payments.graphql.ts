import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const PAYMENT_FIELDS = graphql(`
  fragment PaymentFields on Payment {
    id
    milestoneId
    amount
    paidAt
    reference
    idempotencyKey
    recordedAt
    recordedBy {
      id
      name
    }
    milestone {
      id
      kind
      site
      currency
      contractId
      contract {
        id
        title
        account {
          id
          name
        }
      }
    }
  }
`);

/** Payments as booked: read only here, they are recorded on the contract page. */
export const paymentsData: ResourceData = { fragment: PAYMENT_FIELDS };
