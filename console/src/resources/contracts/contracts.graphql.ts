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
    attachments {
      ...AttachmentFields
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
    gates {
      id
      name
      status
    }
    waitingOn {
      id
      name
      status
      daysLate
      approverContact {
        id
        name
      }
      approverOrgUnit {
        id
        name
      }
      owner {
        id
        name
      }
      run {
        id
        title
      }
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
    termMonths
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

export const SET_PAYMENT_PLAN = graphql(`
  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {
    setPaymentPlan(contractId: $contractId, input: $input, version: $version) {
      ...ContractFields
    }
  }
`);

export const CHECK_EVIDENCE = graphql(`
  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {
    checkEvidence(id: $id, checked: $checked, note: $note) {
      ...EvidenceFields
    }
  }
`);

export const INVOICE_MILESTONE = graphql(`
  mutation InvoiceMilestone($id: ID!, $version: Int!) {
    invoiceMilestone(id: $id, version: $version) {
      ...PaymentMilestoneFields
    }
  }
`);

/** Saving twice sends the same idempotency key: the payment is booked once. */
export const RECORD_PAYMENT = graphql(`
  mutation RecordPayment(
    $milestoneId: ID!
    $amount: Decimal!
    $paidAt: LocalDate!
    $reference: String
    $idempotencyKey: String!
  ) {
    recordPayment(
      milestoneId: $milestoneId
      amount: $amount
      paidAt: $paidAt
      reference: $reference
      idempotencyKey: $idempotencyKey
    ) {
      id
      amount
      paidAt
      reference
    }
  }
`);

/** The customer's run steps a milestone can wait on: the contract's runs and its deal's. */
export const GATE_CHOICES = graphql(`
  query GateChoices($contractId: ID!, $opportunityId: ID!) {
    contractRuns: processRuns(
      filter: { subjectType: CONTRACT, subjectId: $contractId }
      first: 50
    ) {
      nodes {
        ...GateRun
      }
    }
    dealRuns: processRuns(
      filter: { subjectType: OPPORTUNITY, subjectId: $opportunityId }
      first: 50
    ) {
      nodes {
        ...GateRun
      }
    }
  }

  fragment GateRun on ProcessRun {
    id
    title
    status
    template {
      id
      name
    }
    steps {
      id
      position
      name
      status
    }
  }
`);

export const SET_MILESTONE_GATES = graphql(`
  mutation SetMilestoneGates($milestoneId: ID!, $runStepIds: [ID!]!) {
    setMilestoneGates(milestoneId: $milestoneId, runStepIds: $runStepIds) {
      ...PaymentMilestoneFields
    }
  }
`);
