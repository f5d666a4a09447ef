import { describe, expect, it } from 'vitest';
import { addDays, shareTotal, standardPlan } from './plan';

describe('payment plan', () => {
  it('defaults to the four stages 30/40/25/5 after signing', () => {
    const plan = standardPlan('2026-01-15');
    expect(plan.map((r) => r.kind)).toEqual([
      'DOWN_PAYMENT',
      'ON_DELIVERY',
      'ON_ACCEPTANCE',
      'WARRANTY_RETENTION',
    ]);
    expect(plan.map((r) => r.share)).toEqual(['30', '40', '25', '5']);
    expect(shareTotal(plan)).toBe(100);
    expect(plan[0]!.due).toBe('2026-02-14');
  });

  it('adds shares exactly', () => {
    expect(shareTotal([{ share: '12.5' }, { share: '87.5' }])).toBe(100);
    expect(shareTotal([{ share: '33.33' }, { share: '33.33' }, { share: '33.33' }])).toBe(99.99);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('contract form input', () => {
  it("drops empty optional fields so the API uses the deal's, and trims the sites", async () => {
    const { contractInput } = await import('./contract-input');
    expect(
      contractInput({
        opportunityId: 'o1',
        amount: '',
        title: '',
        signedAt: '2026-11-25',
        sites: [' 广州 ', '', null],
      }),
    ).toEqual({ opportunityId: 'o1', signedAt: '2026-11-25', sites: ['广州'] });
  });
});
