import { describe, expect, it } from 'vitest';
import {
  cellPath,
  lineName,
  shortName,
  startDealPath,
  treeOrder,
  whitespaceGrid,
  type WhitespaceData,
} from './whitespace-grid';

const GROUP = '中国移动通信集团有限公司';
const GD = '中国移动通信集团广东有限公司';

const account = (
  id: string,
  parentId: string | null,
  depth: number,
  name: string,
  tier = 'CITY',
) => ({
  accountId: id,
  parentId,
  depth,
  account: { id, name, tier: tier as 'CITY' },
});

const cell = (
  accountId: string,
  productLineId: string,
  status: 'SOLD' | 'PIPELINE' | 'OPEN',
  extra: Partial<WhitespaceData['cells'][number]> = {},
): WhitespaceData['cells'][number] => ({
  accountId,
  productLineId,
  status,
  contractId: null,
  signedAt: null,
  soldAmount: null,
  opportunityId: null,
  pipelineAmount: null,
  stage: null,
  opportunity: null,
  contract: null,
  ...extra,
});

const data: WhitespaceData = {
  accountId: 'g',
  sold: 1,
  inPipeline: 1,
  open: 4,
  truncated: false,
  productLines: [
    { id: 'l2', code: 'CLOUD', nameZh: '云服务', nameEn: 'Cloud services', position: 20 },
    { id: 'l1', code: 'PRIVATE_5G', nameZh: '5G 专网', nameEn: '5G private network', position: 10 },
  ],
  // As the API sends them: by depth.
  accounts: [
    account('g', null, 0, GROUP, 'GROUP'),
    account('js', 'g', 1, '中国移动通信集团江苏有限公司', 'PROVINCE'),
    account('gd', 'g', 1, GD, 'PROVINCE'),
    account('sz', 'gd', 2, `${GD}深圳分公司`),
    account('gz', 'gd', 2, `${GD}广州分公司`),
  ],
  cells: [
    cell('sz', 'l1', 'SOLD', {
      contractId: 'c1',
      soldAmount: { amount: '1200000.00', currency: 'CNY' },
    }),
    cell('gz', 'l1', 'PIPELINE', { opportunityId: 'o1' }),
    cell('g', 'l1', 'OPEN'),
    cell('g', 'l2', 'OPEN'),
  ],
};

describe('whitespace grid', () => {
  it('puts the accounts in tree order: a province is followed by its cities, siblings by name', () => {
    const { columns } = whitespaceGrid(data);
    expect(columns.map((c) => c.accountId)).toEqual(['g', 'gd', 'gz', 'sz', 'js']);
    expect(columns.map((c) => c.depth)).toEqual([0, 1, 2, 2, 1]);
    expect(columns.find((c) => c.accountId === 'sz')?.path).toEqual([GROUP, GD]);
  });

  it('orders the product lines by position and lines every cell up under its column', () => {
    const { columns, rows } = whitespaceGrid(data);
    expect(rows.map((r) => r.line.code)).toEqual(['PRIVATE_5G', 'CLOUD']);
    const first = rows[0]!.cells;
    expect(first.map((c) => c?.status ?? null)).toEqual(['OPEN', null, 'PIPELINE', 'SOLD', null]);
    expect(first[columns.findIndex((c) => c.accountId === 'sz')]?.contractId).toBe('c1');
  });

  it('keeps an account whose parent it may not see as a root of its own', () => {
    const ordered = treeOrder([account('x', 'hidden', 1, 'B'), account('y', null, 0, 'A')]);
    expect(ordered.map((a) => a.accountId)).toEqual(['y', 'x']);
  });

  it('shortens a branch named after its parent, and leaves other names whole', () => {
    expect(shortName(`${GD}深圳分公司`, GD)).toBe('…深圳分公司');
    expect(shortName(GD, GROUP)).toBe('…广东有限公司');
    expect(shortName('国网江苏省电力有限公司', '国家电网有限公司')).toBe('国网江苏省电力有限公司');
    expect(shortName(GROUP, null)).toBe(GROUP);
    expect(shortName(GD, GD)).toBe(GD);
  });

  it('names a line in the UI language', () => {
    expect(lineName(data.productLines[1]!, 'zh-CN')).toBe('5G 专网');
    expect(lineName(data.productLines[1]!, 'en')).toBe('5G private network');
  });

  it('links a sold cell to its contract, a pipeline cell to its deal, an open one to a new deal', () => {
    expect(cellPath(data.cells[0]!, 'x')).toBe('/contracts/c1/show');
    expect(cellPath(data.cells[1]!, 'x')).toBe('/opportunities/o1/show');
    const path = cellPath(data.cells[2]!, '5G 专网')!;
    expect(path).toBe(startDealPath('g', '5G 专网'));
    const source = new URLSearchParams(path.split('?')[1]).get('source');
    expect(JSON.parse(source!)).toEqual({ accountId: 'g', products: ['5G 专网'] });
  });
});
