import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const ORG_UNIT_FIELDS = graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    accountId
    name
    kind
    parentId
    parent {
      id
      name
    }
    version
    createdAt
  }
`);

export const orgUnitsData: ResourceData = { fragment: ORG_UNIT_FIELDS };
