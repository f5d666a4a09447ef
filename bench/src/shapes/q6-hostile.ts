import type { ReadShape } from './shape';

const nest = (field: string, depth: number, leaf: string): string =>
  depth === 0 ? leaf : `${field} { ${nest(field, depth - 1, leaf)} }`;

const aliases = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');

/** Q6a — 12 levels deep (Trident refuses above 10 before reading anything). */
export const q6Depth: ReadShape = {
  id: 'Q6a',
  title: 'hostile: 12 levels deep',
  trident: (p) => ({
    token: p.biToken,
    query: `{ accounts(first: 50) { nodes { ${nest('parent', 10, 'id name')} } } }`,
  }),
  postgraphile: () => ({
    query: `{ allAccounts(first: 50) { nodes { ${nest('accountByParentId', 10, 'rowId name')} } } }`,
  }),
};

/** Q6b — 500 aliases of a field that reads the database. */
export const q6Aliases: ReadShape = {
  id: 'Q6b',
  title: 'hostile: 500 aliases',
  trident: (p) => ({
    token: p.biToken,
    variables: { id: p.largestAccountId },
    query: `query($id: ID!) { ${aliases(500, 'account(id: $id) { name }')} }`,
  }),
  postgraphile: (p) => ({
    variables: { id: p.largestAccountId },
    query: `query($id: UUID!) { ${aliases(500, 'accountByRowId(rowId: $id) { name }')} }`,
  }),
};
