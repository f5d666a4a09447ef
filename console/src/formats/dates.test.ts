import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, localDay } from './dates';

describe('one date format per language', () => {
  it('writes Chinese dates as 2026-12-03 and English as 3 Dec 2026', () => {
    expect(formatDate('2026-12-03', 'zh')).toBe('2026-12-03');
    expect(formatDate('2026-12-03', 'en')).toBe('3 Dec 2026');
  });

  it('reads a calendar day without a time zone shift', () => {
    expect(formatDate('2026-01-01', 'zh')).toBe('2026-01-01');
  });

  it('adds the local time to a moment', () => {
    const at = new Date(2026, 11, 3, 9, 5);
    expect(formatDateTime(at, 'zh')).toBe('2026-12-03 09:05');
    expect(formatDateTime(at, 'en')).toBe('3 Dec 2026, 09:05');
  });

  it('shows nothing for a value that is not a date', () => {
    expect(formatDate('soon', 'en')).toBe('');
  });

  it("gives the person's own calendar day, not UTC's, as a picker's default", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 0, 6, 0, 15))).toBe('2026-01-06');
  });
});
