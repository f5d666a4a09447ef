import { print } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { buildQuery } from './build-query';
import { collectionsMethods } from '../providers/collections-api';

const text = (query: Parameters<typeof print>[0]) => print(query).replace(/\s+/g, ' ');

describe('contracts resource', () => {
  it('lists contracts with their milestones, and the overdue switch only narrows', () => {
    const on = buildQuery('GET_LIST', 'contracts', {
      pagination: { page: 1, perPage: 25 },
      filter: { overdue: true, accountId: 'a1' },
    });
    expect(text(on.query)).toContain('contracts(filter: $filter, first: $first, offset: $offset)');
    expect(text(on.query)).toContain('milestones {');
    expect(on.variables?.filter).toEqual({ overdue: true, accountId: 'a1' });
    const off = buildQuery('GET_LIST', 'contracts', { filter: { overdue: false } });
    expect(off.variables?.filter).toEqual({});
  });

  it('reads one contract by id', () => {
    const one = buildQuery('GET_ONE', 'contracts', { id: 'c1' });
    expect(text(one.query)).toContain('contract(id: $id)');
  });
});

describe('collections calls', () => {
  it('sends the same idempotency key it was given, and trims the reference', async () => {
    const mutate = vi.fn().mockResolvedValue({ data: { recordPayment: { id: 'p1' } } });
    const methods = collectionsMethods({ mutate } as never);
    const args = {
      milestoneId: 'm1',
      amount: '100',
      paidAt: '2026-11-25',
      reference: '  ',
      idempotencyKey: 'k-1',
    };
    await methods.recordPayment(args);
    await methods.recordPayment(args);
    expect(mutate.mock.calls.map(([call]) => call.variables)).toEqual([
      {
        milestoneId: 'm1',
        amount: '100',
        paidAt: '2026-11-25',
        reference: null,
        idempotencyKey: 'k-1',
      },
      {
        milestoneId: 'm1',
        amount: '100',
        paidAt: '2026-11-25',
        reference: null,
        idempotencyKey: 'k-1',
      },
    ]);
  });

  it('asks for the quarters of a year', async () => {
    const query = vi.fn().mockResolvedValue({ data: { revenueSummary: [] } });
    await collectionsMethods({ query } as never).revenueSummary('2026-Q1', '2026-Q4');
    expect(query.mock.calls[0]![0].variables).toEqual({
      from: '2026-Q1',
      to: '2026-Q4',
      granularity: 'QUARTER',
    });
  });
});
