/**
 * Plans, targets and funnels are per period, written the way people say them:
 * a year `2026`, a quarter `2026-Q4` or a month `2026-11`. A period is the half-open
 * UTC range [from, to).
 */
export interface PeriodRange {
  period: string;
  from: Date;
  to: Date;
}

const PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parsePeriod(period: string): PeriodRange | null {
  const match = PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  if (match[2]) {
    const q = Number(match[2]);
    return {
      period,
      from: new Date(Date.UTC(year, (q - 1) * 3, 1)),
      to: new Date(Date.UTC(year, q * 3, 1)),
    };
  }
  if (match[3]) {
    const m = Number(match[3]);
    return { period, from: new Date(Date.UTC(year, m - 1, 1)), to: new Date(Date.UTC(year, m, 1)) };
  }
  return { period, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

export const PERIOD_HINT = 'a year (2026), a quarter (2026-Q4) or a month (2026-11)';

/** Share of the period already gone at `now`, between 0 and 1. */
export function elapsedShare(range: PeriodRange, now: Date): number {
  const total = range.to.getTime() - range.from.getTime();
  const gone = now.getTime() - range.from.getTime();
  return Math.min(1, Math.max(0, gone / total));
}
