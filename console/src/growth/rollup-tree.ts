import type { GrowthAccountRollupQuery } from '../gql/graphql';
import { shortName, treeOrder } from './whitespace-grid';

export type RollupData = NonNullable<GrowthAccountRollupQuery['accountRollup']>;
export type RollupRowData = RollupData['rows'][number];

/** A roll-up row in the tree table: its place, whether it folds, and its short name. */
export interface TreeRow {
  row: RollupRowData;
  depth: number;
  hasChildren: boolean;
  /** Ids from the root down to the parent: the row hides when one of them is folded. */
  ancestors: string[];
  shortName: string;
}

/**
 * The roll-up as a tree table: depth first, the root first, siblings by name (the order of
 * the whitespace grid's columns), each row knowing its ancestors and whether it has children.
 */
export function rollupTree(rows: readonly RollupRowData[]): TreeRow[] {
  const byId = new Map(rows.map((r) => [r.accountId, r]));
  const parents = new Set(
    rows.flatMap((r) => (r.parentId && byId.has(r.parentId) ? [r.parentId] : [])),
  );
  return treeOrder(rows).map((row) => {
    const ancestors: string[] = [];
    let parent = row.parentId;
    while (parent && byId.has(parent) && ancestors.length < 16) {
      ancestors.unshift(parent);
      parent = byId.get(parent)!.parentId;
    }
    const parentName = row.parentId ? byId.get(row.parentId)?.account?.name : undefined;
    return {
      row,
      depth: ancestors.length,
      hasChildren: parents.has(row.accountId),
      ancestors,
      shortName: shortName(row.account?.name ?? '—', parentName),
    };
  });
}

/** The rows left on screen when the rows in `folded` hide what is below them. */
export const visibleRows = (tree: readonly TreeRow[], folded: ReadonlySet<string>) =>
  tree.filter((r) => !r.ancestors.some((id) => folded.has(id)));

/** Rows with children below a depth: folded at first, so a large group opens at its provinces. */
export const foldedBelow = (tree: readonly TreeRow[], depth: number) =>
  new Set(tree.filter((r) => r.hasChildren && r.depth >= depth).map((r) => r.row.accountId));

const amount = (value: string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/**
 * The chart under the table: the accounts one level below the first account that branches
 * (a group's provinces, or the cities of a group's one province), with their totals; none
 * when amounts are hidden from the caller or nothing branches.
 */
export function childSeries(tree: readonly TreeRow[]) {
  const root = tree[0];
  if (!root || root.row.total.pipeline === null) return { parent: null, series: [] };
  const childrenOf = (id: string) => tree.filter((r) => r.row.parentId === id);
  let parent = root;
  let children = childrenOf(parent.row.accountId);
  while (children.length === 1 && children[0]!.hasChildren) {
    parent = children[0]!;
    children = childrenOf(parent.row.accountId);
  }
  if (children.length < 2) return { parent: null, series: [] };
  return {
    parent,
    series: children.map((r) => ({
      accountId: r.row.accountId,
      name: r.shortName,
      pipeline: amount(r.row.total.pipeline) ?? 0,
      weighted: amount(r.row.total.weightedPipeline) ?? 0,
      revenue: amount(r.row.total.revenue) ?? 0,
    })),
  };
}
