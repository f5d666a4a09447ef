import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context';
import { Contact } from './contact.entity';
import { Influence } from './influence.entity';
import { OrgUnit } from './org-unit.entity';

export interface OrgChartData {
  accountId: string;
  units: OrgUnit[];
  contacts: Contact[];
  influences: Influence[];
}

/**
 * One account's whole map — units, contacts (reporting lines are their reportsToId) and
 * influence edges — in three statements after the visibility check, whatever its size.
 */
export class OrgChartService {
  constructor(private readonly db: DataSource) {}

  async orgChart(ctx: AuthedContext, accountId: string): Promise<OrgChartData | null> {
    const account = await ctx.loaders.accountById.load(accountId);
    if (!account) return null;
    const [units, contacts, influences] = await Promise.all([
      this.db.getRepository(OrgUnit).find({ where: { accountId }, order: { name: 'ASC' } }),
      this.db.getRepository(Contact).find({ where: { accountId }, order: { name: 'ASC' } }),
      this.db.getRepository(Influence).find({ where: { accountId } }),
    ]);
    // Loaders resolving contacts from here find them without another query.
    for (const contact of contacts) ctx.loaders.contactById.prime(contact.id, contact);
    for (const unit of units) ctx.loaders.orgUnitById.prime(unit.id, unit);
    return { accountId, units, contacts, influences };
  }
}
