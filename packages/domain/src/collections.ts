import type { EvidenceItemCode, EvidencePillar, MilestoneKind } from './enums';

export const EVIDENCE_PILLAR_OF: Record<EvidenceItemCode, EvidencePillar> = {
  RELATIONSHIP_KEPT: 'RELATIONSHIP',
  CONTRACT_PERFORMED: 'CONTRACT',
  SIGNED_CONTRACT: 'EVIDENCE',
  DELIVERY_NOTE: 'EVIDENCE',
  ACCEPTANCE_CERTIFICATE: 'EVIDENCE',
  SIGN_OFF: 'EVIDENCE',
  INVOICE: 'EVIDENCE',
};

/**
 * What must be checked before a milestone is invoiced (seed 002: money comes back on
 * relationship, performance and evidence together). The invoice itself is checked after.
 */
export const REQUIRED_EVIDENCE: Record<MilestoneKind, EvidenceItemCode[]> = {
  DOWN_PAYMENT: ['RELATIONSHIP_KEPT', 'SIGNED_CONTRACT'],
  ON_DELIVERY: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'DELIVERY_NOTE'],
  ON_ACCEPTANCE: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'ACCEPTANCE_CERTIFICATE'],
  WARRANTY_RETENTION: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'SIGN_OFF'],
  PER_SITE: ['RELATIONSHIP_KEPT', 'CONTRACT_PERFORMED', 'DELIVERY_NOTE', 'ACCEPTANCE_CERTIFICATE'],
};

/** Milestones paid against delivery work: while one is not invoiced, the contract is in delivery. */
export const DELIVERY_MILESTONE_KINDS = [
  'ON_DELIVERY',
  'ON_ACCEPTANCE',
  'PER_SITE',
] as const satisfies readonly MilestoneKind[];

/** Seed 002's usual split of the four payment stages, in percent. */
export const STANDARD_SHARES: Record<Exclude<MilestoneKind, 'PER_SITE'>, string> = {
  DOWN_PAYMENT: '30.00',
  ON_DELIVERY: '40.00',
  ON_ACCEPTANCE: '25.00',
  WARRANTY_RETENTION: '5.00',
};
