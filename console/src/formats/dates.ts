/**
 * One date format per kind, following the chosen language: Chinese reads 2026-12-03 and
 * 2026-12-03 10:00, English 3 Dec 2026 and 3 Dec 2026, 10:00 — never the browser's own
 * locale, so one page never mixes formats.
 */
export type UiLocale = 'zh' | 'en' | string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A LocalDate ("2026-09-13") is a calendar day: read it without a time zone shift. */
function toDate(value: string | number | Date): Date {
  if (typeof value === 'string') {
    const day = LOCAL_DATE.exec(value);
    if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  }
  return value instanceof Date ? value : new Date(value);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day it is for the person at the screen, YYYY-MM-DD (their own clock, not
 * UTC): the default of a day picker. What is due, ahead or overdue is the API's to say.
 */
export const localDay = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

export function formatDate(value: string | number | Date, locale: UiLocale): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  if (locale === 'zh')
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

export function formatTime(value: string | number | Date, locale: UiLocale): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return locale === 'zh'
    ? `${pad(date.getHours())}:${pad(date.getMinutes())}`
    : new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(date);
}

export function formatDateTime(value: string | number | Date, locale: UiLocale): string {
  const day = formatDate(value, locale);
  if (!day) return '';
  return `${day}${locale === 'zh' ? ' ' : ', '}${formatTime(value, locale)}`;
}
