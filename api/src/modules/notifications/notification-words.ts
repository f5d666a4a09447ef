import {
  isNotificationText,
  writeNotificationText,
  type Language,
  type NotificationText,
} from '@trident/domain';

/** What a notification says: its title, and a body when the body is ours, not someone's text. */
export interface NotificationWords {
  title: NotificationText;
  body?: NotificationText;
}

interface Said {
  title: string;
  body: string | null;
  words: NotificationWords | null;
}

/** The title in a language; the stored English words for a row written before words were kept. */
export function titleIn(notification: Said, language: Language): string {
  const text = notification.words?.title;
  return isNotificationText(text) ? writeNotificationText(text, language) : notification.title;
}

/** The body in a language: ours written in it, someone's text as they wrote it. */
export function bodyIn(notification: Said, language: Language): string | null {
  const text = notification.words?.body;
  return isNotificationText(text) ? writeNotificationText(text, language) : notification.body;
}
