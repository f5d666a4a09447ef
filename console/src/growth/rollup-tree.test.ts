import { describe, expect, it } from 'vitest';
import {
  childSeries,
  foldedBelow,
  rollupTree,
  visibleRows,
  type RollupRowData,
} from './rollup-tree';

const figures = (pipeline: string | null, extra: Partial<RollupRowData['own']> = {}) => ({
  pipeline,
  weightedPipeline: pipeline === null ? null : String(Number(pipeline) / 2),
  revenue: pipeline === null ? null : '10.00',
  collected: pipeline === null ? null : '5.00',
  decisionContacts: 4,
  decisionContactsCovered: 2,
  decisionCoverage: 0.5,
  sold: 1,
  inPipeline: 1,
  open: 2,
  ...extra,
});

const row = (
  accountId: string,
  parentId: string | null,
  depth: number,
  name: string,
  total: string | null = '100.00',
): RollupRowData => ({
  accountId,
  parentId,
  depth,
  account: { id: accountId, name, tier: depth === 0 ? 'GROUP' : depth === 1 ? 'PROVINCE' : 'CITY' },
  own: figures(total),
  total: figures(total),
});

// As the API sends them: depth first, the root first, siblings in no particular order.
const rows = [
  row('g', null, 0, '集团有限公司', '900.00'),
  row('p2', 'g', 1, '集团江苏有限公司', '200.00'),
  row('c3', 'p2', 2, '集团江苏有限公司南京分公司'),
  row('p1', 'g', 1, '集团广东有限公司', '500.00'),
  row('c2', 'p1', 2, '集团广东有限公司深圳分公司'),
  row('c1', 'p1', 2, '集团广东有限公司广州分公司'),
];

describe('roll-up tree', () => {
  it('orders rows depth first with siblings by name, each knowing its ancestors and children', () => {
    const tree = rollupTree(rows);
    expect(tree.map((r) => r.row.accountId)).toEqual(['g', 'p1', 'c1', 'c2', 'p2', 'c3']);
    expect(tree.map((r) => r.depth)).toEqual([0, 1, 2, 2, 1, 2]);
    expect(tree.filter((r) => r.hasChildren).map((r) => r.row.accountId)).toEqual([
      'g',
      'p1',
      'p2',
    ]);
    expect(tree[3]!.ancestors).toEqual(['g', 'p1']);
    expect(tree[3]!.shortName).toBe('…深圳分公司');
  });

  it('hides what is below a folded row, and only that', () => {
    const tree = rollupTree(rows);
    expect(visibleRows(tree, new Set(['p1'])).map((r) => r.row.accountId)).toEqual([
      'g',
      'p1',
      'p2',
      'c3',
    ]);
    expect(visibleRows(tree, new Set(['g'])).map((r) => r.row.accountId)).toEqual(['g']);
    expect(visibleRows(tree, new Set()).length).toBe(6);
  });

  it('folds a large group at its provinces', () => {
    expect([...foldedBelow(rollupTree(rows), 1)].sort()).toEqual(['p1', 'p2']);
  });

  it("charts the root's children, and nothing when amounts are hidden", () => {
    expect(childSeries(rollupTree(rows))).toEqual({
      parent: expect.objectContaining({ shortName: '集团有限公司' }),
      series: [
        { accountId: 'p1', name: '…广东有限公司', pipeline: 500, weighted: 250, revenue: 10 },
        { accountId: 'p2', name: '…江苏有限公司', pipeline: 200, weighted: 100, revenue: 10 },
      ],
    });
    const hidden = rows.map((r) => row(r.accountId, r.parentId, r.depth, r.account!.name, null));
    expect(childSeries(rollupTree(hidden)).series).toEqual([]);
  });

  it('charts the cities when the group has only one province in sight', () => {
    const one = rows.filter((r) => !['p2', 'c3'].includes(r.accountId));
    const { parent, series } = childSeries(rollupTree(one));
    expect(parent?.row.accountId).toBe('p1');
    expect(series.map((s) => s.accountId)).toEqual(['c1', 'c2']);
    expect(childSeries(rollupTree([rows[0]!])).series).toEqual([]);
  });
});
