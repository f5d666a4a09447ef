import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';
import { activityInput } from '../pipeline-inputs';

export const ACTIVITY_FIELDS = graphql(`
  fragment ActivityFields on Activity {
    id
    accountId
    account {
      id
      name
    }
    opportunityId
    opportunity {
      id
      name
    }
    kind
    occurredAt
    summary
    nextSteps
    participantIds
    participants {
      id
      name
    }
    contactIds
    contacts {
      id
      name
      title
    }
    createdById
    createdBy {
      id
      name
    }
    createdAt
    version
  }
`);

export const activitiesData: ResourceData = { fragment: ACTIVITY_FIELDS, toInput: activityInput };
