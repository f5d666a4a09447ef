import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildQuery } from '../build-query';
import {
  decimalText,
  fillFromContract,
  renewalCreatePath,
  renewalFromContract,
  renewalInput,
  suggestedSignDate,
} from './renewal-input';

const text = (query: Parameters<typeof print>[0]) => print(query).replace(/\s+/g, ' ');

const contract = {
  id: 'c1',
  accountId: 'a1',
  signedAt: '2025-03-31',
  currency: 'CNY',
  amount: { amount: '480000.00', currency: 'CNY' },
};

describe('a renewal prefilled from the contract it renews', () => {
  it('takes the customer, the contract, its amount and currency, and signs a year on', () => {
    expect(renewalFromContract(contract)).toEqual({
      accountId: 'a1',
      contractId: 'c1',
      amount: { amount: '480000.00', currency: 'CNY' },
      expectedSignDate: '2026-03-31',
    });
  });

  it('suggests the same day a year later, clamped to the month (02-29 → 02-28)', () => {
    expect(suggestedSignDate('2024-02-29')).toBe('2025-02-28');
    expect(suggestedSignDate('2025-12-31')).toBe('2026-12-31');
  });

  it('leaves the amount out where the reader does not see it, keeping the currency', () => {
    const hidden = renewalFromContract({ ...contract, amount: null, currency: 'USD' });
    expect(hidden.amount).toEqual({ currency: 'USD' });
  });

  it('opens the create page with the values in `source`', () => {
    const { pathname, search } = renewalCreatePath({ accountId: 'a1' });
    expect(pathname).toBe('/renewals/create');
    expect(JSON.parse(decodeURIComponent(search.replace('?source=', '')))).toEqual({
      accountId: 'a1',
    });
  });
});

describe('a contract picked in the form', () => {
  it('fills only what is still empty', () => {
    expect(fillFromContract({}, contract)).toEqual({
      'amount.amount': '480000.00',
      'amount.currency': 'CNY',
      expectedSignDate: '2026-03-31',
    });
    expect(
      fillFromContract(
        { amount: { amount: 5, currency: 'CNY' }, expectedSignDate: '2026-01-01' },
        contract,
      ),
    ).toEqual({});
    expect(
      fillFromContract({ amount: { currency: 'CNY' } }, { ...contract, amount: null }),
    ).toEqual({ expectedSignDate: '2026-03-31' });
  });
});

describe('renewal form values → the API', () => {
  it('writes the amount as a decimal with its currency beside it', () => {
    expect(
      renewalInput({
        accountId: 'a1',
        amount: { amount: 120000, currency: 'USD' },
        newNeeds: '  扩容  ',
        productFit: '',
        contractId: '',
        opportunityId: null,
      }),
    ).toEqual({
      accountId: 'a1',
      amount: '120000',
      currency: 'USD',
      newNeeds: '扩容',
      productFit: null,
      contractId: null,
      opportunityId: null,
    });
  });

  it('reads 900.00 and 900 as the same amount, so an untouched amount is not a change', () => {
    expect(decimalText('900.00')).toBe('900');
    expect(decimalText(900)).toBe('900');
    expect(decimalText('900.50')).toBe('900.5');
    expect(decimalText('0.00')).toBe('0');
    expect(decimalText('')).toBeNull();
  });

  it('sends only what changed, with the version read, and never the currency on edit', () => {
    const previous = {
      id: 'r1',
      version: 3,
      accountId: 'a1',
      account: { id: 'a1', name: 'X' },
      contractId: 'c1',
      opportunityId: null,
      status: 'OPEN',
      newNeeds: 'old',
      amount: { amount: '900.00', currency: 'CNY' },
      expectedSignDate: '2026-05-01',
    };
    const update = buildQuery('UPDATE', 'renewals', {
      id: 'r1',
      previousData: previous,
      data: { ...previous, status: 'SIGNED', amount: { amount: 900, currency: 'CNY' } },
    });
    expect(text(update.query)).toContain('updateRenewal(');
    expect(update.variables).toEqual({ id: 'r1', version: 3, input: { status: 'SIGNED' } });
  });
});

describe('renewals resource', () => {
  it('filters by account, due window and status, and reads one by id through the list', () => {
    const list = buildQuery('GET_LIST', 'renewals', {
      pagination: { page: 2, perPage: 25 },
      filter: { accountId: 'a1', dueWithinDays: 90, status: 'OPEN' },
    });
    expect(text(list.query)).toContain('renewals(filter: $filter, first: $first, offset: $offset)');
    expect(list.variables).toMatchObject({
      filter: { accountId: 'a1', dueWithinDays: 90, status: 'OPEN' },
      first: 25,
      offset: 25,
    });
    const one = buildQuery('GET_ONE', 'renewals', { id: 'r1' });
    expect(one.variables).toMatchObject({ filter: { ids: ['r1'] }, first: 1 });
  });

  it('creates with the account, the amount as a decimal and the currency', () => {
    const create = buildQuery('CREATE', 'renewals', {
      data: {
        accountId: 'a1',
        contractId: 'c1',
        amount: { amount: '480000.00', currency: 'CNY' },
        expectedSignDate: '2026-03-31',
      },
    });
    expect(text(create.query)).toContain('createRenewal(input: $input)');
    expect(create.variables).toEqual({
      input: {
        accountId: 'a1',
        contractId: 'c1',
        amount: '480000',
        currency: 'CNY',
        expectedSignDate: '2026-03-31',
      },
    });
  });
});
