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

export const DECIDE_RESOURCE_REQUEST = graphql(`
  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {
    decideResourceRequest(id: $id, approve: $approve, note: $note) {
      ...ResourceRequestFields
    }
  }
`);
