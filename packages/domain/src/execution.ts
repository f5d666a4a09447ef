import type { HandoverPlaybook, TaskStatus } from './enums';

/** Legal task moves (seed 000): acknowledge before starting; review sends back or closes. */
export const TASK_TRANSITIONS: Record<TaskStatus, readonly TaskStatus[]> = {
  PROPOSED: ['ACKNOWLEDGED', 'CANCELLED'],
  ACKNOWLEDGED: ['IN_PROGRESS', 'STUCK', 'CANCELLED'],
  IN_PROGRESS: ['SUBMITTED', 'STUCK', 'CANCELLED'],
  SUBMITTED: ['REWORK', 'DONE', 'CANCELLED'],
  REWORK: ['IN_PROGRESS', 'SUBMITTED', 'STUCK', 'CANCELLED'],
  // Answered by the requester or the AR: work goes on.
  STUCK: ['IN_PROGRESS', 'CANCELLED'],
  DONE: [],
  CANCELLED: [],
};

export const canMoveTask = (from: TaskStatus, to: TaskStatus) =>
  TASK_TRANSITIONS[from].includes(to);

/**
 * Seed 000's arithmetic: the plan's score is execution × presentation, both 0–100 —
 * 70 % done well presented at 70 % is 49 %.
 */
export function planScore(execution: number | null, presentation: number | null): number | null {
  if (execution === null || presentation === null) return null;
  return Math.round(execution * presentation) / 100;
}

/**
 * Seed 001: at 0 % transfer directly; at 25 % and 50 % the leaver calls the customer and
 * hands the phone to the successor; at 75 % and 100 % they visit together.
 */
export function handoverPlaybook(probability: number | null): HandoverPlaybook {
  if (probability === null || probability < 25) return 'TRANSFER';
  if (probability < 75) return 'PHONE_INTRO';
  return 'JOINT_VISIT';
}
