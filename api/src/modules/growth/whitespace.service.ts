import type { WhitespaceStatus } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { requireUuid } from '../../common/ids';
import { fromJsonRows, jsonRowsSql } from '../../db/json-rows';
import type { Caller } from '../../graphql/caller';
import { toMoney } from '../../graphql/scalars/money.type';
import type { Whitespace, WhitespaceCell } from './growth.types';
import { ProductLine } from './product-line.entity';
import { accountTreeSql, CELLS_SQL, TRUNCATED_SQL } from './account-tree';

interface CellRow {
  account_id: string;
  line_id: string;
  contract_id: string | null;
  signed_at: string | null;
  sold_amount: string | null;
  sold_currency: string | null;
  opportunity_id: string | null;
  stage_id: string | null;
  offer_amount: string | null;
  offer_currency: string | null;
}

/**
 * Whitespace (issue 21): our product lines against the accounts of a customer group, each
 * cell sold, in pipeline or open. One statement: the group's tree, the lines and the cells.
 */
export class WhitespaceService {
  constructor(private readonly db: DataSource) {}

  async grid(ctx: Caller, accountId: string): Promise<Whitespace | null> {
    requireUuid('accountId', accountId);
    const tree = accountTreeSql(await ctx.accountScope(), '$1', 2);
    const [row]: {
      accounts: { id: string; parent_id: string | null; depth: number }[] | null;
      lines: Record<string, unknown>[] | null;
      cells: CellRow[] | null;
      truncated: boolean;
    }[] = await this.db.query(
      `WITH RECURSIVE ${tree.sql}, ${CELLS_SQL}
       SELECT (SELECT json_agg(json_build_object('id', k.id, 'parent_id', k.parent_id, 'depth', k.depth)
                               ORDER BY k.depth, k.path) FROM kept k) AS accounts,
              (SELECT ${jsonRowsSql(this.db, ProductLine, 'l', 'l.position, l.code')} FROM lines l) AS lines,
              (SELECT json_agg(json_build_object(
                        'account_id', c.account_id, 'line_id', c.line_id,
                        'contract_id', c.contract_id, 'signed_at', c.signed_at,
                        'sold_amount', c.sold_amount::text, 'sold_currency', c.sold_currency,
                        'opportunity_id', c.opportunity_id, 'stage_id', c.stage_id,
                        'offer_amount', c.offer_amount::text, 'offer_currency', c.offer_currency))
                 FROM cells c) AS cells,
              ${TRUNCATED_SQL} AS truncated`,
      [accountId, ...tree.values],
    );
    if (!row?.accounts?.length) return null;
    const cells = (row.cells ?? []).map(toCell);
    const count = (status: WhitespaceStatus) => cells.filter((c) => c.status === status).length;
    return {
      accountId,
      productLines: fromJsonRows(this.db, ProductLine, row.lines ?? []),
      accounts: row.accounts.map((a) => ({
        accountId: a.id,
        parentId: a.parent_id,
        depth: a.depth,
      })),
      cells,
      sold: count('SOLD'),
      inPipeline: count('PIPELINE'),
      open: count('OPEN'),
      truncated: row.truncated,
    };
  }
}

function toCell(c: CellRow): WhitespaceCell {
  return {
    accountId: c.account_id,
    productLineId: c.line_id,
    status: c.contract_id ? 'SOLD' : c.opportunity_id ? 'PIPELINE' : 'OPEN',
    contractId: c.contract_id,
    signedAt: c.signed_at,
    soldAmount: c.sold_currency ? toMoney(c.sold_amount, c.sold_currency) : null,
    opportunityId: c.opportunity_id,
    stageId: c.stage_id,
    pipelineAmount: c.offer_currency ? toMoney(c.offer_amount, c.offer_currency) : null,
  };
}
