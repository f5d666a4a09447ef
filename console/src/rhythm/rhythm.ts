/**
 * Relationship rhythm in words (issue 20, seed 003): how long ago someone was last met, and
 * the cadence an administrator sets per contact level. The API decides what is stale.
 */
import { CADENCE_KEYS, type CadenceKey } from '@trident/domain';

const DAY = 86_400_000;

/** Whole calendar days from `iso` to `now` (positive in the past), in local time. */
export function daysSince(iso: string, now: Date = new Date()): number {
  const then = new Date(iso);
  const a = Date.UTC(then.getFullYear(), then.getMonth(), then.getDate());
  const b = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((b - a) / DAY);
}

/**
 * "3 days ago", "last month", "昨天", "2个月前": days under 45, then months, then years, in the
 * console's language (never the browser's). Null when there is no date (never met).
 */
export function formatAgo(
  iso: string | null | undefined,
  locale: string,
  now: Date = new Date(),
): string | null {
  if (!iso) return null;
  const days = daysSince(iso, now);
  if (Number.isNaN(days)) return null;
  const format = new Intl.RelativeTimeFormat(locale === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  const ago = Math.max(days, 0);
  if (ago < 45) return format.format(-ago, 'day');
  if (ago < 365) return format.format(-Math.round(ago / 30), 'month');
  return format.format(-Math.round(ago / 365), 'year');
}

/** The cadence keys in the order of the contact levels, rising stars last. */
export const CADENCE_ORDER: readonly CadenceKey[] = CADENCE_KEYS;

export const CADENCE_MIN = 1;
export const CADENCE_MAX = 730;

/**
 * What is wrong with a cadence typed on the admin page: blank is "none" (no cadence), else a
 * whole number of days 1–730. Null when it is fine.
 */
export function cadenceDaysError(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (!/^\d+$/.test(value)) return 'trident.rhythm.cadence.whole_days';
  const days = Number(value);
  if (days < CADENCE_MIN || days > CADENCE_MAX) return 'trident.rhythm.cadence.range';
  return null;
}

/** The typed text as the mutation's days: blank removes the cadence (null). */
export const cadenceDaysValue = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim());

/** The cadences the API returns, as text per key for the form (blank: none). */
export function cadenceTexts(
  cadences: readonly { key: CadenceKey; days: number }[],
): Record<CadenceKey, string> {
  const texts = Object.fromEntries(CADENCE_ORDER.map((key) => [key, ''])) as Record<
    CadenceKey,
    string
  >;
  for (const { key, days } of cadences) texts[key] = String(days);
  return texts;
}

/** The keys whose text differs from what is saved: each one is its own mutation. */
export function changedCadences(
  saved: Record<CadenceKey, string>,
  edited: Record<CadenceKey, string>,
): CadenceKey[] {
  return CADENCE_ORDER.filter((key) => saved[key].trim() !== edited[key].trim());
}
