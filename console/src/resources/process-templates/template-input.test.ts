import { describe, expect, it } from 'vitest';
import { approverNamed, templateInput } from './template-input';

describe('template input', () => {
  it('sends cleared pickers and an empty condition as null, with the API defaults', () => {
    expect(
      templateInput({
        name: 'Payment',
        steps: [
          {
            name: 'CFO',
            condition: '',
            approverContactId: 'c1',
            approverOrgUnitId: '',
            ownerRole: '',
            ownerUserId: 'u1',
          },
        ],
      }),
    ).toEqual({
      name: 'Payment',
      steps: [
        {
          name: 'CFO',
          rule: 'ALL',
          typicalDays: 0,
          documentsRequired: [],
          condition: null,
          approverContactId: 'c1',
          approverOrgUnitId: null,
          ownerRole: null,
          ownerUserId: 'u1',
        },
      ],
    });
  });
});

describe('approver named', () => {
  const ofAccount = approverNamed((values) => !!values.accountId);
  const source = { finalSource: 'steps.1.approverContactId' };

  it("asks an account's template step for a contact or its department", () => {
    const values = { accountId: 'a1', steps: [{}, { approverOrgUnitId: '' }] };
    expect(ofAccount(null, values, source)).toBe('trident.process.approver_required');
    expect(ofAccount('c1', values, source)).toBeUndefined();
    expect(
      ofAccount(null, { accountId: 'a1', steps: [{}, { approverOrgUnitId: 'u1' }] }, source),
    ).toBeUndefined();
  });

  it('asks nothing of a global template', () => {
    expect(ofAccount(null, { accountId: null, steps: [{}, {}] }, source)).toBeUndefined();
  });

  it('reads the department beside a top-level contact field', () => {
    const always = approverNamed(() => true);
    expect(
      always('', { approverOrgUnitId: 'u1' }, { source: 'approverContactId' }),
    ).toBeUndefined();
    expect(always('', {}, { source: 'approverContactId' })).toBe(
      'trident.process.approver_required',
    );
  });
});
