import type { DataSource } from 'typeorm';
import { fromJsonRows, jsonRowsSql } from '../../db/json-rows';
import type { Caller } from '../../graphql/caller';
import { Contact } from './contact.entity';
import { Influence } from './influence.entity';
import { OrgUnit } from './org-unit.entity';
import type { OrgChart } from './customer-org.types';

/**
 * One account's whole map — units, contacts (reporting lines are their reportsToId) and
 * influence edges — in one statement after the visibility check, whatever its size.
 */
export class OrgChartService {
  constructor(private readonly db: DataSource) {}

  async orgChart(ctx: Caller, accountId: string): Promise<OrgChart | null> {
    const account = await ctx.loaders.accountById.load(accountId);
    if (!account) return null;
    const [row] = (await this.db.query(
      `SELECT
         (SELECT ${jsonRowsSql(this.db, OrgUnit, 'u', 'u.name, u.id')} FROM org_unit u WHERE u.account_id = $1) AS units,
         (SELECT ${jsonRowsSql(this.db, Contact, 'c', 'c.name, c.id')} FROM contact c WHERE c.account_id = $1) AS contacts,
         (SELECT ${jsonRowsSql(this.db, Influence, 'i')} FROM influence i WHERE i.account_id = $1) AS influences`,
      [accountId],
    )) as {
      units: Record<string, unknown>[];
      contacts: Record<string, unknown>[];
      influences: Record<string, unknown>[];
    }[];
    const units = fromJsonRows(this.db, OrgUnit, row?.units ?? []);
    const contacts = fromJsonRows(this.db, Contact, row?.contacts ?? []);
    const influences = fromJsonRows(this.db, Influence, row?.influences ?? []);
    // Loaders resolving contacts from here find them without another query.
    for (const contact of contacts) ctx.loaders.contactById.prime(contact.id, contact);
    for (const unit of units) ctx.loaders.orgUnitById.prime(unit.id, unit);
    return { accountId, units, contacts, influences };
  }
}
