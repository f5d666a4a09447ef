import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const DELIVERY_FIELDS = graphql(`
  fragment DeliveryFields on Delivery {
    id
    kind
    channel
    status
    reason
    error
    attempts
    subject
    createdAt
    sentAt
    nextAttemptAt
    holdUntil
    recipient {
      id
      name
      email
    }
    robot {
      id
      name
      platform
    }
  }
`);

export const RETRY_DELIVERY = graphql(`
  mutation RetryDelivery($id: ID!) {
    retryDelivery(id: $id) {
      ...DeliveryFields
    }
  }
`);

export const deliveriesData: ResourceData = { fragment: DELIVERY_FIELDS };
