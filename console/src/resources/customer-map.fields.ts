/** GraphQL selections of the customer-map and process resources, in one place. */
export const ORG_UNIT_FIELDS = `id accountId name kind parentId parent { id name } version createdAt`;

export const CONTACT_FIELDS = `
  id accountId account { id name } orgUnitId orgUnit { id name } name title level
  reportsToId reportsTo { id name } responsibilities influence stance buyingRoles coachLevel
  risingStar relationshipOwnerId relationshipOwner { id name } status leftAt notes
  createdAt updatedAt version
`;

export const TEMPLATE_FIELDS = `
  id accountId account { id name } kind name description version
  steps {
    id position name approverContactId approverContact { id name } approverOrgUnitId
    approverOrgUnit { id name } rule condition typicalDays documentsRequired
  }
`;

export const RUN_FIELDS = `
  id accountId account { id name } title amount productLine status startedAt finishedAt subjectType subjectId
  template { id name kind } startedBy { id name }
  steps {
    id position name status since daysInStatus typicalDays blockReason version
    blockerContact { id name } approverContact { id name } approverOrgUnit { id name }
  }
`;

export const STEP_INPUT_KEYS = [
  'name',
  'approverContactId',
  'approverOrgUnitId',
  'rule',
  'condition',
  'typicalDays',
  'documentsRequired',
] as const;
