import { useCanAccess, useGetIdentity } from 'react-admin';
import type { TaskFieldsFragment } from '../gql/graphql';
import {
  evidenceFileRights,
  READ_ONLY,
  taskFileRights,
  type FileRights,
} from './attachment-rights';

/** The signed-in person, and what the access matrix lets their roles do with files. */
function useFileRoles() {
  const { data: identity } = useGetIdentity();
  const { canAccess: mayAttach = false } = useCanAccess({
    resource: 'attachments',
    action: 'attach',
  });
  const { canAccess: removeAny = false } = useCanAccess({
    resource: 'attachments',
    action: 'remove_any',
  });
  return { me: identity?.id ? String(identity.id) : undefined, mayAttach, removeAny };
}

/** The evidence itself (scans, photos, signed sheets) is kept by those who check it. */
export function useEvidenceFileRights(milestone: { stage: string }, canCheck: boolean): FileRights {
  const { me, mayAttach, removeAny } = useFileRoles();
  return evidenceFileRights(milestone, { mayKeep: canCheck && mayAttach, me, removeAny });
}

export function useTaskFileRights(
  task: Pick<TaskFieldsFragment, 'status' | 'assigneeId' | 'requesterId'> | undefined,
): FileRights {
  const roles = useFileRoles();
  return task ? taskFileRights(task, roles) : READ_ONLY;
}
