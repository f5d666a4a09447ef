import type { AccountScope } from '../accounts/account-scope';
import { rawAccountScopeCondition } from '../accounts/account-scope';

/** How deep a customer group goes (group → province → city → site, with room to spare). */
export const MAX_TREE_DEPTH = 8;
/** Accounts one grid or roll-up covers; a larger group answers its first ones, truncated. */
export const MAX_TREE_ACCOUNTS = 300;

/**
 * `tree(id, parent_id, depth, path)`: the account `$root` and every account below it that
 * the caller may see, walked through visible accounts only (an account outside the scope
 * hides what is below it, as the database's row security would). `path` runs from the root.
 * The root's `parent_id` is null: its parent is outside the tree, and may be outside the scope
 * (a branch's group held by another team), whose id alone would say it exists.
 */
export function accountTreeSql(scope: AccountScope, root: string, next: number) {
  const anchor = rawAccountScopeCondition(scope, 'a.id', next);
  const step = rawAccountScopeCondition(scope, 'c.id', next);
  return {
    sql: `tree(id, parent_id, depth, path) AS (
            SELECT a.id, NULL::uuid, 0, ARRAY[a.id] FROM account a WHERE a.id = ${root} AND ${anchor.sql}
            UNION ALL
            SELECT c.id, c.parent_id, t.depth + 1, t.path || c.id
              FROM tree t JOIN account c ON c.parent_id = t.id
             WHERE t.depth < ${MAX_TREE_DEPTH} AND NOT c.id = ANY(t.path) AND ${step.sql}
          ), kept AS (
            SELECT * FROM tree ORDER BY depth, path LIMIT ${MAX_TREE_ACCOUNTS}
          )`,
    values: anchor.values,
  };
}

/** SQL: the tree has more accounts than `kept` holds. */
export const TRUNCATED_SQL = `(SELECT count(*) > ${MAX_TREE_ACCOUNTS} FROM (SELECT 1 FROM tree LIMIT ${MAX_TREE_ACCOUNTS + 1}) more)`;

/** SQL: deal `deal` names product line `line` among its products (code or either name). */
export const namesLine = (deal: string, line: string) =>
  `EXISTS (SELECT 1 FROM unnest(${deal}.products) AS named(product)
            WHERE lower(btrim(named.product)) IN (lower(${line}.code), lower(${line}.name_zh), lower(${line}.name_en)))`;

/**
 * `cells(account_id, line_id, …)`: every kept account × active product line, with the
 * latest contract that sold the line there and the furthest open deal that offers it.
 */
export const CELLS_SQL = `lines AS (
    SELECT * FROM product_line WHERE active
  ), cells AS (
    SELECT k.id AS account_id, l.id AS line_id, l.position AS line_position,
           sold.contract_id, sold.signed_at, sold.amount AS sold_amount, sold.currency AS sold_currency,
           offer.opportunity_id, offer.stage_id, offer.amount AS offer_amount, offer.currency AS offer_currency
      FROM kept k CROSS JOIN lines l
      LEFT JOIN LATERAL (
        SELECT c.id AS contract_id, c.signed_at, c.amount, c.currency
          FROM contract c JOIN opportunity o ON o.id = c.opportunity_id
         WHERE c.account_id = k.id AND ${namesLine('o', 'l')}
         ORDER BY c.signed_at DESC, c.id LIMIT 1) sold ON true
      LEFT JOIN LATERAL (
        SELECT o.id AS opportunity_id, o.stage_id, o.amount, o.currency
          FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
         WHERE o.account_id = k.id AND NOT s.is_won AND NOT s.is_lost AND ${namesLine('o', 'l')}
         ORDER BY s.position DESC, o.amount DESC, o.id LIMIT 1) offer ON true
  )`;
