import { describe, expect, it } from 'vitest';
import {
  addDays,
  planRowErrors,
  planToEdit,
  refusedRow,
  shareTotal,
  standardPlan,
  type PlanRow,
} from './plan';

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

describe('planToEdit', () => {
  it('opens a contract without a plan on the standard one', () => {
    expect(planToEdit('2026-01-01', [])).toEqual({
      mode: 'standard',
      rows: standardPlan('2026-01-01'),
      firstDue: '2026-01-31',
    });
  });

  it('opens the saved plan, its own shares and days, in order', () => {
    const saved = [
      { position: 2, kind: 'ON_DELIVERY' as const, share: '70.00', due: '2026-09-09', site: null },
      { position: 1, kind: 'DOWN_PAYMENT' as const, share: '30.00', due: '2025-12-31', site: null },
    ];
    expect(planToEdit('2026-01-01', saved)).toMatchObject({
      mode: 'standard',
      rows: [
        { kind: 'DOWN_PAYMENT', share: '30', due: '2025-12-31' },
        { kind: 'ON_DELIVERY', share: '70', due: '2026-09-09' },
      ],
    });
  });

  it('opens a plan per site on its first day', () => {
    const saved = [
      { position: 1, kind: 'PER_SITE' as const, share: '50', due: '2026-03-31', site: 'A' },
      { position: 2, kind: 'PER_SITE' as const, share: '50', due: '2026-04-30', site: 'B' },
    ];
    expect(planToEdit('2026-01-01', saved)).toMatchObject({
      mode: 'perSite',
      firstDue: '2026-03-31',
    });
  });
});

describe('the plan editor checks each row before sending it', () => {
  const row = (share: string, due: string): PlanRow => ({ kind: 'DOWN_PAYMENT', share, due });

  it('asks for a share above 0 with at most two decimals, and a due day', () => {
    expect(
      planRowErrors([
        row('30', '2027-01-01'),
        row('', ''),
        row('-10', '2027-01-01'),
        row('0', '2027-01-01'),
        row('12.345', '2027-01-01'),
        row('1e2', '2027-01-01'),
        row('12.5', ''),
      ]),
    ).toEqual([
      {},
      { share: 'ra.validation.required', due: 'ra.validation.required' },
      { share: 'trident.plan_editor.share_form' },
      { share: 'trident.plan_editor.share_form' },
      { share: 'trident.plan_editor.share_form' },
      { share: 'trident.plan_editor.share_form' },
      { due: 'ra.validation.required' },
    ]);
  });

  it("puts the API's refusal of a row beside that row", () => {
    expect(refusedRow('milestones.2.due')).toEqual({ index: 2, key: 'due' });
    expect(refusedRow('milestones.0.share')).toEqual({ index: 0, key: 'share' });
    expect(refusedRow('milestones')).toBeNull();
    expect(refusedRow(undefined)).toBeNull();
  });
});
