import {
  writeNotificationText,
  type NotificationKind,
  type NotificationText,
} from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { Notification } from './notification.entity';
import type { NotificationWords } from './notification-words';

/** The Postgres channel every API process listens on (NOTIFY is delivered on commit). */
export const NOTIFICATION_CHANNEL = 'trident_notification';

export interface NewNotification {
  userId: string;
  kind: NotificationKind;
  /** Words each reader gets in their language; `TEXT` for someone's own text. */
  title: NotificationText;
  /** Someone's text as they wrote it, or words of ours. */
  body?: string | NotificationText | null;
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
  /** The title as keys and facts: the console writes it in its language. */
  titleText: NotificationText;
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
  const body = input.body ?? null;
  const words: NotificationWords = {
    title: input.title,
    ...(body && typeof body === 'object' ? { body } : {}),
  };
  const row = await manager.getRepository(Notification).save(
    manager.getRepository(Notification).create({
      ...input,
      title: writeNotificationText(input.title, 'EN'),
      body: body && typeof body === 'object' ? writeNotificationText(body, 'EN') : body,
      words,
      accountId: input.accountId ?? null,
    }),
  );
  const event: NotificationEvent = {
    id: row.id,
    userId: row.userId,
    kind: row.kind,
    title: row.title,
    titleText: input.title,
    entity: row.entity,
    entityId: row.entityId,
    createdAt: row.createdAt.toISOString(),
  };
  await manager.query('SELECT pg_notify($1, $2)', [NOTIFICATION_CHANNEL, JSON.stringify(event)]);
  return row;
}
