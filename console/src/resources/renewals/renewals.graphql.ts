import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { renewalInput } from './renewal-input';

export const RENEWAL_FIELDS = graphql(`
  fragment RenewalFields on Renewal {
    id
    accountId
    account {
      id
      name
    }
    contractId
    contract {
      id
      title
      signedAt
    }
    opportunityId
    opportunity {
      id
      name
    }
    newNeeds
    productFit
    newProductNeeded
    amount {
      amount
      currency
    }
    currency
    expectedSignDate
    status
    createdById
    createdAt
    version
  }
`);

/** The next contract with a customer; the form writes the amount as a decimal in its currency. */
export const renewalsData: ResourceData = {
  fragment: RENEWAL_FIELDS,
  toInput: renewalInput,
};

/**
 * What a renewal of this account may link to: its contracts, and its deals (the API takes
 * only RENEWAL deals; the form offers only those).
 */
export const RENEWAL_LINK_CHOICES = graphql(`
  query RenewalLinkChoices($accountId: ID!) {
    contracts(filter: { accountId: $accountId }, first: 200) {
      nodes {
        id
        title
        signedAt
        currency
        amount {
          amount
          currency
        }
      }
    }
    opportunities(filter: { accountId: $accountId }, first: 500) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);
