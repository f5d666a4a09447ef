import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { auditRecordLabel, auditRecordPath } from './audit-record';

const id = '0ce99a8b-56e1-4d9f-b009-9f07432e2836';

describe('a record in the audit trail', () => {
  it('opens the page of its type where the console has one', () => {
    expect(auditRecordPath('Opportunity', id)).toBe(`/opportunities/${id}/show`);
    expect(auditRecordPath('Account', id)).toBe(`/accounts/${id}/show`);
    // A type the console shows no page of stays text.
    expect(auditRecordPath('Notification', id)).toBeNull();
    expect(auditRecordPath('NoSuchType', id)).toBeNull();
  });

  it('finds a page for most audited types, from the resources the console serves', () => {
    const types = Object.keys(en.trident.audit.entities);
    const linked = types.filter((type) => auditRecordPath(type, id));
    expect(linked).toEqual(
      expect.arrayContaining(['Account', 'Contact', 'Contract', 'Opportunity', 'Task', 'User']),
    );
  });

  it('reads as the name or title the change left, else a short id', () => {
    expect(auditRecordLabel(id, { name: '旧名' }, { name: '新名' })).toBe('新名');
    expect(auditRecordLabel(id, { title: '约见决策人' }, null)).toBe('约见决策人');
    expect(auditRecordLabel(id, { revenue: '5' }, { revenue: '6' })).toBe('0ce99a8b…');
    // A user's own sign-out: the record is the actor.
    expect(auditRecordLabel(id, null, { sessionId: 's' }, { id, name: '胡浩' })).toBe('胡浩');
    expect(auditRecordLabel(id, null, null, { id: 'someone-else', name: '胡浩' })).toBe(
      '0ce99a8b…',
    );
  });
});
