import type { GraphQLResolveInfo } from 'graphql';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import type { DataSource } from 'typeorm';
import { columnsFor, unlessWhole } from '../../graphql/planner/columns';
import { childSelections } from '../../graphql/planner/requested-fields';
import { fromJsonRows, jsonRowsSql } from '../../db/json-rows';
import type { Caller } from '../../graphql/caller';
import { isUuid } from '../../common/ids';
import { visibleAccountCte } from '../accounts/account-scope';
import { User } from '../identity/user.entity';
import { Contact } from './contact.entity';
import { Influence } from './influence.entity';
import { OrgUnit } from './org-unit.entity';
import type { OrgChart } from './customer-org.types';

/**
 * One account's whole map — units, contacts (reporting lines are their reportsToId) and
 * influence edges, and the contacts' owners when asked — in one statement with the visibility
 * check, whatever its size, with only the columns the request's fields read.
 */
export class OrgChartService {
  constructor(private readonly db: DataSource) {}

  async orgChart(
    ctx: Caller,
    accountId: string,
    /** The request: only the columns its fields ask of units, contacts and edges are read. */
    info?: GraphQLResolveInfo,
  ): Promise<OrgChart | null> {
    if (!isUuid(accountId)) return null;
    // Undefined: the whole row.
    const asked = (entity: new () => object, typeName: string, field: string) =>
      info
        ? unlessWhole(
            this.db,
            entity,
            columnsFor(this.db, entity, typeName, childSelections(info, 'OrgChart', field)),
          )
        : undefined;
    // A contact (unit) reached from the chart again (a manager, an edge's end, a parent unit)
    // is found among the chart's own, primed below: those need whole rows.
    const reached = (typeName: string) =>
      !!info &&
      (['units', 'contacts', 'influences'] as const).some((field) =>
        childSelections(info, 'OrgChart', field).some((tree) => reaches(tree, typeName)),
      );
    const unitColumns = reached('OrgUnit') ? undefined : asked(OrgUnit, 'OrgUnit', 'units');
    const contactColumns = reached('Contact') ? undefined : asked(Contact, 'Contact', 'contacts');
    // The contacts' owners, when asked, come whole with the chart and wait in the users'
    // loader: the field resolver finds them there, as it would after its own query.
    const owners = reached('User');
    // The account's visibility is the statement's first condition (as accountById's: the
    // caller's accounts), so a chart is one round trip; an account the caller may not see
    // reads nothing at all.
    const visible = visibleAccountCte(await ctx.accountScope(), 2);
    const [row] = (await this.db.query(
      `WITH ${visible.sql}
       SELECT
         EXISTS (SELECT 1 FROM v) AS visible,
         (SELECT ${jsonRowsSql(this.db, OrgUnit, 'u', 'u.name, u.id', unitColumns)} FROM org_unit u WHERE u.account_id = (SELECT id FROM v)) AS units,
         (SELECT ${jsonRowsSql(this.db, Contact, 'c', 'c.name, c.id', contactColumns)} FROM contact c WHERE c.account_id = (SELECT id FROM v)) AS contacts,
         (SELECT ${jsonRowsSql(this.db, Influence, 'i', undefined, asked(Influence, 'Influence', 'influences'))} FROM influence i WHERE i.account_id = (SELECT id FROM v)) AS influences${
           owners
             ? `,
         (SELECT ${jsonRowsSql(this.db, User, 'ro')} FROM "user" ro
           WHERE ro.id IN (SELECT c.relationship_owner_id FROM contact c WHERE c.account_id = (SELECT id FROM v))) AS owners`
             : ''
         }`,
      [accountId, ...visible.values],
    )) as {
      visible: boolean;
      units: Record<string, unknown>[];
      contacts: Record<string, unknown>[];
      influences: Record<string, unknown>[];
      owners?: Record<string, unknown>[];
    }[];
    if (!row?.visible) return null;
    const units = fromJsonRows(this.db, OrgUnit, row.units);
    const contacts = fromJsonRows(this.db, Contact, row.contacts);
    const influences = fromJsonRows(this.db, Influence, row.influences);
    for (const owner of fromJsonRows(this.db, User, row.owners ?? []))
      ctx.loaders.userById.prime(owner.id, owner);
    // Loaders resolving contacts from here find them without another query; only whole rows,
    // or another path of the request would read a field that was not read.
    if (!contactColumns)
      for (const contact of contacts) ctx.loaders.contactById.prime(contact.id, contact);
    if (!unitColumns) for (const unit of units) ctx.loaders.orgUnitById.prime(unit.id, unit);
    return { accountId, units, contacts, influences };
  }
}

/** Whether a selection asks, below its own fields, for an object of `typeName`. */
function reaches(tree: ResolveTree, typeName: string): boolean {
  return Object.values(tree.fieldsByTypeName).some((fields) =>
    Object.values(fields).some(
      (field) => typeName in field.fieldsByTypeName || reaches(field, typeName),
    ),
  );
}
