import { describe, expect, it } from 'vitest';
import { OPEN_TASK_STATUSES } from '../resources/execution-inputs';
import { listUrl } from '../resources/list-url';
import {
  adminDesk,
  deliveryDesk,
  financeDesk,
  needsMeTodayVariables,
  solutionDesk,
  mondayOf,
} from './desks';

describe('desk reads', () => {
  it('link every number to the list filtered the way it was counted', () => {
    const now = new Date(2026, 10, 25, 9, 30);
    const solution = solutionDesk(
      'u1',
      [
        { id: 's1', isWon: false, isLost: false, entryCriteria: ['ACTIVITY_LOGGED'] },
        { id: 's2', isWon: false, isLost: false, entryCriteria: ['DECISION_MAKER'] },
        { id: 's3', isWon: true, isLost: false, entryCriteria: ['SOLUTION_WORK'] },
      ],
      now,
    );
    expect(solution.variables.deals).toEqual({ stageIds: ['s2'], open: true, teamMemberId: 'u1' });
    const decoded = (url: string) =>
      JSON.parse(decodeURIComponent(url.split('?filter=')[1] ?? '{}')) as unknown;
    expect(decoded(solution.links.deals)).toEqual(solution.variables.deals);
    expect(decoded(solution.links.bid)).toEqual(solution.variables.bid);
    const delivery = deliveryDesk();
    expect(decoded(delivery.links.tasks)).toEqual(delivery.variables.tasks);
    // "Ahead" means ahead: the milestones the desk counts and lists are not yet due.
    expect(delivery.variables.milestones?.ahead).toBe(true);
    expect(decoded(delivery.links.milestones)).toEqual(delivery.variables.milestones);
    const finance = financeDesk('2026-11-25');
    expect(finance.variables.week).toEqual({ paidFrom: '2026-11-23' });
    expect(decoded(finance.links.week)).toEqual(finance.variables.week);
    expect(decoded(adminDesk(now).links.audit)).toEqual(adminDesk(now).variables.today);
    // An empty filter still goes in the URL, so a remembered filter cannot narrow the list.
    expect(listUrl('users')).toBe(`/users?filter=${encodeURIComponent('{}')}`);
  });

  it('starts the finance week on the business day’s Monday', () => {
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
    expect(mondayOf('2026-11-29')).toBe('2026-11-23');
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });
});

describe('needs me today', () => {
  it("counts today's work with the API: late, due today, due tomorrow", () => {
    const now = new Date(2026, 4, 20, 9, 0);
    const v = needsMeTodayVariables(now);
    expect(v.overdue).toEqual({
      mine: true,
      statuses: OPEN_TASK_STATUSES,
      dueBefore: now.toISOString(),
    });
    expect(v.today?.dueAfter).toBe(now.toISOString());
    expect(v.today?.dueBefore).toBe(new Date(2026, 4, 21).toISOString());
    expect(v.tomorrow?.dueAfter).toBe(new Date(2026, 4, 21).toISOString());
    expect(v.tomorrow?.dueBefore).toBe(new Date(2026, 4, 22).toISOString());
  });
});
