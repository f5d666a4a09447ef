import type { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { byName, isoTime, paginate, type SortKey } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { likePattern } from '../../common/text';
import { User } from '../identity/user.entity';
import { syncGapTasks } from '../processes/run-gaps';
import { ContactMove } from './contact-move.entity';
import { Contact } from './contact.entity';
import { lockAccountRow } from './customer-org.access';
import type {
  ContactFilter,
  ContactOrder,
  CreateContactInput,
  UpdateContactInput,
} from './dtos/customer-org.inputs';
import { requireUnitOf } from './org-unit.service';
import { lockTree } from '../../db/tree-lock';

const SORT: Record<ContactOrder['field'], Omit<SortKey<Contact>, 'direction'>> = {
  NAME: { sql: byName('c.name'), value: (c) => c.name },
  INFLUENCE: { sql: 'c.influence', value: (c) => c.influence, cast: 'int' },
  UPDATED_AT: { sql: 'c.updated_at', value: (c) => isoTime(c.updatedAt), cast: 'timestamptz' },
};

type ContactChanges = Partial<Contact>;

export class ContactService {
  constructor(private readonly db: DataSource) {}

  async list(
    ctx: Caller,
    filter: ContactFilter = {},
    orderBy: ContactOrder[] = [],
    page: PageArgs,
  ) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'c.account_id');
    const query = this.db
      .getRepository(Contact)
      .createQueryBuilder('c')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('c.account_id = :accountId', { accountId: filter.accountId });
    if (filter.orgUnitId)
      query.andWhere('c.org_unit_id = :orgUnitId', { orgUnitId: filter.orgUnitId });
    if (filter.level) query.andWhere('c.level = :level', { level: filter.level });
    if (filter.stance) query.andWhere('c.stance = :stance', { stance: filter.stance });
    if (filter.buyingRole)
      query.andWhere(':buyingRole = ANY(c.buying_roles)', { buyingRole: filter.buyingRole });
    if (filter.relationshipOwnerId) {
      query.andWhere('c.relationship_owner_id = :ownerId', { ownerId: filter.relationshipOwnerId });
    }
    if (filter.risingStar !== undefined && filter.risingStar !== null) {
      query.andWhere('c.rising_star = :risingStar', { risingStar: filter.risingStar });
    }
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.search) {
      query.andWhere('(c.name ILIKE :search OR c.title ILIKE :search)', {
        search: likePattern(filter.search),
      });
    }
    if (filter.ids) query.andWhere('c.id = ANY(:ids::uuid[])', { ids: filter.ids });
    const order = orderBy.length ? orderBy : [{ field: 'NAME', direction: 'ASC' } as ContactOrder];
    return paginate(
      query,
      order.map((o) => ({ ...SORT[o.field], direction: o.direction })),
      page,
    );
  }

  async create(ctx: Caller, input: CreateContactInput): Promise<Contact> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      if (input.orgUnitId)
        await requireUnitOf(manager, input.accountId, input.orgUnitId, 'orgUnitId');
      const fields = await this.checkedFields(manager, input.accountId, null, input);
      const repository = manager.getRepository(Contact);
      const contact = await repository.save(
        repository.create({
          ...fields,
          accountId: input.accountId,
          orgUnitId: input.orgUnitId ?? null,
          name: input.name.trim(),
          level: input.level,
        }),
      );
      await syncGapTasks(manager, input.accountId);
      await audit({
        action: 'contact.create',
        entity: 'Contact',
        entityId: contact.id,
        after: contact,
      });
      return contact;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateContactInput,
    version: number,
  ): Promise<Contact> {
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.reportsToId !== undefined) await lockTree(manager, 'contact.reports_to');
      const before = await lockAccountRow(ctx, manager, Contact, 'Contact', id);
      assertVersion('Contact', before, version);
      const changes = await this.checkedFields(manager, before.accountId, id, input);
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.level !== undefined) changes.level = input.level;
      const after = await updateVersioned(manager, Contact, 'Contact', id, version, changes);
      // Who covers whom changed: gaps in the customer's chains open or close.
      await syncGapTasks(manager, before.accountId);
      await audit({ action: 'contact.update', entity: 'Contact', entityId: id, before, after });
      return after;
    });
  }

  /** A transfer to another unit (and maybe title), kept as history. */
  async move(
    ctx: Caller,
    id: string,
    orgUnitId: string | null,
    title: string | null | undefined,
    version: number,
  ) {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, Contact, 'Contact', id);
      assertVersion('Contact', before, version);
      if (orgUnitId !== null) {
        requireUuid('orgUnitId', orgUnitId);
        await requireUnitOf(manager, before.accountId, orgUnitId, 'orgUnitId');
      }
      const changes: ContactChanges = { orgUnitId };
      if (title !== undefined) changes.title = title?.trim() || null;
      const after = await updateVersioned(manager, Contact, 'Contact', id, version, changes);
      await manager.insert(ContactMove, {
        contactId: id,
        fromOrgUnitId: before.orgUnitId,
        toOrgUnitId: orgUnitId,
        fromTitle: before.title,
        toTitle: after.title,
        movedById: ctx.viewer.userId,
      });
      // Who covers whom changed: gaps in the customer's chains open or close.
      await syncGapTasks(manager, before.accountId);
      await audit({ action: 'contact.move', entity: 'Contact', entityId: id, before, after });
      return after;
    });
  }

  /** People leave; the record stays, marked LEFT with the date. */
  async markLeft(ctx: Caller, id: string, leftAt: Date | undefined, version: number) {
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, Contact, 'Contact', id);
      assertVersion('Contact', before, version);
      if (before.status === 'LEFT')
        throw badInput('id', 'CONTACT_ALREADY_LEFT', { name: before.name });
      const when = leftAt ?? new Date();
      if (when > new Date()) throw badInput('leftAt', 'NOT_IN_FUTURE');
      const after = await updateVersioned(manager, Contact, 'Contact', id, version, {
        status: 'LEFT',
        leftAt: when,
      });
      // Who covers whom changed: gaps in the customer's chains open or close.
      await syncGapTasks(manager, before.accountId);
      await audit({ action: 'contact.left', entity: 'Contact', entityId: id, before, after });
      return after;
    });
  }

  /** The optional fields, checked against the account: manager line, owner. */
  private async checkedFields(
    manager: EntityManager,
    accountId: string,
    contactId: string | null,
    input: UpdateContactInput | CreateContactInput,
  ): Promise<ContactChanges> {
    const changes: ContactChanges = {};
    if (input.title !== undefined) changes.title = input.title?.trim() || null;
    if (input.responsibilities !== undefined)
      changes.responsibilities = input.responsibilities?.trim() || null;
    if (input.influence !== undefined) changes.influence = input.influence;
    if (input.stance !== undefined) changes.stance = input.stance;
    if (input.buyingRoles !== undefined) changes.buyingRoles = input.buyingRoles;
    if (input.coachLevel !== undefined) changes.coachLevel = input.coachLevel;
    if (input.risingStar !== undefined) changes.risingStar = input.risingStar;
    if (input.notes !== undefined) changes.notes = input.notes?.trim() || null;
    if (input.relationshipOwnerId !== undefined) {
      if (input.relationshipOwnerId !== null) {
        const owner = await manager
          .getRepository(User)
          .findOneBy({ id: input.relationshipOwnerId });
        if (!owner || owner.status !== 'ACTIVE')
          throw badInput('relationshipOwnerId', 'NO_SUCH_USER');
        // Issue 20: a relationship is kept by someone who sees the account; an owner without
        // a seat would be counted as coverage nobody on the team can act on.
        // An owner kept unchanged on an edit is not asked again (they simply do not count).
        const seated: unknown[] = await manager.query(
          `SELECT 1 FROM account_team_member WHERE account_id = $1 AND user_id = $2
           UNION ALL SELECT 1 FROM contact WHERE id = $3 AND relationship_owner_id = $2`,
          [accountId, input.relationshipOwnerId, contactId],
        );
        if (!seated.length) throw badInput('relationshipOwnerId', 'OWNER_NOT_ON_TEAM');
      }
      changes.relationshipOwnerId = input.relationshipOwnerId;
    }
    if (input.reportsToId !== undefined) {
      if (input.reportsToId !== null)
        await refuseReportingLoop(manager, accountId, contactId, input.reportsToId);
      changes.reportsToId = input.reportsToId;
    }
    return changes;
  }
}

/** A contact reports to someone of the same customer, and the line never loops. */
async function refuseReportingLoop(
  manager: EntityManager,
  accountId: string,
  contactId: string | null,
  reportsToId: string,
) {
  const boss = await manager.getRepository(Contact).findOneBy({ id: reportsToId });
  if (!boss || boss.accountId !== accountId) throw badInput('reportsToId', 'NO_SUCH_CONTACT');
  if (!contactId) return;
  if (contactId === reportsToId) throw badInput('reportsToId', 'CONTACT_REPORTS_TO_SELF');
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE up(id, reports_to_id) AS (
       SELECT id, reports_to_id FROM contact WHERE id = $1
       UNION
       SELECT c.id, c.reports_to_id FROM contact c JOIN up ON c.id = up.reports_to_id
     )
     SELECT 1 FROM up WHERE id = $2 LIMIT 1`,
    [reportsToId, contactId],
  );
  if (rows.length) throw badInput('reportsToId', 'REPORTING_LOOP');
}
