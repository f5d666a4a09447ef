import fc from 'fast-check';
import { addMonths, calendarDayIn, monthsBetween, monthStart } from './dates';
import { parsePeriod } from './period';

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Every day of a common year and of a leap year, as YYYY-MM-DD. */
function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let month = 1; month <= 12; month += 1)
    for (let day = 1; day <= daysIn(year, month); day += 1)
      days.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return days;
}

const split = (day: string) => day.split('-').map(Number) as [number, number, number];

describe('addMonths: month arithmetic clamps to the last day of the month', () => {
  it('gives 01-31, 02-28, 03-31 for a monthly plan from January 31', () => {
    expect([0, 1, 2].map((i) => addMonths('2027-01-31', i))).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
  });

  for (const year of [2027, 2028]) {
    it(`lands in the right month on the right day, from every day of ${year}`, () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...everyDayOf(year)),
          fc.integer({ min: 0, max: 48 }),
          (start, months) => {
            const [y, m, d] = split(start);
            const [ry, rm, rd] = split(addMonths(start, months));
            const target = (y * 12 + (m - 1) + months) as number;
            // Exactly `months` calendar months later: no month skipped, none repeated.
            expect(ry * 12 + (rm - 1)).toBe(target);
            // The same day of the month, or that month's last day when it is shorter.
            expect(rd).toBe(Math.min(d, daysIn(ry, rm)));
            expect(monthsBetween(start, addMonths(start, months))).toBe(months);
          },
        ),
        { numRuns: 2000 },
      );
    });

    it(`makes a monthly schedule with one due in each month, from every day of ${year}`, () => {
      for (const start of everyDayOf(year)) {
        const dues = Array.from({ length: 13 }, (_, i) => addMonths(start, i));
        const months = dues.map((due) => {
          const [dy, dm] = split(due);
          return dy * 12 + dm;
        });
        // Strictly one calendar month apart, so strictly increasing, never skipping February.
        months.slice(1).forEach((month, i) => expect(month - months[i]!).toBe(1));
        // Counted from the first due, never from the previous one: 31 comes back after 28.
        for (const due of dues) {
          const [dy, dm, dd] = split(due);
          expect(dd).toBe(Math.min(split(start)[2], daysIn(dy, dm)));
        }
      }
    });
  }
});

describe('periods follow the same rule', () => {
  it('ends a quarter three months after it starts, on the first day of a month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        (year, q) => {
          const range = parsePeriod(`${year}-Q${q}`)!;
          expect(range.firstDay).toBe(monthStart(year, (q - 1) * 3 + 1));
          expect(range.endDay).toBe(addMonths(range.firstDay, 3));
          expect(range.to.toISOString().slice(0, 10)).toBe(range.endDay);
        },
      ),
    );
  });
});

describe('calendarDayIn: the day it is somewhere', () => {
  it('reads the calendar day in the time zone, not in UTC', () => {
    const at = new Date('2026-03-01T17:30:00Z');
    expect(calendarDayIn(at, 'UTC')).toBe('2026-03-01');
    expect(calendarDayIn(at, 'Asia/Shanghai')).toBe('2026-03-02');
    expect(calendarDayIn(at, 'America/Los_Angeles')).toBe('2026-03-01');
    expect(calendarDayIn(new Date('2026-03-01T07:30:00Z'), 'America/Los_Angeles')).toBe(
      '2026-02-28',
    );
  });
});
