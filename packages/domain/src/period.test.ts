import { elapsedShare, parsePeriod } from './period';

describe('parsePeriod', () => {
  it('reads years, quarters and months as half-open UTC ranges', () => {
    expect(parsePeriod('2026')).toMatchObject({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      from: new Date('2026-10-01T00:00:00Z'),
      to: new Date('2027-01-01T00:00:00Z'),
    });
    expect(parsePeriod('2026-02')).toMatchObject({
      from: new Date('2026-02-01T00:00:00Z'),
      to: new Date('2026-03-01T00:00:00Z'),
    });
  });

  it("begins a period at the company's midnight, not UTC's", () => {
    // A deal created at 00:30 on 1 July in Shanghai (30 June 16:30 UTC) is in Q3 there.
    const q3 = parsePeriod('2026-Q3', 'Asia/Shanghai')!;
    expect(q3.from).toEqual(new Date('2026-06-30T16:00:00Z'));
    expect(q3.to).toEqual(new Date('2026-09-30T16:00:00Z'));
    expect(q3).toMatchObject({ firstDay: '2026-07-01', endDay: '2026-10-01' });
    // A day that starts just after a clock change still starts at its own midnight.
    expect(parsePeriod('2026-03', 'America/New_York')!.from).toEqual(
      new Date('2026-03-01T05:00:00Z'),
    );
    expect(parsePeriod('2026-04', 'America/New_York')!.from).toEqual(
      new Date('2026-04-01T04:00:00Z'),
    );
    expect(parsePeriod('2026-11', 'Europe/London')!.from).toEqual(new Date('2026-11-01T00:00:00Z'));
    expect(parsePeriod('2026-04', 'Europe/London')!.from).toEqual(new Date('2026-03-31T23:00:00Z'));
  });

  it('refuses anything else', () => {
    for (const bad of ['26', '2026-Q5', '2026-13', '2026-1', '1999', '2026 ', 'Q4-2026']) {
      expect([bad, parsePeriod(bad)]).toEqual([bad, null]);
    }
  });

  it('says how much of a period has gone', () => {
    const q = parsePeriod('2026-Q1')!;
    expect(elapsedShare(q, new Date('2025-12-01T00:00:00Z'))).toBe(0);
    expect(elapsedShare(q, new Date('2026-05-01T00:00:00Z'))).toBe(1);
    expect(elapsedShare(q, new Date('2026-02-15T00:00:00Z'))).toBeCloseTo(45 / 90, 5);
  });
});
