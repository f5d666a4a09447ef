/**
 * A task is planned work: the API refuses a due time already past (DUE_IN_PAST) unless the
 * requester confirms it (`allowPastDue`, audited). The form asks for that confirmation only
 * when the due time it would send is past: on create, or when an edit changes it.
 */
const instant = (value: unknown): number | null => {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string' || !value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : time;
};

export function needsPastDueConfirmation(
  due: unknown,
  savedDue: unknown,
  now: Date,
  creating: boolean,
): boolean {
  const at = instant(due);
  if (at === null || at >= now.getTime()) return false;
  return creating || at !== instant(savedDue);
}
