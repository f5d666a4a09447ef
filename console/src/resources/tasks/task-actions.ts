import { canMoveTask, type TaskStatus } from '@trident/domain';
import type { TaskFieldsFragment } from '../../gql/graphql';

/** What a person can do with a task, per status and per their part in it (seed 000). */
export type TaskAction =
  'ACKNOWLEDGE' | 'START' | 'SUBMIT' | 'STUCK' | 'ANSWER' | 'REVIEW' | 'CANCEL';

export type TaskParties = Pick<TaskFieldsFragment, 'status' | 'assigneeId' | 'requesterId'> & {
  /** An item of a handover: done, never cancelled (the API refuses HANDOVER_ITEM_KEPT). */
  handoverId?: string | null;
  /** Waits for a task not done yet: it cannot start (the API refuses TASK_BLOCKED). */
  blocked?: boolean;
};

/**
 * The assignee acknowledges (content, quality, result, due), starts, submits and says when
 * stuck; the requester — or a manager, `reviewAny` — reviews and cancels; a stuck task is
 * answered by the requester, the account's AR (`isAr`) or a manager. Legal moves come from
 * the shared transition table; the API checks all of it again.
 */
export function taskActions(
  task: TaskParties,
  me: string | undefined,
  { reviewAny = false, isAr = false }: { reviewAny?: boolean; isAr?: boolean } = {},
): TaskAction[] {
  if (!me) return [];
  const status = task.status as TaskStatus;
  const assignee = task.assigneeId === me;
  const reviewer = task.requesterId === me || reviewAny;
  const stuck = status === 'STUCK';
  const actions: TaskAction[] = [];
  if (assignee && canMoveTask(status, 'ACKNOWLEDGED')) actions.push('ACKNOWLEDGE');
  // A stuck task goes on when answered, not by starting it again.
  if (assignee && !stuck && !task.blocked && canMoveTask(status, 'IN_PROGRESS'))
    actions.push('START');
  if (assignee && canMoveTask(status, 'SUBMITTED')) actions.push('SUBMIT');
  if (assignee && canMoveTask(status, 'STUCK')) actions.push('STUCK');
  // The leader answers; the one who is stuck does not answer themselves.
  if (stuck && !assignee && (reviewer || isAr)) actions.push('ANSWER');
  if (reviewer && canMoveTask(status, 'DONE')) actions.push('REVIEW');
  if (reviewer && !task.handoverId && canMoveTask(status, 'CANCELLED')) actions.push('CANCEL');
  return actions;
}

/** Only open tasks are edited; a closed one is history. */
export const isEditable = (status: string) => status !== 'DONE' && status !== 'CANCELLED';

/** A review score is a whole number 0–100. */
export function scoreError(value: string): string | null {
  if (value.trim() === '') return 'trident.task.score_required';
  const score = Number(value);
  if (!Number.isInteger(score) || score < 0 || score > 100) return 'trident.task.score_range';
  return null;
}

/** The dialogs whose text is required: why stuck, the answer, what to redo. */
export const needsText = (action: TaskAction) => action === 'STUCK' || action === 'ANSWER';

/**
 * The edit form holds the blockers as ids (`blockedByIds`, what the API takes); the task
 * reads them as records (`blockedBy`).
 */
export const withBlockedByIds = <T extends { id: string; blockedBy?: readonly { id: string }[] }>(
  task: T,
): T & { blockedByIds: string[] } => ({
  ...task,
  blockedByIds: (task.blockedBy ?? []).map((t) => t.id),
});

/** Tasks another may wait for: those of its customer still open, and those already chosen. */
export function blockerChoices<T extends { id: string; status: string; title: string }>(
  tasks: readonly T[],
  self: string | undefined,
  chosen: readonly string[],
): T[] {
  return tasks.filter((t) => t.id !== self && (isEditable(t.status) || chosen.includes(t.id)));
}
