import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { User } from '../identity/user.entity';
import { notifyUser } from '../notifications/notify-user';
import type {
  InternalResourceInput,
  RequestResourceInput,
  ResourceRequestFilter,
} from './dtos/resource.inputs';
import { InternalResource, ResourceRequest } from './internal-resource.entity';
import { requireDealOfAccount } from '../pipeline/opportunity.service';

/**
 * Internal resources (seed 000): executives and experts are scarce, so each has a cap per
 * month and quarter. Within it a request is approved at once; past it a manager decides.
 */
export class ResourceService {
  constructor(private readonly db: DataSource) {}

  listResources() {
    return this.db.getRepository(InternalResource).find({ order: { name: 'ASC' } });
  }

  async createResource(ctx: Caller, input: InternalResourceInput) {
    requireCoherentCaps(input);
    return runMutation(ctx, async ({ manager, audit }) => {
      await requireUser(manager, input.userId);
      const resource = await manager
        .getRepository(InternalResource)
        .save(
          manager.getRepository(InternalResource).create({ ...input, name: input.name.trim() }),
        );
      await audit({
        action: 'resource.create',
        entity: 'InternalResource',
        entityId: resource.id,
        after: resource,
      });
      return resource;
    });
  }

  async updateResource(ctx: Caller, id: string, input: InternalResourceInput, version: number) {
    requireUuid('id', id);
    requireCoherentCaps(input);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager.getRepository(InternalResource).findOneBy({ id });
      if (!before) throw notFound('InternalResource', id);
      assertVersion('InternalResource', before, version);
      await requireUser(manager, input.userId);
      const after = await updateVersioned(
        manager,
        InternalResource,
        'InternalResource',
        id,
        version,
        {
          ...input,
          name: input.name.trim(),
        },
      );
      await audit({
        action: 'resource.update',
        entity: 'InternalResource',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async listRequests(ctx: Caller, filter: ResourceRequestFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'q.account_id');
    const query = this.db
      .getRepository(ResourceRequest)
      .createQueryBuilder('q')
      .where(`(${scope.sql} OR q.requester_id = :me)`, { ...scope.params, me: ctx.viewer.userId });
    if (filter.resourceId)
      query.andWhere('q.resource_id = :resourceId', { resourceId: filter.resourceId });
    if (filter.accountId)
      query.andWhere('q.account_id = :accountId', { accountId: filter.accountId });
    if (filter.status) query.andWhere('q.status = :status', { status: filter.status });
    return paginate(
      query,
      [
        {
          sql: 'q.created_at',
          direction: 'DESC',
          value: (q) => isoTime(q.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async request(ctx: Caller, input: RequestResourceInput): Promise<ResourceRequest> {
    // A resource is booked for a day still to come (today included, by the company's calendar).
    if (input.date < ctx.today()) throw badInput('date', 'NOT_IN_PAST');
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, input.accountId, 'TEAM');
      // Locked: two requests for the same resource count one after the other.
      const resource = await manager
        .getRepository(InternalResource)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id: input.resourceId })
        .getOne();
      if (!resource || !resource.active) throw badInput('resourceId', 'NOT_ACTIVE_RESOURCE');
      await requireDealOfAccount(manager, input.accountId, input.opportunityId);
      const over = await capReached(manager, resource, input.date);
      // Past the cap the request waits for someone above the requester: nobody approves
      // their own, managers included (separation of duties).
      let status: ResourceRequest['status'] = 'APPROVED';
      if (over) {
        if (input.askApproval) status = 'PENDING';
        else {
          throw badInput('date', 'RESOURCE_CAP_REACHED', {
            name: resource.name,
            cap: over.period,
            limit: over.limit,
            used: over.used,
          });
        }
      }
      const request = await manager.getRepository(ResourceRequest).save(
        manager.getRepository(ResourceRequest).create({
          resourceId: resource.id,
          accountId: input.accountId,
          opportunityId: input.opportunityId ?? null,
          purpose: input.purpose.trim(),
          date: input.date,
          status,
          requesterId: ctx.viewer.userId,
        }),
      );
      if (status === 'PENDING') {
        const [me] = (await manager.query('SELECT manager_id FROM "user" WHERE id = $1', [
          ctx.viewer.userId,
        ])) as { manager_id: string | null }[];
        if (me?.manager_id) {
          await notifyUser(manager, {
            userId: me.manager_id,
            kind: 'RESOURCE_REQUEST',
            title: { key: 'RESOURCE_OVER_CAP', resource: resource.name },
            body: request.purpose,
            entity: 'ResourceRequest',
            entityId: request.id,
            accountId: request.accountId,
          });
        }
      }
      await audit({
        action: 'resource.request',
        entity: 'ResourceRequest',
        entityId: request.id,
        after: request,
      });
      return request;
    });
  }

  /** A manager over the requester (or an admin) decides a request waiting past the cap. */
  async decide(ctx: Caller, id: string, approve: boolean, note: string | undefined) {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager
        .getRepository(ResourceRequest)
        .createQueryBuilder('q')
        .setLock('pessimistic_write')
        .where('q.id = :id', { id })
        .getOne();
      if (!before) throw notFound('ResourceRequest', id);
      if (before.status !== 'PENDING') throw conflict('REQUEST_DECIDED', { status: before.status });
      const scope = await ctx.accountScope();
      const covers = scope.kind === 'ALL' || scope.userIds.includes(before.requesterId);
      if (before.requesterId === ctx.viewer.userId)
        throw forbidden('Nobody decides their own request', { reason: 'SELF_APPROVAL' });
      if (!covers) throw forbidden("A manager decides their own team's requests");
      const after = await updateVersioned(
        manager,
        ResourceRequest,
        'ResourceRequest',
        id,
        before.version,
        {
          status: approve ? 'APPROVED' : 'REJECTED',
          decidedById: ctx.viewer.userId,
          decisionNote: note?.trim() || null,
        },
      );
      await notifyUser(manager, {
        userId: before.requesterId,
        kind: 'RESOURCE_REQUEST',
        title: { key: approve ? 'RESOURCE_APPROVED' : 'RESOURCE_REJECTED' },
        body: note ?? null,
        entity: 'ResourceRequest',
        entityId: id,
        accountId: before.accountId,
      });
      await audit({
        action: 'resource.decide',
        entity: 'ResourceRequest',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }
}

/**
 * The cap the date falls past, if any: approved requests in its month and its quarter, of
 * every account (`trident_resource_bookings`: the caller's own connection sees only theirs).
 */
async function capReached(manager: EntityManager, resource: InternalResource, date: string) {
  const [row] = (await manager.query(
    'SELECT in_month AS month, in_quarter AS quarter FROM trident_resource_bookings($1, $2::date)',
    [resource.id, date],
  )) as { month: number; quarter: number }[];
  if (resource.maxPerMonth !== null && row!.month >= resource.maxPerMonth)
    return { period: 'MONTH', limit: resource.maxPerMonth, used: row!.month };
  if (resource.maxPerQuarter !== null && row!.quarter >= resource.maxPerQuarter)
    return { period: 'QUARTER', limit: resource.maxPerQuarter, used: row!.quarter };
  return null;
}

/** A month's cap above the quarter's could never be reached: the quarter would stop it first. */
function requireCoherentCaps(input: InternalResourceInput) {
  const { maxPerMonth, maxPerQuarter } = input;
  if (maxPerMonth != null && maxPerQuarter != null && maxPerMonth > maxPerQuarter)
    throw badInput('maxPerMonth', 'AT_MOST', { max: maxPerQuarter });
}

/** The user a resource stands for must exist: the foreign key would only refuse it later. */
async function requireUser(manager: EntityManager, userId: string | null | undefined) {
  if (userId && !(await manager.getRepository(User).existsBy({ id: userId }))) {
    throw badInput('userId', 'NO_SUCH_USER');
  }
}
