import type { RunSubjectType } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import type { Deal } from './condition';

/** What a run follows, read from the subject itself: the facts its step conditions see. */
export interface SubjectFacts {
  accountId: string;
  name: string;
  amount: string | null;
  /** The amount's currency (null for an account). */
  currency: string | null;
  productLines: string[];
  region: string | null;
  /** The deal's expected close (a contract's deal's): a chain that ends later is a risk. */
  expectedCloseDate: string | null;
}

const SUBJECT_SQL: Record<RunSubjectType, string> = {
  OPPORTUNITY: `SELECT o.account_id, o.name, o.amount::text, o.currency, o.products AS product_lines, a.region,
                       o.expected_close_date::text
                  FROM opportunity o JOIN account a ON a.id = o.account_id WHERE o.id = $1`,
  CONTRACT: `SELECT c.account_id, c.title AS name, c.amount::text, c.currency,
                    COALESCE(o.products, '{}') AS product_lines, a.region,
                    o.expected_close_date::text
               FROM contract c JOIN account a ON a.id = c.account_id
               LEFT JOIN opportunity o ON o.id = c.opportunity_id WHERE c.id = $1`,
  ACCOUNT: `SELECT a.id AS account_id, a.name, NULL::text AS amount, NULL::text AS currency,
                   '{}'::text[] AS product_lines,
                   a.region, NULL::text AS expected_close_date
              FROM account a WHERE a.id = $1`,
};

/**
 * Locks what the facts come from against change until the transaction ends, for a run that is
 * about to be planned from them: an edit of the deal (its amount, its products) then waits for
 * the run to exist and re-plans it, or finishes first and is what the run reads. The account
 * (its region) is locked by the caller's account check.
 */
const LOCK_SQL: Record<RunSubjectType, string | null> = {
  OPPORTUNITY: 'SELECT 1 FROM opportunity WHERE id = $1 FOR SHARE',
  CONTRACT: `SELECT 1 FROM opportunity
              WHERE id = (SELECT opportunity_id FROM contract WHERE id = $1) FOR SHARE`,
  ACCOUNT: null,
};

export async function lockSubject(
  manager: EntityManager,
  type: RunSubjectType,
  id: string,
): Promise<void> {
  const sql = LOCK_SQL[type];
  if (sql) await manager.query(sql, [id]);
}

/**
 * The subject's facts, or BAD_USER_INPUT on `subjectId` when there is no such deal, contract
 * or account the caller may see (row-level security hides the others).
 */
export async function readSubject(
  manager: EntityManager,
  type: RunSubjectType,
  id: string,
): Promise<SubjectFacts> {
  const [row] = (await manager.query(SUBJECT_SQL[type], [id])) as {
    account_id: string;
    name: string;
    amount: string | null;
    currency: string | null;
    product_lines: string[];
    region: string | null;
    expected_close_date: string | null;
  }[];
  if (!row) throw badInput('subjectId', 'NO_SUCH_SUBJECT', { type });
  return {
    accountId: row.account_id,
    name: row.name,
    amount: row.amount,
    currency: row.currency?.trim() ?? null,
    productLines: row.product_lines,
    region: row.region,
    expectedCloseDate: row.expected_close_date,
  };
}

export const dealOf = (facts: SubjectFacts): Deal => ({
  amount: facts.amount,
  currency: facts.currency,
  productLines: facts.productLines,
  region: facts.region,
});
