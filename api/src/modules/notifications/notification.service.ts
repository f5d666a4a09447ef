import type { NotificationKind } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireUuid } from '../../common/ids';
import { returnedRows, runMutation } from '../../db/mutation';
import type { AuthedContext } from '../../graphql/context';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { Notification } from './notification.entity';

/** The Postgres channel every API process listens on (NOTIFY is delivered on commit). */
export const NOTIFICATION_CHANNEL = 'trident_notification';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  title: string;
  body?: string | null;
  entity: string;
  entityId: string;
  accountId?: string | null;
}

/** What travels on the channel: enough for a console to show it without a round trip. */
export interface NotificationEvent {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  entity: string;
  entityId: string;
  createdAt: string;
}

/**
 * Stores a notification inside the caller's transaction and signals it with NOTIFY, which
 * Postgres delivers to every listening API process only if the transaction commits: no
 * ghost events for rolled-back work, and nothing held in one process's memory.
 */
export async function notifyUser(
  manager: EntityManager,
  input: NewNotification,
): Promise<Notification> {
  const row = await manager.getRepository(Notification).save(
    manager.getRepository(Notification).create({
      ...input,
      body: input.body ?? null,
      accountId: input.accountId ?? null,
    }),
  );
  const event: NotificationEvent = {
    id: row.id,
    userId: row.userId,
    kind: row.kind,
    title: row.title,
    entity: row.entity,
    entityId: row.entityId,
    createdAt: row.createdAt.toISOString(),
  };
  await manager.query('SELECT pg_notify($1, $2)', [NOTIFICATION_CHANNEL, JSON.stringify(event)]);
  return row;
}

/** A user's own notifications: nobody reads anyone else's. */
export class NotificationService {
  constructor(private readonly db: DataSource) {}

  list(ctx: AuthedContext, unreadOnly: boolean, page: PageArgs) {
    const query = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :me', { me: ctx.viewer.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(
      query,
      [
        {
          sql: 'n.created_at',
          direction: 'DESC',
          value: (n) => isoTime(n.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  async unreadCount(ctx: AuthedContext): Promise<number> {
    const [row] = (await this.db.query(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [ctx.viewer.userId],
    )) as { n: number }[];
    return row!.n;
  }

  /** Marks the given notifications (or all) read; answers how many changed. */
  async markRead(ctx: AuthedContext, ids: string[] | undefined): Promise<number> {
    ids?.forEach((id) => requireUuid('ids', id));
    return runMutation(ctx, async ({ manager, audit }) => {
      const rows = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE notification SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
          RETURNING id`,
          [ctx.viewer.userId, ids ?? null],
        ),
      );
      await audit({
        action: 'notification.read',
        entity: 'Notification',
        entityId: ctx.viewer.userId,
        after: { ids: rows.map((r) => r.id) },
      });
      return rows.length;
    });
  }
}
