import { describe, expect, it } from 'vitest';
import { escalationRecordLink } from './escalation-links';

describe('opening what an escalation is about', () => {
  it('opens records with a page of their own directly', () => {
    for (const [objectType, path] of [
      ['TASK', '/tasks/t1/show'],
      ['OPPORTUNITY', '/opportunities/t1/show'],
      ['CONTACT', '/contacts/t1/show'],
    ] as const) {
      expect(escalationRecordLink({ objectType, objectId: 't1', objectParentId: null })?.to).toBe(
        path,
      );
    }
  });

  it('opens a run step on its run and a milestone on its contract', () => {
    expect(
      escalationRecordLink({ objectType: 'RUN_STEP', objectId: 's1', objectParentId: 'r1' }),
    ).toEqual({ resource: 'processRuns', action: 'show', to: '/processRuns/r1/show' });
    expect(
      escalationRecordLink({ objectType: 'MILESTONE', objectId: 'm1', objectParentId: 'c1' }),
    ).toEqual({ resource: 'contracts', action: 'show', to: '/contracts/c1/show' });
    expect(
      escalationRecordLink({ objectType: 'MILESTONE', objectId: 'm1', objectParentId: null }),
    ).toBeNull();
  });

  it('opens feedback as the list holding that one report', () => {
    const link = escalationRecordLink({
      objectType: 'FEEDBACK',
      objectId: 'f1',
      objectParentId: null,
    });
    expect(link?.resource).toBe('feedbacks');
    expect(JSON.parse(decodeURIComponent(link!.to.split('?filter=')[1]!))).toEqual({
      ids: ['f1'],
    });
  });
});
