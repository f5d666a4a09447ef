import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { resourceRequestInput } from '../execution-inputs';

export const RESOURCE_REQUEST_FIELDS = graphql(`
  fragment ResourceRequestFields on ResourceRequest {
    id
    resourceId
    resource {
      id
      name
      title
    }
    accountId
    account {
      id
      name
    }
    opportunityId
    purpose
    date
    status
    requesterId
    requester {
      id
      name
    }
    decidedById
    decisionNote
    createdAt
    version
  }
`);

export const resourceRequestsData: ResourceData = {
  fragment: RESOURCE_REQUEST_FIELDS,
  create: 'requestResource',
  toInput: resourceRequestInput,
};
