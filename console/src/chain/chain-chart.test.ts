import { describe, expect, it } from 'vitest';
import {
  chainChartDomain,
  chainChartRows,
  fitLabel,
  formatDay,
  gapTaskLink,
  stepIsLate,
  stepTone,
  type ChainStep,
} from './chain-chart';

const DAY = 86_400_000;
const NOW = new Date('2026-12-03T09:00:00Z');
const at = (day: string) => new Date(`${day}T09:00:00Z`).toISOString();
const ms = (day: string) => new Date(`${day}T09:00:00Z`).getTime();

type Step = Parameters<typeof chainChartRows>[0][number];
const step = (position: number, status: ChainStep['status'], extra: Partial<Step> = {}): Step => ({
  id: `s${position}`,
  position,
  name: `Step ${position}`,
  status,
  daysLate: 0,
  expectedStart: null,
  expectedFinish: null,
  startedAt: null,
  finishedAt: null,
  ...extra,
});

describe('chain chart rows', () => {
  // A run started on Nov 10: passed on time, passed late, in review and late, pending, skipped.
  const steps = [
    step(3, 'IN_REVIEW', {
      expectedStart: at('2026-11-20'),
      expectedFinish: at('2026-11-25'),
      startedAt: at('2026-11-21'),
      daysLate: 8,
    }),
    step(1, 'PASSED', {
      expectedStart: at('2026-11-10'),
      expectedFinish: at('2026-11-15'),
      startedAt: at('2026-11-10'),
      finishedAt: at('2026-11-14'),
    }),
    step(2, 'PASSED', {
      expectedStart: at('2026-11-15'),
      expectedFinish: at('2026-11-17'),
      startedAt: at('2026-11-15'),
      finishedAt: at('2026-11-20'),
    }),
    step(4, 'PENDING', { expectedStart: at('2026-11-25'), expectedFinish: at('2026-12-05') }),
    step(5, 'SKIPPED', { finishedAt: at('2026-11-18') }),
  ];
  const rows = chainChartRows(steps, 's3', NOW);

  it('puts the steps in run order, labelled with their position', () => {
    expect(rows.map((r) => r.label)).toEqual([
      '1. Step 1',
      '2. Step 2',
      '3. Step 3',
      '4. Step 4',
      '5. Step 5',
    ]);
  });

  it('draws the expected bar from expected start to expected finish', () => {
    expect(rows[0]!.expected).toEqual([ms('2026-11-10'), ms('2026-11-15')]);
    expect(rows[3]!.expected).toEqual([ms('2026-11-25'), ms('2026-12-05')]);
    expect(rows[4]!.expected).toBeNull();
  });

  it('draws the observed bar from review to finish, or to today while open', () => {
    expect(rows[1]!.observed).toEqual([ms('2026-11-15'), ms('2026-11-20')]);
    expect(rows[2]!.observed).toEqual([ms('2026-11-21'), NOW.getTime()]);
    expect(rows[3]!.observed).toBeNull();
  });

  it('shows a step finished without review as a sliver on its day', () => {
    expect(rows[4]!.observed).toEqual([ms('2026-11-18'), ms('2026-11-18') + DAY / 4]);
  });

  it('colours late steps red and highlights the current one', () => {
    expect(rows.map((r) => r.tone)).toEqual(['passed', 'late', 'late', 'pending', 'skipped']);
    expect(rows.map((r) => r.late)).toEqual([false, true, true, false, false]);
    expect(rows.map((r) => r.current)).toEqual([false, false, true, false, false]);
  });

  it('spans every bar and today, with a day of air, from midnight to midnight', () => {
    const [from, to] = chainChartDomain(rows, NOW, ['2026-12-20']);
    expect(new Date(from).toISOString()).toBe('2026-11-09T00:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2026-12-21T00:00:00.000Z');
  });
});

describe('late and tone', () => {
  it('calls an open step late past its expected finish, a passed one a whole day after it', () => {
    expect(stepIsLate(step(1, 'IN_REVIEW', { daysLate: 1 }))).toBe(true);
    expect(stepIsLate(step(1, 'PENDING', { daysLate: 0 }))).toBe(false);
    const passed = (finishedAt: string) =>
      step(1, 'PASSED', { expectedFinish: at('2026-11-15'), finishedAt });
    expect(stepIsLate(passed('2026-11-16T08:00:00Z'))).toBe(false);
    expect(stepIsLate(passed('2026-11-16T10:00:00Z'))).toBe(true);
    expect(stepIsLate(step(1, 'SKIPPED', { finishedAt: at('2026-12-01') }))).toBe(false);
  });

  it('keeps a blocked step red and a skipped one grey whatever their dates', () => {
    expect(stepTone(step(1, 'BLOCKED', { daysLate: 3 }), true)).toBe('blocked');
    expect(stepTone(step(1, 'SKIPPED', { daysLate: 3 }), false)).toBe('skipped');
    expect(stepTone(step(1, 'IN_REVIEW'), true)).toBe('current');
    expect(stepTone(step(1, 'IN_REVIEW'), false)).toBe('pending');
  });
});

describe('formatDay', () => {
  it('writes a day in the app language, a plain date as that calendar day', () => {
    expect(formatDay('2026-12-03', 'en')).toBe('Dec 3');
    expect(formatDay('2026-12-03', 'zh')).toBe('12月3日');
    expect(formatDay('2026-12-03', 'en', true)).toBe('Dec 3, 2026');
    expect(formatDay(null, 'en')).toBe('—');
  });
});

describe('gap task link', () => {
  const tasks = [
    { id: 't1', gapStepId: 's1', gapKind: 'APPROVER_UNCOVERED' as const },
    { id: 't2', gapStepId: 's2', gapKind: 'NO_OWNER' as const },
  ];
  it('leads to the task of the gap when this step speaks for it', () => {
    expect(gapTaskLink('s1', 'APPROVER_UNCOVERED', tasks, 'a1')).toBe('/tasks/t1/show');
  });

  it("leads to the account's relationship tasks when another step speaks for it", () => {
    expect(gapTaskLink('s1', 'NO_OWNER', tasks, 'a1')).toBe(
      `/tasks?filter=${encodeURIComponent('{"accountId":"a1","kind":"RELATIONSHIP"}')}`,
    );
  });
});

describe('fitLabel', () => {
  it('keeps a label that fits and cuts a long one with an ellipsis, CJK counted wider', () => {
    expect(fitLabel('1. Budget check', 200)).toBe('1. Budget check');
    const cut = fitLabel('1. 业务部门提出需求 Department raises the need', 180);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.startsWith('1. 业务部门提出需求')).toBe(true);
    expect(cut.length).toBeLessThan('1. 业务部门提出需求 Department raises the need'.length);
    expect(fitLabel('业务部门提出需求', 60).length).toBeLessThanOrEqual(5);
  });
});
