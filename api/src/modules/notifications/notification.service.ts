import type { DataSource } from 'typeorm';
import { requireUuid } from '../../common/ids';
import { returnedRows, runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { Notification } from './notification.entity';

/** A user's own notifications: nobody reads anyone else's. */
export class NotificationService {
  constructor(private readonly db: DataSource) {}

  list(ctx: Caller, unreadOnly: boolean, page: PageArgs) {
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

  async unreadCount(ctx: Caller): Promise<number> {
    const [row] = (await this.db.query(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [ctx.viewer.userId],
    )) as { n: number }[];
    return row!.n;
  }

  /** Marks the given notifications (or all) read; answers how many changed. */
  async markRead(ctx: Caller, ids: string[] | undefined): Promise<number> {
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
      // Nothing read, nothing to record: the audit log is not a place anyone can fill at will.
      if (rows.length)
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
