import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { paginate, isoTime } from '../../graphql/pagination/paginate';
import type { PageArgs } from '../../graphql/pagination/page-args';
import type { Viewer } from '../identity/viewer';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter } from './dtos/audit-event-filter.input';

/** Columns that never leave the database, not even into the audit log. */
const SECRET_KEYS = new Set(['passwordHash', 'tokenHash']);

/** A plain JSON copy of an entity for before/after, without secrets. */
export function auditSnapshot(entity: object | null | undefined): Record<string, unknown> | null {
  if (!entity) return null;
  return JSON.parse(
    JSON.stringify(entity, (key, value: unknown) => (SECRET_KEYS.has(key) ? undefined : value)),
  ) as Record<string, unknown>;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

/**
 * The row an audit event is, for `record` and for a statement that writes its own audit row
 * in the same round trip as the change (`moveOpportunity`).
 */
export function auditEvent(
  viewer: Viewer | null,
  requestId: string | null,
  input: AuditInput,
): Partial<AuditEvent> {
  return {
    actorId: viewer?.userId ?? null,
    actorKind: viewer?.kind ?? 'SYSTEM',
    action: input.action,
    entity: input.entity,
    entityId: input.entityId,
    before: auditSnapshot(input.before),
    after: auditSnapshot(input.after),
    requestId,
  };
}

export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** Call inside the mutation's transaction: the event commits or rolls back with it. */
  async record(
    manager: EntityManager,
    viewer: Viewer | null,
    requestId: string | null,
    input: AuditInput,
  ): Promise<void> {
    // jsonb columns: TypeORM's deep-partial typing cannot express arbitrary JSON.
    await manager.insert(AuditEvent, auditEvent(viewer, requestId, input) as never);
  }

  list(filter: AuditEventFilter = {}, page: PageArgs) {
    const query = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    if (filter.entity) query.andWhere('e.entity = :entity', { entity: filter.entity });
    if (filter.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    // Newest first; the bigint id follows write order, so it alone is a stable key.
    return paginate(
      query,
      [
        { sql: 'e.at', direction: 'DESC', value: (e) => isoTime(e.at), cast: 'timestamptz' },
        { sql: 'e.id', direction: 'DESC', value: (e) => e.id, cast: 'bigint' },
      ],
      page,
    );
  }
}
