import { canRun } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput } from '../../common/app-error';
import { likePattern } from '../../common/text';
import type { Caller } from '../../graphql/caller';
import type { SearchHit, SearchKind } from './search.types';

/** Where each kind is found, and the list operation a role needs to see that kind at all. */
const SOURCES: Record<SearchKind, { operation: string; sql: string }> = {
  ACCOUNT: {
    operation: 'Query.accounts',
    sql: `SELECT 'ACCOUNT' AS kind, a.id, a.name, a.region AS detail, a.id AS account_id,
                 a.name AS account_name, a.name AS sort_key
            FROM account a
           WHERE a.name ILIKE $1 AND (a.id = ANY($3::uuid[]) OR $3::uuid[] IS NULL)`,
  },
  CONTACT: {
    operation: 'Query.contacts',
    sql: `SELECT 'CONTACT' AS kind, c.id, c.name, c.title AS detail, a.id AS account_id,
                 a.name AS account_name, c.name AS sort_key
            FROM contact c JOIN account a ON a.id = c.account_id
           WHERE c.name ILIKE $1 AND (c.account_id = ANY($3::uuid[]) OR $3::uuid[] IS NULL)`,
  },
  OPPORTUNITY: {
    operation: 'Query.opportunities',
    sql: `SELECT 'OPPORTUNITY' AS kind, o.id, o.name, NULL AS detail, a.id AS account_id,
                 a.name AS account_name, o.name AS sort_key
            FROM opportunity o JOIN account a ON a.id = o.account_id
           WHERE o.name ILIKE $1 AND (o.account_id = ANY($3::uuid[]) OR $3::uuid[] IS NULL)`,
  },
  CONTRACT: {
    operation: 'Query.contracts',
    sql: `SELECT 'CONTRACT' AS kind, k.id, k.title AS name, NULL AS detail, a.id AS account_id,
                 a.name AS account_name, k.title AS sort_key
            FROM contract k JOIN account a ON a.id = k.account_id
           WHERE k.title ILIKE $1 AND (k.account_id = ANY($3::uuid[]) OR $3::uuid[] IS NULL)`,
  },
};

export const SEARCH_MAX_PER_KIND = 20;

/**
 * The top bar's search: accounts, contacts, deals and contracts whose name holds the text,
 * within the caller's account scope and the kinds their role may list, in one statement.
 * Names that begin with the text come first, then the shorter ones.
 */
export class SearchService {
  constructor(private readonly db: DataSource) {}

  async search(caller: Caller, text: string, perKind: number): Promise<SearchHit[]> {
    const words = text.trim();
    if (!words) throw badInput('text', 'BLANK');
    if (words.length > 100) throw badInput('text', 'TOO_LONG', { max: 100 });
    if (!Number.isInteger(perKind) || perKind < 1 || perKind > SEARCH_MAX_PER_KIND)
      throw badInput('first', 'BETWEEN', {
        min: 1,
        max: SEARCH_MAX_PER_KIND,
      });
    const kinds = (Object.keys(SOURCES) as SearchKind[]).filter((kind) =>
      canRun(caller.viewer.roles, SOURCES[kind].operation),
    );
    if (!kinds.length) return [];
    const scope = await caller.accountScope();
    // A team member's accounts are few: list them once, so every branch filters by account id.
    const accountIds =
      scope.kind === 'ALL'
        ? null
        : (
            (await this.db.query(
              'SELECT DISTINCT account_id FROM account_team_member WHERE user_id = ANY($1::uuid[])',
              [scope.userIds],
            )) as { account_id: string }[]
          ).map((row) => row.account_id);
    if (accountIds?.length === 0) return [];
    const branches = kinds.map(
      (kind) => `(SELECT * FROM (${SOURCES[kind].sql}) hit
                   ORDER BY lower(hit.sort_key) LIKE lower($2) DESC, length(hit.sort_key), hit.sort_key
                   LIMIT $4)`,
    );
    const rows: {
      kind: SearchKind;
      id: string;
      name: string;
      detail: string | null;
      account_id: string;
      account_name: string;
    }[] = await this.db.query(branches.join('\nUNION ALL\n'), [
      likePattern(words),
      `${likePattern(words).slice(1)}`,
      accountIds,
      perKind,
    ]);
    return rows.map((row) => ({
      kind: row.kind,
      id: row.id,
      name: row.name,
      detail: row.detail,
      accountId: row.account_id,
      accountName: row.account_name,
    }));
  }
}
