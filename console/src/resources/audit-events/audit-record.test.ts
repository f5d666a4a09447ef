import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { auditRecordLabel, auditRecordPath, labelFields } from './audit-record';

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
    // What else names a record: a target's period, a visit's summary, a line in the language.
    expect(auditRecordLabel(id, null, { period: '2026-Q4', revenue: '6' })).toBe('2026-Q4');
    expect(auditRecordLabel(id, null, { summary: '拜访网络部', kind: 'VISIT' })).toBe('拜访网络部');
    const line = { code: 'IOT', nameZh: '物联网平台', nameEn: 'IoT platform' };
    expect(auditRecordLabel(id, null, line, null, 'zh')).toBe('物联网平台');
    expect(auditRecordLabel(id, null, line, null, 'en')).toBe('IoT platform');
    expect(auditRecordLabel(id, null, { text: '客'.repeat(60) })).toBe(`${'客'.repeat(40)}…`);
    // A user's own sign-out: the record is the actor.
    expect(auditRecordLabel(id, null, { sessionId: 's' }, { id, name: '胡浩' })).toBe('胡浩');
    expect(auditRecordLabel(id, null, null, { id: 'someone-else', name: '胡浩' })).toBe(
      '0ce99a8b…',
    );
  });

  it('has a naming field for every type the console has a page of, but those that hold none', () => {
    // Their snapshots hold ids, dates and numbers only: the short id, and the link, it is.
    const wordless = ['Handover', 'Renewal'];
    const schema = buildSchema(
      readFileSync(path.resolve(__dirname, '../../../../packages/schema/schema.graphql'), 'utf8'),
    );
    const fieldsOf = (type: string) => {
      const found = schema.getType(type);
      return isObjectType(found) ? Object.keys(found.getFields()) : [];
    };
    const unnamed = Object.keys(en.trident.audit.entities)
      .concat(Object.keys(schema.getTypeMap()))
      .filter((type, i, all) => all.indexOf(type) === i && auditRecordPath(type, id))
      .filter((type) => {
        const fields = fieldsOf(type);
        return !['zh', 'en'].every((locale) =>
          labelFields(locale).some((field) => fields.includes(field)),
        );
      });
    expect(unnamed.sort()).toEqual(wordless);
  });
});
