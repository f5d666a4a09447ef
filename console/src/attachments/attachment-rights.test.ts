import { describe, expect, it } from 'vitest';
import { evidenceFileRights, formatBytes, taskFileRights } from './attachment-rights';

const mine = { uploadedBy: { id: 'me', name: 'Me' } };
const theirs = { uploadedBy: { id: 'other', name: 'Other' } };

describe('file rights', () => {
  it('lets evidence keepers attach until the milestone is paid, and remove their own', () => {
    const open = evidenceFileRights(
      { stage: 'INVOICED' },
      { mayKeep: true, me: 'me', removeAny: false },
    );
    expect([open.attach, open.remove(mine), open.remove(theirs)]).toEqual([true, true, false]);
    const paid = evidenceFileRights(
      { stage: 'PAID' },
      { mayKeep: true, me: 'me', removeAny: true },
    );
    expect([paid.attach, paid.remove(mine)]).toEqual([false, false]);
    expect(
      evidenceFileRights({ stage: 'PLANNED' }, { mayKeep: false, me: 'me', removeAny: false })
        .attach,
    ).toBe(false);
  });

  it("gives a task's files to its assignee and requester while it is open, and a manager anyone's", () => {
    const task = { status: 'IN_PROGRESS', assigneeId: 'me', requesterId: 'boss' } as const;
    const assignee = taskFileRights(task, { mayAttach: true, me: 'me', removeAny: false });
    expect([assignee.attach, assignee.remove(mine), assignee.remove(theirs)]).toEqual([
      true,
      true,
      false,
    ]);
    const teammate = taskFileRights(task, { mayAttach: true, me: 'mate', removeAny: false });
    expect(teammate.attach).toBe(false);
    const manager = taskFileRights(task, { mayAttach: true, me: 'mgr', removeAny: true });
    expect([manager.attach, manager.remove(theirs)]).toEqual([true, true]);
    const done = taskFileRights(
      { ...task, status: 'DONE' },
      { mayAttach: true, me: 'me', removeAny: true },
    );
    expect([done.attach, done.remove(mine)]).toEqual([false, false]);
  });

  it('writes sizes as people read them', () => {
    expect([formatBytes(12), formatBytes(320 * 1024), formatBytes(1.5 * 1024 * 1024)]).toEqual([
      '12 B',
      '320 KB',
      '1.5 MB',
    ]);
    expect(formatBytes(20 * 1024 * 1024)).toBe('20 MB');
  });
});
