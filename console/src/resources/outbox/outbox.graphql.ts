import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const OUTBOX_MESSAGE_FIELDS = graphql(`
  fragment OutboxMessageFields on OutboxMessage {
    id
    channel
    address
    subject
    text
    createdAt
  }
`);

export const outboxData: ResourceData = { fragment: OUTBOX_MESSAGE_FIELDS };
