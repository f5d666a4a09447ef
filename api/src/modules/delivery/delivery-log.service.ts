import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import type { Config } from '../../config/config';
import { returnedRows, runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { hasRole } from '../identity/viewer';
import { Delivery } from './delivery.entity';
import type { DeliveryFilterInput } from './dtos/delivery.inputs';
import { OutboxMessage } from './outbox-message.entity';
import type { SecretBox } from './secret-box';

/** The Postgres channel a delivery worker also listens on: "look at the queue now". */
export const DELIVERY_CHANNEL = 'trident_delivery';

export type DeliverySettingsConfig = Partial<
  Pick<Config, 'DELIVERY_MODE' | 'SMTP_URL' | 'SMTP_FROM' | 'PUBLIC_URL' | 'ROBOT_EXTRA_HOSTS'>
>;

/** The delivery log (ADMIN), a retry, the settings in force, and each person's outbox. */
export class DeliveryLogService {
  constructor(
    private readonly db: DataSource,
    private readonly config: DeliverySettingsConfig,
    private readonly box: SecretBox,
  ) {}

  list(filter: DeliveryFilterInput = {}, page: PageArgs) {
    const query = this.db.getRepository(Delivery).createQueryBuilder('d');
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.channel) query.andWhere('d.channel = :channel', { channel: filter.channel });
    if (filter.kind) query.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.userId) query.andWhere('d.user_id = :userId', { userId: filter.userId });
    if (filter.notificationId)
      query.andWhere('d.notification_id = :notificationId', {
        notificationId: filter.notificationId,
      });
    return paginate(
      query,
      [
        {
          sql: 'd.created_at',
          direction: 'DESC',
          value: (d) => isoTime(d.createdAt),
          cast: 'timestamptz',
        },
        { sql: 'd.id', direction: 'DESC', value: (d) => d.id, cast: 'uuid' },
      ],
      page,
    );
  }

  /** A failed message goes back to the queue as new (the worker hears of it at once). */
  async retry(caller: Caller, id: string): Promise<Delivery> {
    requireUuid('id', id);
    return runMutation(caller, async ({ manager, audit }) => {
      const before = await manager.getRepository(Delivery).findOneBy({ id });
      if (!before) throw notFound('Delivery', id);
      if (before.status !== 'FAILED')
        throw badInput('id', 'ONLY_FAILED_RETRIED', { status: before.status });
      const [after] = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE delivery SET status = 'PENDING', attempts = 0, next_attempt_at = now(), reason = NULL,
                  error = NULL, updated_at = now() WHERE id = $1 AND status = 'FAILED' RETURNING id`,
          [id],
        ),
      );
      if (!after) throw badInput('id', 'CHANGED_MEANWHILE');
      await manager.query('SELECT pg_notify($1, $2)', [DELIVERY_CHANNEL, id]);
      const row = await manager.getRepository(Delivery).findOneByOrFail({ id });
      await audit({
        action: 'delivery.retry',
        entity: 'Delivery',
        entityId: id,
        before,
        after: row,
      });
      return row;
    });
  }

  settings() {
    const smtp = this.config.SMTP_URL ? new URL(this.config.SMTP_URL) : null;
    return {
      mode: this.config.DELIVERY_MODE ?? 'outbox',
      // The host only: the address may carry a user and password.
      smtpHost: smtp ? smtp.host : null,
      from: this.config.SMTP_FROM ?? null,
      publicUrl: this.config.PUBLIC_URL ?? null,
      canStoreSecrets: this.box.canSeal,
      extraRobotHosts: this.config.ROBOT_EXTRA_HOSTS ?? [],
    };
  }

  /** What the outbox "sent" to me, and my teams' robot posts; ADMIN sees everything. */
  outbox(caller: Caller, page: PageArgs) {
    const query = this.db.getRepository(OutboxMessage).createQueryBuilder('o');
    if (!hasRole(caller.viewer, 'ADMIN'))
      query.where(
        `(o.recipient_user_id = :me OR (o.recipient_user_id IS NULL AND o.account_id IN (
           SELECT m.account_id FROM account_team_member m WHERE m.user_id = :me)))`,
        { me: caller.viewer.userId },
      );
    return paginate(
      query,
      [
        {
          sql: 'o.created_at',
          direction: 'DESC',
          value: (o) => isoTime(o.createdAt),
          cast: 'timestamptz',
        },
        { sql: 'o.id', direction: 'DESC', value: (o) => o.id, cast: 'uuid' },
      ],
      page,
    );
  }
}
