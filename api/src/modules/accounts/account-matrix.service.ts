import { MATRIX_QUADRANTS, type MatrixQuadrant } from '@trident/domain';
import type { DataSource } from 'typeorm';
import type { Caller } from '../../graphql/caller';
import { accountScopeCondition, rawAccountScopeCondition } from './account-scope';
import { Account } from './account.entity';
import { MATRIX_ACCOUNTS_PER_QUADRANT, type AccountMatrixCell } from './accounts.types';

/**
 * The customer matrix of seed 002 (potential × relationship, rule in @trident/domain
 * quadrant.ts) over the accounts the caller may see: exact counts by SQL, and the
 * largest accounts of each quadrant for the chart.
 */
export class AccountMatrixService {
  constructor(private readonly db: DataSource) {}

  async matrix(ctx: Caller): Promise<{ cells: AccountMatrixCell[]; unclassified: number }> {
    const scope = accountScopeCondition(await ctx.accountScope(), 'a.id');
    const counts: { quadrant: MatrixQuadrant | null; n: number }[] = await this.db
      .getRepository(Account)
      .createQueryBuilder('a')
      .select('a.quadrant', 'quadrant')
      .addSelect('count(*)::int', 'n')
      .where(scope.sql, scope.params)
      .groupBy('a.quadrant')
      .getRawMany();
    const raw = rawAccountScopeCondition(await ctx.accountScope(), 'a.id', 2);
    const top: { id: string }[] = await this.db.query(
      `SELECT id FROM (
         SELECT a.id, row_number() OVER (
                  PARTITION BY a.quadrant ORDER BY a.potential_amount DESC NULLS LAST, a.id) AS n
           FROM account a WHERE a.quadrant IS NOT NULL AND ${raw.sql}) ranked
        WHERE n <= $1`,
      [MATRIX_ACCOUNTS_PER_QUADRANT, ...raw.values],
    );
    const ranked = top.length
      ? await this.db
          .getRepository(Account)
          .createQueryBuilder('a')
          .where('a.id = ANY(:ids::uuid[])', { ids: top.map((t) => t.id) })
          .orderBy('a.potential_amount', 'DESC', 'NULLS LAST')
          .getMany()
      : [];
    return {
      cells: MATRIX_QUADRANTS.map((quadrant) => ({
        quadrant,
        count: counts.find((c) => c.quadrant === quadrant)?.n ?? 0,
        accounts: ranked.filter((a) => a.quadrant === quadrant),
      })),
      unclassified: counts.find((c) => c.quadrant === null)?.n ?? 0,
    };
  }
}
