import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { nodeColumns } from '../../graphql/planner/columns';
import { badInput, forbidden } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { hasRole } from '../identity/viewer';
import { Activity } from './activity.entity';
import type {
  ActivityFilter,
  CreateActivityInput,
  UpdateActivityInput,
} from './dtos/activity.inputs';
import { requireContacts, requireDealOfAccount } from './opportunity.service';
import { requireMaySeeAccount } from '../accounts/account-scope';
import { lockAccountRow } from '../customer-org/customer-org.access';

/** The visit log: anyone on the account team writes it, the author (or a manager) edits it. */
export class ActivityService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: ActivityFilter = {}, page: PageArgs, info?: GraphQLResolveInfo) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'v.account_id');
    const query = this.db
      .getRepository(Activity)
      .createQueryBuilder('v')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('v.account_id = :accountId', { accountId: filter.accountId });
    if (filter.opportunityId)
      query.andWhere('v.opportunity_id = :opportunityId', { opportunityId: filter.opportunityId });
    if (filter.kind) query.andWhere('v.kind = :kind', { kind: filter.kind });
    if (filter.createdById)
      query.andWhere('v.created_by_id = :createdById', { createdById: filter.createdById });
    if (filter.from) query.andWhere('v.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('v.occurred_at < :to', { to: filter.to });
    return paginate(
      query,
      [
        {
          sql: 'v.occurred_at',
          direction: 'DESC',
          value: (v) => isoTime(v.occurredAt),
          cast: 'timestamptz',
        },
      ],
      page,
      [],
      nodeColumns(this.db, Activity, 'Activity', info),
    );
  }

  async create(ctx: Caller, input: CreateActivityInput): Promise<Activity> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      checkOccurredAt(input.occurredAt);
      const participantIds = input.participantIds ?? [ctx.viewer.userId];
      await this.checkLinks(ctx, manager, input.accountId, {
        opportunityId: input.opportunityId ?? null,
        participantIds,
        contactIds: input.contactIds ?? [],
      });
      const activity = await manager.getRepository(Activity).save(
        manager.getRepository(Activity).create({
          accountId: input.accountId,
          opportunityId: input.opportunityId ?? null,
          kind: input.kind,
          occurredAt: input.occurredAt,
          summary: input.summary.trim(),
          nextSteps: input.nextSteps?.trim() || null,
          participantIds,
          contactIds: input.contactIds ?? [],
          createdById: ctx.viewer.userId,
        }),
      );
      await audit({
        action: 'activity.create',
        entity: 'Activity',
        entityId: activity.id,
        after: activity,
      });
      return activity;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateActivityInput,
    version: number,
  ): Promise<Activity> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(ctx, manager, Activity, 'Activity', id);
      if (before.createdById !== ctx.viewer.userId && !hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) {
        throw forbidden('Only the author, a manager or an admin may edit a visit record');
      }
      assertVersion('Activity', before, version);
      const changes: Partial<Activity> = {};
      if (input.kind !== undefined) changes.kind = input.kind;
      if (input.occurredAt !== undefined) {
        checkOccurredAt(input.occurredAt);
        changes.occurredAt = input.occurredAt;
      }
      if (input.summary !== undefined) changes.summary = input.summary.trim();
      if (input.nextSteps !== undefined) changes.nextSteps = input.nextSteps?.trim() || null;
      if (input.opportunityId !== undefined) changes.opportunityId = input.opportunityId;
      if (input.participantIds !== undefined) changes.participantIds = input.participantIds;
      if (input.contactIds !== undefined) changes.contactIds = input.contactIds;
      await this.checkLinks(ctx, manager, before.accountId, {
        opportunityId: changes.opportunityId !== undefined ? changes.opportunityId : null,
        participantIds: changes.participantIds ?? [],
        contactIds: changes.contactIds ?? [],
      });
      const after = await updateVersioned(manager, Activity, 'Activity', id, version, changes);
      await audit({ action: 'activity.update', entity: 'Activity', entityId: id, before, after });
      return after;
    });
  }

  private async checkLinks(
    ctx: Caller,
    manager: EntityManager,
    accountId: string,
    links: { opportunityId: string | null; participantIds: string[]; contactIds: string[] },
  ) {
    await requireDealOfAccount(manager, accountId, links.opportunityId);
    await requireContacts(manager, accountId, links.contactIds, 'contactIds');
    if (links.participantIds.length) {
      const rows: { id: string }[] = await manager.query(
        `SELECT id FROM "user" WHERE id = ANY($1::uuid[])`,
        [links.participantIds],
      );
      if (rows.length !== new Set(links.participantIds).size) {
        throw badInput('participantIds', 'NOT_A_USER');
      }
      // Our side at the visit: people who may see the account (its team, a manager above
      // one, finance, an admin), or the one writing it down.
      await requireMaySeeAccount(
        manager,
        accountId,
        links.participantIds.filter((id) => id !== ctx.viewer.userId),
        'participantIds',
      );
    }
  }
}

/** A visit log records what happened: not more than a day ahead (time zones), not absurd. */
function checkOccurredAt(at: Date) {
  if (at.getTime() > Date.now() + 86_400_000) {
    throw badInput('occurredAt', 'VISIT_IN_FUTURE');
  }
  if (at.getFullYear() < 2000) throw badInput('occurredAt', 'BEFORE_2000');
}
