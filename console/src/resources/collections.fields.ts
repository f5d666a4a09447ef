/** Selections for the collections and success module (contracts, milestones, evidence). */

export const EVIDENCE_FIELDS = `
  id milestoneId code pillar required checkedAt note
  checkedBy { id name }
`;

export const MILESTONE_FIELDS = `
  id contractId accountId position version kind site share currency due stage status
  invoicedAt paidAt
  amount { amount currency }
  paid { amount currency }
  open { amount currency }
  evidence { ${EVIDENCE_FIELDS} }
  payments { id amount paidAt reference }
`;

export const CONTRACT_FIELDS = `
  id opportunityId accountId title kind currency signedAt terms sites version createdAt
  amount { amount currency }
  account { id name region }
  opportunity { id name }
  milestones { ${MILESTONE_FIELDS} }
`;

export const PAYMENT_FIELDS = `
  id milestoneId amount paidAt reference idempotencyKey recordedAt
  recordedBy { id name }
  milestone { id kind site currency contractId contract { id title account { id name } } }
`;
