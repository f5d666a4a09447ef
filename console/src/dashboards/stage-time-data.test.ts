import { describe, expect, it } from 'vitest';
import {
  formatDays,
  slowestDays,
  stageTimeTable,
  teamKeys,
  velocityOrder,
  waitShare,
  type StageTimeRow,
  type VelocityRow,
} from './stage-time-data';

const stage = (id: string, position: number) => ({
  id,
  nameZh: id,
  nameEn: id,
  position,
  probability: position,
});

const time = (
  key: string,
  stageId: string,
  position: number,
  openDeals: number,
  medianDays: number | null,
  owner: string | null = null,
): StageTimeRow => ({
  stageId,
  key,
  completed: medianDays === null ? 0 : 3,
  medianDays,
  p90Days: medianDays === null ? null : medianDays * 2,
  openDeals,
  openMedianDays: openDeals ? 12 : null,
  stage: stage(stageId, position),
  owner: owner ? { id: key, name: owner } : null,
});

describe('time in stage table', () => {
  it('puts the stages in funnel order and the groups with most deals waiting first', () => {
    const { stages, lines } = stageTimeTable(
      [
        time('u1', 'need', 50, 1, 8, 'Wang'),
        time('u1', 'prospect', 0, 0, 3, 'Wang'),
        time('u2', 'prospect', 0, 4, 5, 'Li'),
      ],
      new Map(),
      'Everyone',
    );
    expect(stages.map((s) => s.id)).toEqual(['prospect', 'need']);
    expect(lines.map((l) => [l.label, l.openDeals])).toEqual([
      ['Li', 4],
      ['Wang', 1],
    ]);
    expect(lines[1]!.cells.get('need')?.medianDays).toBe(8);
    expect(lines[0]!.cells.has('need')).toBe(false);
  });

  it("labels a team by its lead's name and everyone with the given label", () => {
    const teams = new Map([['m1', 'Chen']]);
    expect(stageTimeTable([time('m1', 's', 0, 1, 2)], teams, 'All').lines[0]!.label).toBe('Chen');
    expect(stageTimeTable([time('ALL', 's', 0, 1, 2)], teams, 'All').lines[0]!.label).toBe('All');
    expect(teamKeys([{ key: 'ALL' }, { key: 'm1' }, { key: 'm1' }, { key: 'm2' }])).toEqual([
      'm1',
      'm2',
    ]);
  });

  it('shades a stage by how long its deals wait now against the longest, else by its median', () => {
    // a: nothing waiting, stays of 20 days; b: deals waiting 12 days (median).
    const rows = [
      time('ALL', 'a', 0, 0, 20),
      time('ALL', 'b', 1, 2, null),
      time('ALL', 'c', 2, 2, 5),
    ];
    expect(slowestDays(rows)).toBe(20);
    expect(waitShare(rows[0], 20)).toBe(1);
    expect(waitShare(rows[1], 20)).toBe(0.6);
    expect(waitShare(rows[2], 20)).toBe(0.6);
    expect(waitShare(undefined, 20)).toBe(0);
    expect(waitShare(rows[0], 0)).toBe(0);
  });
});

describe('velocity', () => {
  const v = (key: string, perDay: string | null, openDeals = 1): VelocityRow => ({
    key,
    openDeals,
    won: 1,
    lost: 1,
    winRate: 0.5,
    averageWon: '100.00',
    cycleDays: 30,
    perDay,
    currency: 'CNY',
    owner: null,
  });

  it('lists the fastest money first and groups that won nothing yet last', () => {
    expect(
      velocityOrder([v('a', null, 9), v('b', '10.00'), v('c', '250.50')]).map((r) => r.key),
    ).toEqual(['c', 'b', 'a']);
  });

  it('formats days with one decimal under ten', () => {
    expect(formatDays(3.14)).toBe('3.1');
    expect(formatDays(42.6)).toBe('43');
    expect(formatDays(null)).toBe('—');
  });
});
