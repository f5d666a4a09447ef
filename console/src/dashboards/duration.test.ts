import { describe, expect, it } from 'vitest';
import { durationParts } from './duration';

describe('durations', () => {
  it('reads minutes under an hour, hours under two days, then days', () => {
    expect(durationParts(0.4)).toEqual({ unit: 'minutes', value: 0 });
    expect(durationParts(12)).toEqual({ unit: 'minutes', value: 12 });
    expect(durationParts(90)).toEqual({ unit: 'hours', value: 1.5 });
    expect(durationParts(47 * 60)).toEqual({ unit: 'hours', value: 47 });
    expect(durationParts(3 * 24 * 60)).toEqual({ unit: 'days', value: 3 });
    expect(durationParts(null)).toBeNull();
  });
});
