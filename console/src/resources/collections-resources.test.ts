import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildQuery } from './build-query';

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
