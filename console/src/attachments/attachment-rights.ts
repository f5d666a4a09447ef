import type { AttachmentFieldsFragment, TaskFieldsFragment } from '../gql/graphql';

/** What a person may do with the files of one record; the API decides again. */
export interface FileRights {
  attach: boolean;
  remove(file: Pick<AttachmentFieldsFragment, 'uploadedBy'>): boolean;
}

/** Files to read and download only (a reviewer's view of what was handed in). */
export const READ_ONLY: FileRights = { attach: false, remove: () => false };

/** Whoever attached a file removes it, or a manager or an admin, while they may attach. */
const rights = (attach: boolean, me: string | undefined, removeAny: boolean): FileRights => ({
  attach,
  remove: (file) => attach && (removeAny || (!!me && file.uploadedBy?.id === me)),
});

/** Evidence is kept by those who check it, until the milestone is paid. */
export function evidenceFileRights(
  milestone: { stage: string },
  { mayKeep, me, removeAny }: { mayKeep: boolean; me: string | undefined; removeAny: boolean },
): FileRights {
  return rights(mayKeep && milestone.stage !== 'PAID', me, removeAny);
}

/**
 * A task's files are its assignee's and requester's (and their managers'), until the task
 * is done or cancelled.
 */
export function taskFileRights(
  task: Pick<TaskFieldsFragment, 'status' | 'assigneeId' | 'requesterId'>,
  { mayAttach, me, removeAny }: { mayAttach: boolean; me: string | undefined; removeAny: boolean },
): FileRights {
  const open = task.status !== 'DONE' && task.status !== 'CANCELLED';
  const party = !!me && (task.assigneeId === me || task.requesterId === me);
  return rights(mayAttach && open && (party || removeAny), me, removeAny);
}

/** 1.5 MB, 320 KB, 12 B: sizes as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / 1024 / 1024;
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
