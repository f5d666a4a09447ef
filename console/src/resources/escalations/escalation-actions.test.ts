import { describe, expect, it } from 'vitest';
import { escalationActions, type EscalationGrants } from './escalation-actions';

const open = {
  status: 'OPEN' as const,
  acknowledgedAt: null,
  targetUserId: 'me',
  rule: { id: 'r', name: 'r', trigger: 'TASK_OVERDUE' as const, manualResolve: true },
};
const holder: EscalationGrants = {
  acknowledge: true,
  resolve: true,
  actAny: false,
  reassign: false,
};
const manager: EscalationGrants = { ...holder, actAny: true, reassign: true };

describe('escalation actions', () => {
  it('lets the person it reached take it in hand and close it where the rule allows', () => {
    expect(escalationActions(open, 'me', holder)).toEqual(['ACKNOWLEDGE', 'RESOLVE']);
    expect(
      escalationActions({ ...open, acknowledgedAt: '2026-01-01T00:00:00Z' }, 'me', holder),
    ).toEqual(['RESOLVE']);
  });

  it('offers no closing by hand when the rule closes it by itself', () => {
    expect(
      escalationActions({ ...open, rule: { ...open.rule, manualResolve: false } }, 'me', holder),
    ).toEqual(['ACKNOWLEDGE']);
  });

  it('offers a colleague nothing, a manager everything including handing it on', () => {
    expect(escalationActions(open, 'someone-else', holder)).toEqual([]);
    expect(escalationActions(open, 'someone-else', manager)).toEqual([
      'ACKNOWLEDGE',
      'RESOLVE',
      'REASSIGN',
    ]);
  });

  it('offers nothing once resolved', () => {
    expect(escalationActions({ ...open, status: 'RESOLVED' }, 'me', manager)).toEqual([]);
  });
});
