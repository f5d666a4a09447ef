import { describe, expect, it } from 'vitest';
import {
  blockerChoices,
  needsText,
  scoreError,
  taskActions,
  withBlockedByIds,
  type TaskParties,
} from './task-actions';

const task = (status: TaskParties['status']) => ({ status, assigneeId: 'ann', requesterId: 'rex' });

describe('task actions per status and person', () => {
  it('lets only the assignee acknowledge a proposed task', () => {
    expect(taskActions(task('PROPOSED'), 'ann')).toEqual(['ACKNOWLEDGE']);
    expect(taskActions(task('PROPOSED'), 'rex')).toEqual(['CANCEL']);
    expect(taskActions(task('PROPOSED'), 'someone')).toEqual([]);
  });

  it('starts only after acknowledging, and submits work in progress or rework', () => {
    expect(taskActions(task('ACKNOWLEDGED'), 'ann')).toEqual(['START', 'STUCK']);
    expect(taskActions(task('IN_PROGRESS'), 'ann')).toEqual(['SUBMIT', 'STUCK']);
    expect(taskActions(task('REWORK'), 'ann')).toEqual(['START', 'SUBMIT', 'STUCK']);
  });

  it('does not offer to start a task that waits for another', () => {
    expect(taskActions({ ...task('ACKNOWLEDGED'), blocked: true }, 'ann')).toEqual(['STUCK']);
  });

  it('lets the assignee say they are stuck; the requester, the AR or a manager answers', () => {
    expect(taskActions(task('STUCK'), 'ann')).toEqual([]);
    expect(taskActions(task('STUCK'), 'rex')).toEqual(['ANSWER', 'CANCEL']);
    expect(taskActions(task('STUCK'), 'ar', { isAr: true })).toEqual(['ANSWER']);
    expect(taskActions(task('STUCK'), 'boss', { reviewAny: true })).toEqual(['ANSWER', 'CANCEL']);
    // A handover's item is done, never cancelled.
    expect(taskActions({ ...task('STUCK'), handoverId: 'h1' }, 'rex')).toEqual(['ANSWER']);
    expect(taskActions({ ...task('SUBMITTED'), handoverId: 'h1' }, 'rex')).toEqual(['REVIEW']);
    expect(taskActions(task('STUCK'), 'someone')).toEqual([]);
    expect(taskActions(task('STUCK'), 'ann', { isAr: true, reviewAny: true })).toEqual(['CANCEL']);
    expect(taskActions(task('SUBMITTED'), 'ann')).not.toContain('STUCK');
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

describe('what a task waits for', () => {
  it('reads the blockers as ids for the form', () => {
    expect(withBlockedByIds({ id: 't', blockedBy: [{ id: 'a' }, { id: 'b' }] })).toEqual({
      id: 't',
      blockedBy: [{ id: 'a' }, { id: 'b' }],
      blockedByIds: ['a', 'b'],
    });
    expect(withBlockedByIds({ id: 't' }).blockedByIds).toEqual([]);
  });

  it('offers open tasks of the customer, never the task itself, and keeps those chosen', () => {
    const tasks = [
      { id: 'self', status: 'PROPOSED', title: 'Self' },
      { id: 'open', status: 'IN_PROGRESS', title: 'Open' },
      { id: 'done', status: 'DONE', title: 'Done' },
      { id: 'kept', status: 'DONE', title: 'Kept' },
    ];
    expect(blockerChoices(tasks, 'self', ['kept']).map((t) => t.id)).toEqual(['open', 'kept']);
    expect(blockerChoices(tasks, undefined, []).map((t) => t.id)).toEqual(['self', 'open']);
  });

  it('asks for words when stuck and when answering', () => {
    expect(needsText('STUCK')).toBe(true);
    expect(needsText('ANSWER')).toBe(true);
    expect(needsText('SUBMIT')).toBe(false);
  });
});
