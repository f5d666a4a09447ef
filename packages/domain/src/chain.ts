import type { DealTeamRole, ProcessKind, RunStepStatus } from './enums';

/**
 * The customer's chain as a plan against time (seed 000: every step has an approver, a
 * typical duration and someone of ours who carries it). Pure functions: the API stores what
 * they compute, the console previews with them.
 */

const DAY = 86_400_000;

/** Who on our side owns a step when its template says nothing (seed 002's roles). */
export const DEFAULT_STEP_OWNER: Record<ProcessKind, DealTeamRole> = {
  // Needs and evaluations are technical: the solution responsible.
  NEED: 'SR',
  // Procurement, tender, contract, decision and payment are commercial: the account manager.
  PROCUREMENT: 'AR',
  TENDER: 'AR',
  CONTRACT: 'AR',
  DECISION: 'AR',
  PAYMENT: 'AR',
  // Acceptance follows delivery: the fulfilment responsible.
  ACCEPTANCE: 'FR',
};

export const isStepFinished = (status: RunStepStatus) =>
  status === 'PASSED' || status === 'SKIPPED';
export const isStepOpen = (status: RunStepStatus) => !isStepFinished(status);

/** What the schedule needs of a step, in run order. */
export interface ScheduledStepInput {
  status: RunStepStatus;
  typicalDays: number;
  /** Observed: when it went into review (null while pending). */
  startedAt: Date | null;
  /** Observed: when it passed or was skipped. */
  finishedAt: Date | null;
}

export interface StepSchedule {
  expectedStart: Date | null;
  expectedFinish: Date | null;
}

/**
 * Expected dates: each step starts when the one before it is expected to finish, from the
 * run's start, and takes its typical days. A step that finished late moves the expected
 * start of every step after it (an early finish does not pull them in: the customer keeps
 * its own calendar). Skipped steps take no time and have no expected dates.
 */
export function scheduleRun(startedAt: Date, steps: ScheduledStepInput[]): StepSchedule[] {
  let cursor = startedAt.getTime();
  return steps.map((step) => {
    if (step.status === 'SKIPPED') return { expectedStart: null, expectedFinish: null };
    const start = cursor;
    const finish = start + step.typicalDays * DAY;
    cursor =
      step.status === 'PASSED' && step.finishedAt
        ? Math.max(finish, step.finishedAt.getTime())
        : finish;
    return { expectedStart: new Date(start), expectedFinish: new Date(finish) };
  });
}

export interface ForecastStepInput extends ScheduledStepInput, StepSchedule {}

export interface RunForecast {
  /** Per step: when it is now likely to finish (observed when finished). */
  stepFinish: (Date | null)[];
  /** When the last step is likely to finish. */
  finish: Date | null;
  /** The plan as made when the run started (or was last re-planned): start + typical days. */
  baselineFinish: Date | null;
  /** Forecast finish − baseline finish, in whole days (positive: late). */
  varianceDays: number;
  /** The first step not yet passed or skipped, by position (index), or null when all are. */
  currentIndex: number | null;
  /** How many days the current step is past its expected finish (0 when not late). */
  daysLate: number;
}

/**
 * Where the run is likely to end, from today: an open step past its expected finish is
 * assumed to finish today at the earliest, and pushes the steps after it as far.
 */
export function forecastRun(startedAt: Date, steps: ForecastStepInput[], now: Date): RunForecast {
  let cursor = startedAt.getTime();
  let baseline = startedAt.getTime();
  let currentIndex: number | null = null;
  const stepFinish = steps.map((step, i) => {
    if (step.status === 'SKIPPED') return step.finishedAt;
    baseline += step.typicalDays * DAY;
    const plannedFinish =
      Math.max(cursor, step.startedAt?.getTime() ?? cursor) + step.typicalDays * DAY;
    if (isStepFinished(step.status) && step.finishedAt) {
      cursor = Math.max(cursor, step.finishedAt.getTime());
      return step.finishedAt;
    }
    if (currentIndex === null) currentIndex = i;
    const likely = Math.max(plannedFinish, step.expectedFinish?.getTime() ?? 0, now.getTime());
    cursor = likely;
    return new Date(likely);
  });
  const current = currentIndex === null ? null : steps[currentIndex]!;
  const late =
    current?.expectedFinish && now.getTime() > current.expectedFinish.getTime()
      ? Math.floor((now.getTime() - current.expectedFinish.getTime()) / DAY)
      : 0;
  const open = steps.some((s) => s.status !== 'SKIPPED');
  const finish = open ? new Date(Math.max(cursor, startedAt.getTime())) : null;
  return {
    stepFinish,
    finish,
    baselineFinish: open ? new Date(baseline) : null,
    varianceDays: finish ? Math.round((finish.getTime() - baseline) / DAY) : 0,
    currentIndex,
    daysLate: late,
  };
}

/** A step of the template, as the planner sees it. */
export interface TemplateStepRef {
  id: string;
  position: number;
  applies: boolean;
}

/** A step of the run, as the planner sees it. */
export interface RunStepRef {
  id: string;
  /** The template step it comes from; null for a step inserted by hand. */
  templateStepId: string | null;
  status: RunStepStatus;
  /** Skipped by a re-plan (not by the customer): it comes back if it applies again. */
  skippedByPlan: boolean;
}

export interface RunPlanChange {
  /** Template steps that now apply and are not in the run: add them. */
  add: string[];
  /** Run steps that no longer apply and are still open: skip them. */
  skip: string[];
  /** Run steps skipped by an earlier re-plan that apply again: open them again. */
  reopen: string[];
  /**
   * The run's order afterwards: run step ids, and `template:<id>` for the steps to add;
   * template steps in template order, hand-inserted ones after the step they followed.
   */
  order: string[];
}

/**
 * Re-plans a run against what its subject now is. Steps that now apply are added; steps
 * that no longer apply and are still open become skipped; a passed step is never undone,
 * nor a step the customer itself skipped; a step inserted by hand stays where it was put.
 */
export function replanRun(template: TemplateStepRef[], run: RunStepRef[]): RunPlanChange {
  const applies = new Map(template.map((t) => [t.id, t.applies]));
  const position = new Map(template.map((t) => [t.id, t.position]));
  const inRun = new Set(run.map((s) => s.templateStepId).filter((id): id is string => !!id));
  const skip = run
    .filter(
      (s) => s.templateStepId && applies.get(s.templateStepId) === false && isStepOpen(s.status),
    )
    .map((s) => s.id);
  const reopen = run
    .filter(
      (s) =>
        s.templateStepId &&
        applies.get(s.templateStepId) &&
        s.status === 'SKIPPED' &&
        s.skippedByPlan,
    )
    .map((s) => s.id);
  const add = [...template]
    .sort((a, b) => a.position - b.position)
    .filter((t) => t.applies && !inRun.has(t.id))
    .map((t) => t.id);

  // Merge: keep the run's order, slotting each new template step before the first run step
  // that comes from a later template position.
  const order: string[] = [];
  const pending = [...add];
  for (const step of run) {
    const at = step.templateStepId ? position.get(step.templateStepId) : undefined;
    while (at !== undefined && pending.length && position.get(pending[0]!)! < at)
      order.push(`template:${pending.shift()!}`);
    order.push(step.id);
  }
  order.push(...pending.map((id) => `template:${id}`));
  return { add, skip, reopen, order };
}
