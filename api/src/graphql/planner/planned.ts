/**
 * Values read ahead with their parent row, in the parent's own statement: a relation the
 * selection asked for, kept on the row under a symbol (never serialised, never audited) until
 * its field resolver takes it. A field whose value was not planned resolves as before, through
 * its loader, so a plan only ever saves statements and never changes an answer.
 */
const PLANNED = Symbol('planned');

type Carrier = { [PLANNED]?: Map<string, unknown> };

/** The key of a field with its arguments: a plan for `first: 5` is not one for `first: 3`. */
export function plannedKey(field: string, args: Record<string, unknown> = {}): string {
  return Object.keys(args).length ? `${field}${JSON.stringify(args)}` : field;
}

export function setPlanned(row: object, key: string, value: unknown): void {
  const carrier = row as Carrier;
  (carrier[PLANNED] ??= new Map()).set(key, value);
}

/** The planned value of `key` on this row, or what `otherwise` resolves (a loader). */
export function fromPlan<T>(
  row: object,
  key: string,
  otherwise: () => T | Promise<T>,
): T | Promise<T> {
  const planned = (row as Carrier)[PLANNED];
  return planned?.has(key) ? (planned.get(key) as T) : otherwise();
}

/**
 * One relation read in the parent's statement: a scalar subquery on the parent's alias that
 * yields JSON, and how to turn that JSON into what the field resolver would have returned.
 */
export interface PlannedSelect {
  key: string;
  sql: string;
  params?: Record<string, unknown>;
  read(value: unknown): unknown;
}
