import { describe, expect, it } from 'vitest';
import { needsPastDueConfirmation } from './past-due';

const now = new Date('2026-05-20T09:00:00Z');

describe('confirming a due time already past', () => {
  it('asks on create when the due time is past, not when it is ahead', () => {
    expect(needsPastDueConfirmation('2026-05-19T09:00:00Z', undefined, now, true)).toBe(true);
    expect(needsPastDueConfirmation(new Date('2026-05-20T08:59:00Z'), null, now, true)).toBe(true);
    expect(needsPastDueConfirmation('2026-05-21T09:00:00Z', undefined, now, true)).toBe(false);
    expect(needsPastDueConfirmation(undefined, undefined, now, true)).toBe(false);
  });

  it('asks on edit only when the due time is changed to a past one', () => {
    const saved = '2026-05-01T09:00:00.000Z';
    expect(needsPastDueConfirmation(saved, saved, now, false)).toBe(false);
    expect(needsPastDueConfirmation('2026-05-02T09:00:00.000Z', saved, now, false)).toBe(true);
    expect(needsPastDueConfirmation('2026-06-02T09:00:00.000Z', saved, now, false)).toBe(false);
  });
});
