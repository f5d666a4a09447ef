/** GraphQL selections and input keys of the pipeline and planning resources, in one place. */

export const FUNNEL_STAGE_FIELDS = `
  id code nameZh nameEn probability position isWon isLost entryCriteria weakness active version
`;

export const FUNNEL_STAGE_KEYS = [
  'code',
  'nameZh',
  'nameEn',
  'probability',
  'position',
  'isWon',
  'isLost',
  'entryCriteria',
  'weakness',
  'active',
] as const;

const BANT = `confirmed note`;

export const LEAD_FIELDS = `
  id accountId account { id name } title source scenario
  spin { situation problem implication needPayoff }
  budget { ${BANT} } authority { ${BANT} } need { ${BANT} } timing { ${BANT} }
  authorityContactId authorityContact { id name title }
  status ownerId owner { id name } opportunityId opportunity { id name }
  overrideReason estimated { amount currency } missingBant
  createdAt updatedAt version
`;

const LEAD_KEYS = [
  'source',
  'scenario',
  'estimated',
  'spin',
  'budget',
  'authority',
  'authorityContactId',
  'need',
  'timing',
  'ownerId',
  'title',
] as const;
export const LEAD_CREATE_KEYS = ['accountId', ...LEAD_KEYS] as const;
export const LEAD_UPDATE_KEYS = LEAD_KEYS;

export const OPPORTUNITY_FIELDS = `
  id accountId account { id name } name currency products expectedCloseDate
  stageId stage { id code nameZh nameEn probability isWon isLost } stageEnteredAt daysInStage
  ownerId owner { id name } coachContactId coachContact { id name title }
  competitors { name strengths weaknesses }
  team { userId teamRole user { id name } }
  decisionContacts { contactId role note contact { id name title } }
  history {
    id fromStageId toStageId note at actor { id name }
    fromStage { id nameZh nameEn } toStage { id nameZh nameEn }
  }
  leadId lead { id title } closedAt
  amount { amount currency } weightedAmount { amount currency } contractAmount { amount currency }
  createdAt updatedAt version
`;

/** Fewer fields for the board's cards: it loads hundreds at once. */
export const BOARD_CARD_FIELDS = `
  id name accountId account { id name } stageId daysInStage expectedCloseDate
  owner { id name } amount { amount currency } version
`;

const OPPORTUNITY_KEYS = [
  'name',
  'amount',
  'products',
  'expectedCloseDate',
  'ownerId',
  'coachContactId',
  'team',
  'decisionContacts',
  'competitors',
] as const;
export const OPPORTUNITY_CREATE_KEYS = ['accountId', 'stageId', ...OPPORTUNITY_KEYS] as const;
export const OPPORTUNITY_UPDATE_KEYS = OPPORTUNITY_KEYS;

export const ACTIVITY_FIELDS = `
  id accountId account { id name } opportunityId opportunity { id name }
  kind occurredAt summary nextSteps participantIds participants { id name }
  contactIds contacts { id name title } createdById createdBy { id name } createdAt version
`;

const ACTIVITY_KEYS = [
  'opportunityId',
  'kind',
  'occurredAt',
  'summary',
  'nextSteps',
  'participantIds',
  'contactIds',
] as const;
export const ACTIVITY_CREATE_KEYS = ['accountId', ...ACTIVITY_KEYS] as const;
export const ACTIVITY_UPDATE_KEYS = ACTIVITY_KEYS;

export const ACCOUNT_PLAN_FIELDS = `
  id accountId account { id name } period intelligenceSummary currency relationshipStage
  strategy riskMargin quadrant target { amount currency } potential { amount currency }
  productTargets { product amount }
  milestones { id task ownerId owner { id name } due done position floorTarget }
  createdBy { id name } createdAt updatedAt version
`;

const ACCOUNT_PLAN_KEYS = [
  'intelligenceSummary',
  'potential',
  'relationshipStage',
  'strategy',
  'productTargets',
  'riskMargin',
  'milestones',
  'target',
] as const;
export const ACCOUNT_PLAN_CREATE_KEYS = [
  'accountId',
  'period',
  'currency',
  ...ACCOUNT_PLAN_KEYS,
] as const;
export const ACCOUNT_PLAN_UPDATE_KEYS = ACCOUNT_PLAN_KEYS;

const ADJUSTMENT = `
  id targetId userId period fromRevenue toRevenue reason wonAtChange flagged at
  user { id name } actor { id name }
`;
export const TARGET_ADJUSTMENT_FIELDS = ADJUSTMENT;

export const SALES_TARGET_FIELDS = `
  id userId user { id name } period revenue currency newAccounts renewalRate riskMargin
  adjustments { ${ADJUSTMENT} } createdAt updatedAt version
`;

export const SALES_TARGET_KEYS = [
  'userId',
  'period',
  'revenue',
  'currency',
  'newAccounts',
  'renewalRate',
  'riskMargin',
  'reason',
] as const;
