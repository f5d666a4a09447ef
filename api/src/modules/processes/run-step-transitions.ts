import type { RunStepStatus } from '@trident/domain';

/**
 * Where a step may go from where it is. PASSED and SKIPPED are final; a blocked step
 * goes back to review once unblocked (or passes directly).
 */
export const RUN_STEP_TRANSITIONS: Record<RunStepStatus, readonly RunStepStatus[]> = {
  PENDING: ['IN_REVIEW', 'SKIPPED'],
  IN_REVIEW: ['PASSED', 'BLOCKED', 'SKIPPED'],
  BLOCKED: ['IN_REVIEW', 'PASSED', 'SKIPPED'],
  PASSED: [],
  SKIPPED: [],
};

export const canMoveStep = (from: RunStepStatus, to: RunStepStatus) =>
  RUN_STEP_TRANSITIONS[from].includes(to);

export const isFinished = (status: RunStepStatus) => status === 'PASSED' || status === 'SKIPPED';
