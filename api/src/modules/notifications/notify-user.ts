import type { NotificationKind } from '@trident/domain';
import type { EntityManager } from 'typeorm';
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
