import { describe, expect, it } from 'vitest';
import { canAccessConsole } from '../providers/auth-provider';

describe('issue 20 access in the console', () => {
  it('lets the whole account team keep the risk register; BI only reads', () => {
    for (const role of ['SALES', 'TECHNICAL', 'DELIVERY', 'FINANCE', 'MANAGER', 'ADMIN'] as const) {
      expect(canAccessConsole([role], 'risks', 'create')).toBe(true);
      expect(canAccessConsole([role], 'risks', 'edit')).toBe(true);
    }
    expect(canAccessConsole(['BI'], 'risks', 'edit')).toBe(false);
  });

  it('gives the cadence page to ADMIN only', () => {
    expect(canAccessConsole(['ADMIN'], 'relationshipCadences', 'edit')).toBe(true);
    for (const role of ['SALES', 'TECHNICAL', 'DELIVERY', 'FINANCE', 'MANAGER', 'BI'] as const)
      expect(canAccessConsole([role], 'relationshipCadences', 'edit')).toBe(false);
  });

  it('lets the AR or a manager go through the whole task table', () => {
    expect(canAccessConsole(['SALES'], 'workPlans', 'review')).toBe(true);
    expect(canAccessConsole(['MANAGER'], 'workPlans', 'review')).toBe(true);
    expect(canAccessConsole(['TECHNICAL'], 'workPlans', 'review')).toBe(false);
    expect(canAccessConsole(['DELIVERY'], 'workPlans', 'review')).toBe(false);
  });
});
