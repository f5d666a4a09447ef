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
