import { addMonths as addMonthsToDate, differenceInCalendarMonths } from 'date-fns';

/**
 * Calendar arithmetic, one rule everywhere (issue 24): due dates, per-site plans, periods,
 * revenue buckets. A day is a plain calendar day `YYYY-MM-DD` (no time zone).
 *
 * **Months clamp to the month's last day**: 01-31 + 1 month = 02-28 (02-29 in a leap year),
 * 03-31 + 1 month = 04-30. A schedule of several months is always counted from its first
 * date (`addMonths(first, i)`), never from the previous due, so 01-31, 02-28, 03-31 — a
 * short month never pulls the later ones in. The arithmetic is date-fns' `addMonths`.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Noon local time: no time-zone shift or daylight-saving gap can move it to another day. */
function toDate(day: string): Date {
  const match = DAY.exec(day);
  if (!match) throw new RangeError(`not a calendar day YYYY-MM-DD: ${day}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
}

function fromDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `day` plus `months` calendar months, clamped to the last day of the month it lands in. */
export function addMonths(day: string, months: number): string {
  return fromDate(addMonthsToDate(toDate(day), months));
}

/** Whole calendar months from `from` to `to` (2026-01-31 → 2026-02-01 is 1). */
export function monthsBetween(from: string, to: string): number {
  return differenceInCalendarMonths(toDate(to), toDate(from));
}

/** The first day of a month (`month` 1–12) as a calendar day. */
export function monthStart(year: number, month: number): string {
  return fromDate(new Date(year, month - 1, 1, 12));
}

/** A calendar day as the UTC instant of its midnight (how periods are compared in SQL). */
export function utcMidnight(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

const WALL_CLOCKS = new Map<string, Intl.DateTimeFormat>();

/** A zone's wall-clock formatter, made once per zone (a funnel request reads two periods' ends). */
function wallClockIn(timeZone: string): Intl.DateTimeFormat {
  let format = WALL_CLOCKS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    WALL_CLOCKS.set(timeZone, format);
  }
  return format;
}

/**
 * The instant `day` begins in `timeZone`: its local midnight (2026-07-01 in Asia/Shanghai is
 * 2026-06-30T16:00Z). The zone's offset is read at the UTC midnight, then again at the answer,
 * so a day that starts on a clock change still begins at its real midnight.
 */
export function midnightIn(day: string, timeZone: string): Date {
  const utc = utcMidnight(day);
  const format = wallClockIn(timeZone);
  const offsetAt = (at: Date) => {
    const parts = format.formatToParts(at);
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    return wall - at.getTime();
  };
  const guess = new Date(utc.getTime() - offsetAt(utc));
  return new Date(utc.getTime() - offsetAt(guess));
}

/**
 * The calendar day it is at `at` in `timeZone` (an IANA name such as `Asia/Shanghai`):
 * "today" for due, ahead and overdue is this day in the company's time zone, never the
 * server's UTC date nor the database session's.
 */
export function calendarDayIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
