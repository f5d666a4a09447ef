import type { Page } from './connection';

/**
 * A page of rows read with LIMIT/OFFSET whose total came with them (`count(*) OVER ()`): the
 * cursors are positions, so `offset` and `first` page through it.
 */
export function offsetPage<T>(nodes: T[], offset: number, total: number): Page<T> {
  return {
    nodes,
    cursor: (i) => Buffer.from(String(offset + i + 1)).toString('base64url'),
    pageInfo: {
      hasNextPage: offset + nodes.length < total,
      hasPreviousPage: offset > 0,
      startCursor: null,
      endCursor: null,
    },
    count: async () => total,
  };
}
