import { describe, expect, it } from 'vitest';
import { levelTimes } from './rule-chain';

describe('escalation chain', () => {
  it('reaches each level its hours after the previous one', () => {
    expect(
      levelTimes([
        { target: 'OWNER', afterHours: 0, resourceId: null },
        { target: 'MANAGER', afterHours: 24, resourceId: null },
        { target: 'RESOURCE', afterHours: 48, resourceId: 'r1' },
      ]),
    ).toEqual([0, 24, 72]);
    expect(levelTimes([])).toEqual([]);
  });
});
