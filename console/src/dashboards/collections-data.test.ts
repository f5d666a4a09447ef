import { describe, expect, it } from 'vitest';
import type { AgingRow, BattleMapRow } from './collections-data';
import { agingBars, agingMilestonesUrl, battleMapOrder, revenueBars } from './collections-data';

const row = (id: string, overdue: string | null, nextDue: string | null): BattleMapRow => ({
  contractAmount: '100',
  due: '0',
  paid: '0',
  open: '100',
  overdue,
  nextDue,
  overdueMilestones: overdue && overdue !== '0' ? 1 : 0,
  evidenceChecked: 0,
  evidenceRequired: 0,
  currency: 'CNY',
  contract: { id, title: id },
  account: null,
  heldBy: [],
});

describe('collections dashboard data', () => {
  it('puts overdue contracts first, then by next due date', () => {
    const ordered = battleMapOrder([
      row('a', '0', '2026-03-01'),
      row('b', '500', '2026-05-01'),
      row('c', '0', '2026-02-01'),
      row('d', '900', null),
    ]);
    expect(ordered.map((r) => r.contract!.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('stacks aging buckets per group, largest outstanding first', () => {
    const aging = (key: string, outstanding: string): AgingRow => ({
      key,
      region: key,
      currency: 'CNY',
      notDue: '1',
      days0to30: '2',
      days31to60: '0',
      days61to90: '0',
      over90: '0',
      outstanding,
      dso: null,
      account: null,
      owner: null,
    });
    const bars = agingBars([aging('East', '3'), aging('North', '30')]);
    expect(bars.map((b) => b.label)).toEqual(['North', 'East']);
    expect(bars[0]).toMatchObject({ notDue: 1, days0to30: 2, over90: 0 });
  });

  it('opens the milestones of one bucket and one bar, as the list filters them', () => {
    const decode = (url: string) =>
      JSON.parse(decodeURIComponent(url.split('?filter=')[1]!)) as unknown;
    expect(decode(agingMilestonesUrl('days31to60', { accountId: 'a1' }))).toEqual({
      aging: 'DAYS_31_TO_60',
      accountId: 'a1',
    });
    expect(decode(agingMilestonesUrl('over90'))).toEqual({ aging: 'OVER_90' });
    const [byRegion] = agingBars([
      {
        key: 'East',
        region: 'East',
        currency: 'CNY',
        notDue: '0',
        days0to30: '0',
        days31to60: '0',
        days61to90: '0',
        over90: '1',
        outstanding: '1',
        dso: null,
        account: null,
        owner: null,
      },
    ]);
    expect(byRegion!.group).toEqual({ regionExactly: 'East' });
  });

  it('labels revenue periods by quarter and draws churn and contraction negative', () => {
    const [q] = revenueBars([
      {
        key: 'ALL',
        periodStart: '2026-04-01',
        recurring: '10',
        new: '20',
        expansion: '5',
        churned: '3',
        churnedAccounts: 1,
        contraction: '2',
        annualRecurring: '40',
        total: '35',
        cumulative: '99',
      },
    ]);
    expect(q).toMatchObject({
      label: '2026-Q2',
      new: 20,
      churned: -3,
      contraction: -2,
      annualRecurring: 40,
    });
  });
});
