import type { GrowthWhitespaceQuery } from '../gql/graphql';

export type WhitespaceData = NonNullable<GrowthWhitespaceQuery['whitespace']>;
export type WhitespaceLine = WhitespaceData['productLines'][number];
export type WhitespaceCellData = WhitespaceData['cells'][number];

/** What placing an account in its tree takes. */
interface TreeNode {
  accountId: string;
  parentId: string | null;
  account?: { name: string } | null;
}

/** One account of the group as a column: in tree order, with what its header shows. */
export interface GridColumn {
  accountId: string;
  parentId: string | null;
  depth: number;
  name: string;
  /** The name without its parent's, when it repeats it (…深圳分公司 under 广东有限公司). */
  shortName: string;
  tier: string | null;
  /** Where the account sits: the names from the root down to its parent. */
  path: string[];
}

export interface GridRow {
  line: WhitespaceLine;
  /** One per column, in the columns' order; null where the API sent no cell. */
  cells: (WhitespaceCellData | null)[];
}

/**
 * The name shown in a column header: a branch named after its parent ("中国移动通信集团广东有限
 * 公司深圳分公司" under "中国移动通信集团广东有限公司") reads by what tells it apart.
 */
export function shortName(name: string, parentName: string | null | undefined): string {
  if (!parentName) return name;
  const stem = parentName.replace(/(有限公司|有限责任公司|公司)$/, '');
  for (const prefix of [parentName, stem]) {
    if (prefix.length < 2 || !name.startsWith(prefix)) continue;
    const rest = name.slice(prefix.length).replace(/^[\s·\-–—]+/, '');
    // Only a legal suffix left ("有限公司"): nothing tells it apart, the whole name does.
    if (!/^(有限责任公司|有限公司|公司)?$/.test(rest)) return `…${rest}`;
  }
  return name;
}

const byName = (a: TreeNode, b: TreeNode) =>
  (a.account?.name ?? a.accountId).localeCompare(b.account?.name ?? b.accountId, 'zh');

/**
 * The accounts depth first, the root first, siblings by name: a province's cities follow it,
 * so a group reads group → province → city from left to right.
 */
export function treeOrder<A extends TreeNode>(accounts: readonly A[]): A[] {
  const ids = new Set(accounts.map((a) => a.accountId));
  const children = new Map<string | null, A[]>();
  for (const a of accounts) {
    const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const ordered: A[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null) => {
    for (const a of [...(children.get(parent) ?? [])].sort(byName)) {
      if (seen.has(a.accountId)) continue;
      seen.add(a.accountId);
      ordered.push(a);
      walk(a.accountId);
    }
  };
  walk(null);
  return ordered;
}

/** Rows (product lines in order) × columns (the group's accounts in tree order). */
export function whitespaceGrid(data: WhitespaceData): { columns: GridColumn[]; rows: GridRow[] } {
  const names = new Map(data.accounts.map((a) => [a.accountId, a.account?.name ?? '—']));
  const parents = new Map(data.accounts.map((a) => [a.accountId, a.parentId]));
  const pathOf = (id: string): string[] => {
    const path: string[] = [];
    let parent = parents.get(id) ?? null;
    while (parent && names.has(parent) && path.length < 16) {
      path.unshift(names.get(parent)!);
      parent = parents.get(parent) ?? null;
    }
    return path;
  };
  const columns: GridColumn[] = treeOrder(data.accounts).map((a) => {
    const name = a.account?.name ?? '—';
    const parentName = a.parentId ? names.get(a.parentId) : undefined;
    return {
      accountId: a.accountId,
      parentId: a.parentId,
      depth: a.depth,
      name,
      shortName: shortName(name, parentName),
      tier: a.account?.tier ?? null,
      path: pathOf(a.accountId),
    };
  });
  const cells = new Map(data.cells.map((c) => [`${c.accountId}:${c.productLineId}`, c]));
  const rows = [...data.productLines]
    .sort((a, b) => a.position - b.position)
    .map((line) => ({
      line,
      cells: columns.map((col) => cells.get(`${col.accountId}:${line.id}`) ?? null),
    }));
  return { columns, rows };
}

/** A product line's name in the UI's language. */
export const lineName = (line: Pick<WhitespaceLine, 'nameZh' | 'nameEn'>, locale: string) =>
  locale.startsWith('zh') ? line.nameZh : line.nameEn;

/**
 * The opportunity form, opened with the account and the product line filled in (react-admin
 * reads `?source=` as the new record's defaults); the API matches a deal's products to a line
 * by its code or either name.
 */
export function startDealPath(accountId: string, product: string): string {
  const source = encodeURIComponent(JSON.stringify({ accountId, products: [product] }));
  return `/opportunities/create?source=${source}`;
}

/** Where a cell's chip leads: the contract that sold it, the deal offering it, or a new deal. */
export function cellPath(
  cell: Pick<WhitespaceCellData, 'status' | 'contractId' | 'opportunityId' | 'accountId'>,
  product: string,
): string | null {
  if (cell.status === 'SOLD') return cell.contractId ? `/contracts/${cell.contractId}/show` : null;
  if (cell.status === 'PIPELINE')
    return cell.opportunityId ? `/opportunities/${cell.opportunityId}/show` : null;
  return startDealPath(cell.accountId, product);
}
