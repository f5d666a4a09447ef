import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const HANDOVER_FIELDS = graphql(`
  fragment HandoverFields on Handover {
    id
    fromUserId
    fromUser {
      id
      name
      status
    }
    toUserId
    toUser {
      id
      name
    }
    status
    startedById
    startedAt
    doneAt
    progress {
      total
      done
    }
    items {
      id
      title
      status
      playbook
      due
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
      assignee {
        id
        name
      }
      version
    }
  }
`);

/** A handover is started between two people (startHandover), one task per account and deal. */
export const handoversData: ResourceData = { fragment: HANDOVER_FIELDS, create: 'startHandover' };
