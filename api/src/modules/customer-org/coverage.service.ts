import type { DataSource } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition } from '../accounts/account-scope';
import { Contact } from './contact.entity';
import { OrgUnit } from './org-unit.entity';
import type { RelationshipCoverage } from './customer-org.types';
import type { AccountCoverage } from './customer-org.types';
import {
  coveredSql,
  DECISION_LEVELS,
  decisionCoverageSql,
  requireCoverageShare,
} from './decision-coverage';
import { requirePageBounds } from '../../graphql/pagination/page-bounds';
/** Influence from which a skeptic or an opponent is a risk to watch. */
export const HIGH_INFLUENCE = 4;

// One aggregate per account, over ACTIVE contacts only (people who left cover nothing).
const COUNTS_SQL = `
  SELECT a.id AS account_id,
         (SELECT count(*) FROM org_unit u WHERE u.account_id = a.id) AS units_total,
         (SELECT count(*) FROM org_unit u WHERE u.account_id = a.id AND EXISTS (
            SELECT 1 FROM contact c WHERE c.org_unit_id = u.id AND c.status = 'ACTIVE'
              AND ${coveredSql('c')})) AS units_covered,
         count(c.id) FILTER (WHERE c.level IN ${DECISION_LEVELS}) AS decision_total,
         count(c.id) FILTER (WHERE c.level IN ${DECISION_LEVELS} AND ${coveredSql('c')}) AS decision_covered,
         count(c.id) AS contacts_total,
         count(c.id) FILTER (WHERE ${coveredSql('c')}) AS contacts_covered
    FROM account a
    LEFT JOIN contact c ON c.account_id = a.id AND c.status = 'ACTIVE'`;

const share = (covered: number, total: number) => (total === 0 ? 0 : covered / total);

const toCounts = (row: Record<string, string>): AccountCoverage => {
  const counts = {
    accountId: row.account_id!,
    unitsTotal: Number(row.units_total),
    unitsCovered: Number(row.units_covered),
    decisionContactsTotal: Number(row.decision_total),
    decisionContactsCovered: Number(row.decision_covered),
    contactsTotal: Number(row.contacts_total),
    contactsCovered: Number(row.contacts_covered),
  };
  return {
    ...counts,
    unitCoverage: share(counts.unitsCovered, counts.unitsTotal),
    decisionCoverage: share(counts.decisionContactsCovered, counts.decisionContactsTotal),
  };
};

export class CoverageService {
  constructor(private readonly db: DataSource) {}

  async relationshipCoverage(ctx: Caller, accountId: string): Promise<RelationshipCoverage | null> {
    if (!(await ctx.loaders.accountById.load(accountId))) return null;
    const [countsRows, uncoveredUnits, contacts] = await Promise.all([
      this.db.query(`${COUNTS_SQL} WHERE a.id = $1 GROUP BY a.id`, [accountId]),
      this.db
        .getRepository(OrgUnit)
        .createQueryBuilder('u')
        .where('u.account_id = :accountId', { accountId })
        .andWhere(
          `NOT EXISTS (SELECT 1 FROM contact c WHERE c.org_unit_id = u.id AND c.status = 'ACTIVE'
                         AND ${coveredSql('c')})`,
        )
        .orderBy('u.name')
        .getMany(),
      // Only the contacts one of the lists needs, in one statement.
      this.db
        .getRepository(Contact)
        .createQueryBuilder('c')
        .where('c.account_id = :accountId', { accountId })
        .andWhere(`c.status = 'ACTIVE'`)
        .andWhere(
          `(NOT ${coveredSql('c')} OR (c.stance IN ('SKEPTIC', 'OPPONENT') AND c.influence >= :high))`,
          { high: HIGH_INFLUENCE },
        )
        .orderBy('c.influence', 'DESC')
        .addOrderBy('c.name')
        .addSelect(coveredSql('c'), 'covered')
        .getRawAndEntities<{ covered: boolean }>(),
    ]);
    const covered = new Set(
      contacts.entities.filter((_, i) => contacts.raw[i]!.covered).map((c) => c.id),
    );
    const uncoveredContacts = contacts.entities.filter((c) => !covered.has(c.id));
    return {
      ...toCounts(countsRows[0]),
      uncoveredUnits,
      uncoveredContacts,
      risingStarsWithoutOwner: uncoveredContacts.filter((c) => c.risingStar),
      highInfluenceOpponents: contacts.entities.filter(
        (c) => (c.stance === 'SKEPTIC' || c.stance === 'OPPONENT') && c.influence >= HIGH_INFLUENCE,
      ),
    };
  }

  /** Coverage of many accounts in one aggregate statement, thinnest decision coverage first. */
  async coverageByAccount(
    ctx: Caller,
    accountIds: string[] | undefined,
    first = 100,
    offset = 0,
    decisionCoverageBelow?: number,
  ): Promise<{ rows: AccountCoverage[]; total: number }> {
    requirePageBounds(first, offset);
    const scope = rawAccountScopeCondition(await ctx.accountScope(), 'a.id', 1);
    const params: unknown[] = [...scope.values];
    let where = scope.sql;
    if (accountIds) {
      params.push(accountIds);
      where += ` AND a.id = ANY($${params.length}::uuid[])`;
    }
    if (decisionCoverageBelow !== undefined) {
      requireCoverageShare('decisionCoverageBelow', decisionCoverageBelow);
      params.push(decisionCoverageBelow);
      where += ` AND ${decisionCoverageSql('a.id')} < $${params.length}`;
    }
    params.push(first, offset);
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT *, count(*) OVER () AS total_rows FROM (${COUNTS_SQL} WHERE ${where} GROUP BY a.id) coverage
        ORDER BY CASE WHEN decision_total = 0 THEN 1 ELSE decision_covered::float / decision_total END, account_id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { rows: rows.map(toCounts), total: rows[0] ? Number(rows[0].total_rows) : 0 };
  }
}
