import { forecastRun, replanRun, scheduleRun, type ScheduledStepInput } from './chain';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const open = (typicalDays: number): ScheduledStepInput => ({
  status: 'PENDING',
  typicalDays,
  startedAt: null,
  finishedAt: null,
});

describe('scheduleRun', () => {
  it('chains each step after the one before it, from the run start, by typical days', () => {
    // Hand-computed: start 1 March; 5 days, 10 days, skipped, 3 days.
    const schedule = scheduleRun(d('2026-03-01'), [
      open(5),
      open(10),
      { ...open(7), status: 'SKIPPED' },
      open(3),
    ]);
    expect(schedule.map((s) => [day(s.expectedStart), day(s.expectedFinish)])).toEqual([
      ['2026-03-01', '2026-03-06'],
      ['2026-03-06', '2026-03-16'],
      [null, null],
      ['2026-03-16', '2026-03-19'],
    ]);
  });

  it('moves every later step when a step finishes late, and not when it finishes early', () => {
    const late = scheduleRun(d('2026-03-01'), [
      { status: 'PASSED', typicalDays: 5, startedAt: d('2026-03-01'), finishedAt: d('2026-03-10') },
      open(10),
      open(3),
    ]);
    expect(late.map((s) => day(s.expectedStart))).toEqual([
      '2026-03-01',
      '2026-03-10',
      '2026-03-20',
    ]);
    const early = scheduleRun(d('2026-03-01'), [
      { status: 'PASSED', typicalDays: 5, startedAt: d('2026-03-01'), finishedAt: d('2026-03-02') },
      open(10),
    ]);
    expect(early.map((s) => day(s.expectedStart))).toEqual(['2026-03-01', '2026-03-06']);
  });
});

describe('forecastRun', () => {
  const start = d('2026-03-01');
  const steps = (status: 'PENDING' | 'IN_REVIEW' = 'IN_REVIEW') => {
    const input: ScheduledStepInput[] = [
      { status: 'PASSED', typicalDays: 5, startedAt: d('2026-03-01'), finishedAt: d('2026-03-06') },
      {
        status,
        typicalDays: 10,
        startedAt: status === 'IN_REVIEW' ? d('2026-03-06') : null,
        finishedAt: null,
      },
      open(3),
    ];
    const schedule = scheduleRun(start, input);
    return input.map((s, i) => ({ ...s, ...schedule[i]! }));
  };

  it('is on time while the current step is within its days', () => {
    const forecast = forecastRun(start, steps(), d('2026-03-10'));
    expect(forecast.currentIndex).toBe(1);
    expect(forecast.daysLate).toBe(0);
    expect(day(forecast.finish)).toBe('2026-03-19');
    expect(day(forecast.baselineFinish)).toBe('2026-03-19');
    expect(forecast.varianceDays).toBe(0);
  });

  it('pushes the finish by the days the current step is late', () => {
    // The 10-day step was expected by 16 March; on 25 March it is 9 days late.
    const forecast = forecastRun(start, steps(), d('2026-03-25'));
    expect(forecast.daysLate).toBe(9);
    expect(day(forecast.stepFinish[1]!)).toBe('2026-03-25');
    expect(day(forecast.finish)).toBe('2026-03-28');
    expect(forecast.varianceDays).toBe(9);
  });

  it('has no current step when every step is done', () => {
    const done: ScheduledStepInput[] = [
      { status: 'PASSED', typicalDays: 5, startedAt: d('2026-03-01'), finishedAt: d('2026-03-08') },
    ];
    const forecast = forecastRun(
      start,
      done.map((s, i) => ({ ...s, ...scheduleRun(start, done)[i]! })),
      d('2026-04-01'),
    );
    expect(forecast.currentIndex).toBeNull();
    expect(day(forecast.finish)).toBe('2026-03-08');
    expect(forecast.varianceDays).toBe(2);
  });
});

describe('replanRun', () => {
  const template = (applies: Record<string, boolean>) =>
    Object.entries(applies).map(([id, on], i) => ({ id, position: i + 1, applies: on }));

  it('adds a step that now applies in template order and skips one that no longer does', () => {
    const change = replanRun(template({ t1: true, t2: true, t3: false, t4: true }), [
      { id: 'r1', templateStepId: 't1', status: 'PASSED', skippedByPlan: false },
      { id: 'r3', templateStepId: 't3', status: 'PENDING', skippedByPlan: false },
      { id: 'r4', templateStepId: 't4', status: 'PENDING', skippedByPlan: false },
    ]);
    expect(change).toEqual({
      add: ['t2'],
      skip: ['r3'],
      reopen: [],
      order: ['r1', 'template:t2', 'r3', 'r4'],
    });
  });

  it('never undoes a passed step, nor one the customer skipped, and reopens one it skipped itself', () => {
    const change = replanRun(template({ t1: false, t2: true, t3: true }), [
      { id: 'r1', templateStepId: 't1', status: 'PASSED', skippedByPlan: false },
      { id: 'r2', templateStepId: 't2', status: 'SKIPPED', skippedByPlan: false },
      { id: 'r3', templateStepId: 't3', status: 'SKIPPED', skippedByPlan: true },
    ]);
    expect(change.skip).toEqual([]);
    expect(change.reopen).toEqual(['r3']);
    expect(change.add).toEqual([]);
  });

  it('keeps a hand-inserted step after the step it followed', () => {
    const change = replanRun(template({ t1: true, t2: true, t3: true }), [
      { id: 'r1', templateStepId: 't1', status: 'PASSED', skippedByPlan: false },
      { id: 'x', templateStepId: null, status: 'PENDING', skippedByPlan: false },
      { id: 'r3', templateStepId: 't3', status: 'PENDING', skippedByPlan: false },
    ]);
    expect(change.order).toEqual(['r1', 'x', 'template:t2', 'r3']);
  });
});
