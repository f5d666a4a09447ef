import { describe, expect, it } from 'vitest';
import { toInstant } from './date-time';

describe('toInstant', () => {
  it('reads the picker text in the browser zone and answers an instant the API accepts', () => {
    const picked = '2026-12-05T10:00';
    const instant = toInstant(picked);
    expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(instant!).getTime()).toBe(new Date(2026, 11, 5, 10, 0).getTime());
  });

  it('keeps an instant the same instant', () => {
    expect(toInstant('2026-12-05T02:00:00.000Z')).toBe('2026-12-05T02:00:00.000Z');
    expect(toInstant(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01T00:00:00.000Z');
  });

  it('answers null for blank or unreadable text, never an invalid date', () => {
    for (const blank of [undefined, null, '', 'not a date']) expect(toInstant(blank)).toBeNull();
  });
});
