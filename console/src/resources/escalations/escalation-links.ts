import type { EscalationFieldsFragment } from '../../gql/graphql';
import { listUrl } from '../list-url';

type Escalated = Pick<EscalationFieldsFragment, 'objectType' | 'objectId' | 'objectParentId'>;

/** Where an escalation's object is read: the resource whose page it opens, and the path. */
export interface RecordLink {
  resource: string;
  action: 'show' | 'list';
  to: string;
}

/**
 * The console page of what an escalation is about. A run step lives on its run's page and a
 * milestone on its contract's; feedback has no page of its own, so its list opens on it alone.
 * Null when the parent the page needs is missing.
 */
export function escalationRecordLink(row: Escalated): RecordLink | null {
  const { objectId: id, objectParentId: parent } = row;
  switch (row.objectType) {
    case 'TASK':
      return { resource: 'tasks', action: 'show', to: `/tasks/${id}/show` };
    case 'OPPORTUNITY':
      return { resource: 'opportunities', action: 'show', to: `/opportunities/${id}/show` };
    case 'CONTACT':
      return { resource: 'contacts', action: 'show', to: `/contacts/${id}/show` };
    case 'RUN_STEP':
      return parent
        ? { resource: 'processRuns', action: 'show', to: `/processRuns/${parent}/show` }
        : null;
    case 'MILESTONE':
      return parent
        ? { resource: 'contracts', action: 'show', to: `/contracts/${parent}/show` }
        : null;
    case 'FEEDBACK':
      return { resource: 'feedbacks', action: 'list', to: listUrl('feedbacks', { ids: [id] }) };
  }
}
