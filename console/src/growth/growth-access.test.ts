import { describe, expect, it } from 'vitest';
import { canAccessConsole } from '../providers/auth-provider';
import { isGroupAccount } from './AccountGrowth';

describe('growth access', () => {
  it('opens the stalled deals page to account managers and managers only', () => {
    expect(canAccessConsole(['SALES'], 'opportunities', 'stalled')).toBe(true);
    expect(canAccessConsole(['MANAGER'], 'opportunities', 'stalled')).toBe(true);
    for (const role of ['TECHNICAL', 'DELIVERY', 'FINANCE', 'ADMIN', 'BI'] as const)
      expect(canAccessConsole([role], 'opportunities', 'stalled')).toBe(false);
  });
});

describe('group war room link', () => {
  it('shows for groups, provinces and any account with accounts below it', () => {
    expect(isGroupAccount({ id: 'a', tier: 'GROUP', children: [] })).toBe(true);
    expect(isGroupAccount({ id: 'a', tier: 'PROVINCE' })).toBe(true);
    expect(
      isGroupAccount({ id: 'a', tier: 'CITY', children: [{ id: 'b', name: 'B', tier: 'CITY' }] }),
    ).toBe(true);
    expect(isGroupAccount({ id: 'a', tier: 'CITY', children: [] })).toBe(false);
    expect(isGroupAccount(undefined)).toBe(false);
  });
});
