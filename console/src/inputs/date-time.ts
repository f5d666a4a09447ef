/**
 * `<input type="datetime-local">` yields wall-clock text without a zone ("2026-12-05T10:00");
 * the API's DateTime wants an instant, so the browser's own zone is applied here, once.
 */
export function toInstant(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
