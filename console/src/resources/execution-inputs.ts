/**
 * Form and filter values → the API's execution inputs. The rules about the values
 * (transitions, caps, who may do what) stay in the API; this only reshapes.
 */
import { TASK_STATUSES, type TaskStatus } from '@trident/domain';

type Row = Record<string, unknown>;

const blank = (value: unknown) => value === undefined || value === null || value === '';
const numberOrNull = (value: unknown): number | null => (blank(value) ? null : Number(value));
const textOrNull = (value: unknown): string | null =>
  blank(value) ? null : String(value).trim() || null;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Applies `shape` to the keys that are present, leaving absent ones absent (partial updates). */
function reshape(input: Row, shapes: Record<string, (value: unknown) => unknown>): Row {
  const out: Row = { ...input };
  for (const [key, shape] of Object.entries(shapes)) {
    if (key in input && input[key] !== undefined) out[key] = shape(input[key]);
  }
  return out;
}

/** Tasks still to be done: everything but DONE and CANCELLED. */
export const OPEN_TASK_STATUSES: TaskStatus[] = TASK_STATUSES.filter(
  (s) => s !== 'DONE' && s !== 'CANCELLED',
);

/** Local midnight `days` days after `now`'s day. */
export function startOfDay(now: Date, days = 0): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
}

/**
 * The "due tomorrow / overdue" view: open tasks due before the day after tomorrow starts —
 * the day-before reminder of seed 000, plus everything already late.
 */
export const dueSoonBefore = (now: Date) => startOfDay(now, 2);

/** A YYYY-MM-DD from a date picker: before that day starts, in local time. */
function dayStart(value: unknown): string | null {
  if (blank(value)) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!day) return text;
  return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])).toISOString();
}

/** The task list's filter form → TaskFilter: one status, a day, the quick view. */
export function taskFilter(
  { status, dueSoon, dueBefore, mine, ...rest }: Row,
  now = new Date(),
): Row {
  const out: Row = { ...rest };
  if (mine) out.mine = true;
  let statuses: TaskStatus[] | undefined = status ? [status as TaskStatus] : undefined;
  let before = dayStart(dueBefore);
  if (dueSoon) {
    statuses = (statuses ?? OPEN_TASK_STATUSES).filter((s) => OPEN_TASK_STATUSES.includes(s));
    const soon = dueSoonBefore(now).toISOString();
    before = before && before < soon ? before : soon;
  }
  if (statuses) out.statuses = statuses;
  if (before) out.dueBefore = before;
  return out;
}

/** "Only mine" switched off means no filter, not "someone else's". */
export function mineFilter({ mine, ...rest }: Row): Row {
  return mine ? { ...rest, mine: true } : rest;
}

export const taskInput = (input: Row): Row =>
  reshape(input, {
    due: iso,
    content: textOrNull,
    qualityRequirement: textOrNull,
    expectedResult: textOrNull,
    resourcesNeeded: textOrNull,
  });

export const workPlanInput = (input: Row): Row =>
  reshape(input, { presentationScore: numberOrNull });

/** The preparation checklist is edited one item a line. */
export const checklistText = (value: unknown) => (Array.isArray(value) ? value.join('\n') : '');
export const checklistItems = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(String) : String(value ?? '').split('\n'))
    .map((item) => item.trim())
    .filter(Boolean);

/** An internal resource is written whole: every field, blanks as null. */
export const internalResourceInput = (input: Row): Row => ({
  ...input,
  title: textOrNull(input.title),
  userId: blank(input.userId) ? null : input.userId,
  conditions: textOrNull(input.conditions),
  maxPerMonth: numberOrNull(input.maxPerMonth),
  maxPerQuarter: numberOrNull(input.maxPerQuarter),
  preparation: checklistItems(input.preparation),
  active: input.active === undefined || input.active === null ? true : !!input.active,
});

/** A rule is written whole; each level names a resource only when it reaches one. */
export const escalationRuleInput = (input: Row): Row => ({
  ...input,
  thresholdHours: Number(input.thresholdHours ?? 0),
  levels: (Array.isArray(input.levels) ? (input.levels as Row[]) : [])
    .filter(Boolean)
    .map((level) => ({
      target: level.target,
      afterHours: Number(level.afterHours ?? 0),
      resourceId: level.target === 'RESOURCE' && !blank(level.resourceId) ? level.resourceId : null,
    })),
  active: input.active === undefined || input.active === null ? true : !!input.active,
});

/** A date picker gives YYYY-MM-DD (or a Date): the API wants the day as text. */
export const resourceRequestInput = (input: Row): Row =>
  reshape(input, {
    date: (v) =>
      v instanceof Date
        ? `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`
        : v,
    purpose: (v) => String(v ?? '').trim(),
    askApproval: (v) => (v ? true : null),
    overrideReason: textOrNull,
  });
