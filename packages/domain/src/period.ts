import { addMonths, midnightIn, monthStart } from './dates';

/**
 * Plans, targets and funnels are per period, written the way people say them:
 * a year `2026`, a quarter `2026-Q4` or a month `2026-11`. A period is the half-open range
 * [from, to) of the instants between its first day's midnight and the next period's, in
 * `timeZone` (the company's: a deal created at 00:30 on 1 July in Shanghai is in Q3, though it
 * is still 30 June in UTC).
 */
export interface PeriodRange {
  period: string;
  from: Date;
  to: Date;
  /** The first calendar day of the period, `YYYY-MM-DD`. */
  firstDay: string;
  /** The calendar day after its last (the first day of the next period). */
  endDay: string;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(period: string, timeZone = 'UTC'): PeriodRange | null {
  const match = PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  // The calendar rule of dates.ts: a period starts on a month's first day and lasts whole months.
  const [first, months]: [string, number] = match[2]
    ? [monthStart(year, (Number(match[2]) - 1) * 3 + 1), 3]
    : match[3]
      ? [monthStart(year, Number(match[3])), 1]
      : [monthStart(year, 1), 12];
  const endDay = addMonths(first, months);
  return {
    period,
    from: midnightIn(first, timeZone),
    to: midnightIn(endDay, timeZone),
    firstDay: first,
    endDay,
  };
}

export const PERIOD_HINT = 'a year (2026), a quarter (2026-Q4) or a month (2026-11)';

/** Share of the period already gone at `now`, between 0 and 1. */
export function elapsedShare(range: PeriodRange, now: Date): number {
  const total = range.to.getTime() - range.from.getTime();
  const gone = now.getTime() - range.from.getTime();
  return Math.min(1, Math.max(0, gone / total));
}
