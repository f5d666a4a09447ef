import { graphql } from '../../gql';
import type { ResourceData } from '../../providers/adapter';

export const AUDIT_EVENT_FIELDS = graphql(`
  fragment AuditEventFields on AuditEvent {
    id
    actorId
    actorKind
    action
    entity
    entityId
    before
    after
    requestId
    at
    actor {
      id
      name
    }
  }
`);

export const auditEventsData: ResourceData = { fragment: AUDIT_EVENT_FIELDS };
