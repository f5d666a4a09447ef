/** The fields the console reads for an account, in one place for list, show and edit. */
export const ACCOUNT_FIELDS = `
  id name registrationNo industry region tier parentId purchaseMode lifecycleStage
  potential { amount currency } relationshipLevel quadrant
  drivers { factor quantity unit }
  ownerId owner { id name email }
  parent { id name }
  children { id name tier }
  team { id teamRole user { id name email } }
  createdAt updatedAt version
`;

/** What a claim or an edit may send; everything else on the record is read-only. */
export const ACCOUNT_INPUT_KEYS = [
  'name',
  'registrationNo',
  'industry',
  'region',
  'tier',
  'parentId',
  'purchaseMode',
  'lifecycleStage',
  'potential',
  'relationshipLevel',
  'drivers',
] as const;
