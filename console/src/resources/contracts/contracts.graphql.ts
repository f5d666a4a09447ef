import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { contractInput } from './contract-input';

export const EVIDENCE_FIELDS = graphql(`
  fragment EvidenceFields on EvidenceItem {
    id
    milestoneId
    code
    pillar
    required
    checkedAt
    note
    checkedBy {
      id
      name
    }
  }
`);

export const PAYMENT_MILESTONE_FIELDS = graphql(`
  fragment PaymentMilestoneFields on PaymentMilestone {
    id
    contractId
    accountId
    position
    version
    kind
    site
    share
    currency
    due
    stage
    status
    invoicedAt
    paidAt
    amount {
      amount
      currency
    }
    paid {
      amount
      currency
    }
    open {
      amount
      currency
    }
    evidence {
      ...EvidenceFields
    }
    payments {
      id
      amount
      paidAt
      reference
    }
  }
`);

export const CONTRACT_FIELDS = graphql(`
  fragment ContractFields on Contract {
    id
    opportunityId
    accountId
    title
    kind
    currency
    signedAt
    terms
    sites
    version
    createdAt
    amount {
      amount
      currency
    }
    account {
      id
      name
      region
    }
    opportunity {
      id
      name
    }
    milestones {
      ...PaymentMilestoneFields
    }
  }
`);

/** The contract with its milestones, evidence and payments; its verbs act on the milestones. */
export const contractsData: ResourceData = {
  fragment: CONTRACT_FIELDS,
  // The switch is off or on: off means every contract, not only those without arrears.
  toFilter: ({ overdue, ...rest }) => (overdue ? { ...rest, overdue: true } : rest),
  // Empty optional fields mean "use the deal's" (amount, title, kind), not an empty value.
  toInput: contractInput,
};
