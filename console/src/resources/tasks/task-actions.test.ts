import { describe, expect, it } from 'vitest';
import { scoreError, taskActions, type TaskParties } from './task-actions';

const task = (status: TaskParties['status']) => ({ status, assigneeId: 'ann', requesterId: 'rex' });

describe('task actions per status and person', () => {
  it('lets only the assignee acknowledge a proposed task', () => {
    expect(taskActions(task('PROPOSED'), 'ann')).toEqual(['ACKNOWLEDGE']);
    expect(taskActions(task('PROPOSED'), 'rex')).toEqual(['CANCEL']);
    expect(taskActions(task('PROPOSED'), 'someone')).toEqual([]);
  });

  it('starts only after acknowledging, and submits work in progress or rework', () => {
    expect(taskActions(task('ACKNOWLEDGED'), 'ann')).toEqual(['START']);
    expect(taskActions(task('IN_PROGRESS'), 'ann')).toEqual(['SUBMIT']);
    expect(taskActions(task('REWORK'), 'ann')).toEqual(['START', 'SUBMIT']);
  });

  it('lets the requester or a manager review submitted work', () => {
    expect(taskActions(task('SUBMITTED'), 'rex')).toEqual(['REVIEW', 'CANCEL']);
    expect(taskActions(task('SUBMITTED'), 'ann')).toEqual([]);
    expect(taskActions(task('SUBMITTED'), 'boss', { reviewAny: true })).toEqual([
      'REVIEW',
      'CANCEL',
    ]);
  });

  it('offers nothing on a closed task or to nobody', () => {
    expect(taskActions(task('DONE'), 'rex')).toEqual([]);
    expect(taskActions(task('CANCELLED'), 'ann')).toEqual([]);
    expect(taskActions(task('PROPOSED'), undefined)).toEqual([]);
    expect(taskActions({ ...task('PROPOSED'), assigneeId: null }, 'ann')).toEqual([]);
  });

  it('gives the person who asked for their own task both parts', () => {
    const own: TaskParties = { status: 'PROPOSED', assigneeId: 'ann', requesterId: 'ann' };
    expect(taskActions(own, 'ann')).toEqual(['ACKNOWLEDGE', 'CANCEL']);
  });
});

describe('review score', () => {
  it('takes a whole number from 0 to 100', () => {
    expect(scoreError('70')).toBeNull();
    expect(scoreError('0')).toBeNull();
    expect(scoreError('100')).toBeNull();
    expect(scoreError('')).toBe('trident.task.score_required');
    expect(scoreError('101')).toBe('trident.task.score_range');
    expect(scoreError('7.5')).toBe('trident.task.score_range');
  });
});
