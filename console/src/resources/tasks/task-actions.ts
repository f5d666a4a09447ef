import { canMoveTask, type TaskStatus } from '@trident/domain';
import type { TaskFieldsFragment } from '../../gql/graphql';

/** What a person can do with a task, per status and per their part in it (seed 000). */
export type TaskAction = 'ACKNOWLEDGE' | 'START' | 'SUBMIT' | 'REVIEW' | 'CANCEL';

export type TaskParties = Pick<TaskFieldsFragment, 'status' | 'assigneeId' | 'requesterId'>;

/**
 * The assignee acknowledges (content, quality, result, due), starts and submits; the
 * requester — or a manager, `reviewAny` — reviews and cancels. Legal moves come from the
 * shared transition table; the API checks all of it again.
 */
export function taskActions(
  task: TaskParties,
  me: string | undefined,
  { reviewAny = false }: { reviewAny?: boolean } = {},
): TaskAction[] {
  if (!me) return [];
  const status = task.status as TaskStatus;
  const assignee = task.assigneeId === me;
  const reviewer = task.requesterId === me || reviewAny;
  const actions: TaskAction[] = [];
  if (assignee && canMoveTask(status, 'ACKNOWLEDGED')) actions.push('ACKNOWLEDGE');
  if (assignee && canMoveTask(status, 'IN_PROGRESS')) actions.push('START');
  if (assignee && canMoveTask(status, 'SUBMITTED')) actions.push('SUBMIT');
  if (reviewer && canMoveTask(status, 'DONE')) actions.push('REVIEW');
  if (reviewer && canMoveTask(status, 'CANCELLED')) actions.push('CANCEL');
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
