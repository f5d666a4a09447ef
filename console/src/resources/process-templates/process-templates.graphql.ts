import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { templateInput } from './template-input';

export const PROCESS_TEMPLATE_FIELDS = graphql(`
  fragment ProcessTemplateFields on ProcessTemplate {
    id
    accountId
    account {
      id
      name
    }
    kind
    name
    description
    version
    steps {
      id
      position
      name
      approverContactId
      approverContact {
        id
        name
      }
      approverOrgUnitId
      approverOrgUnit {
        id
        name
      }
      rule
      condition
      typicalDays
      documentsRequired
      ownerRole
      ownerUserId
      ownerUser {
        id
        name
      }
    }
  }
`);

export const processTemplatesData: ResourceData = {
  fragment: PROCESS_TEMPLATE_FIELDS,
  toInput: templateInput,
};
