import { isNotificationText, writeNotificationText, type Language } from '@trident/domain';
import type { LiveNotification } from '../providers/notification-stream';

/** The API's language for the console's locale. */
export const languageOf = (locale: string): Language => (locale === 'zh' ? 'ZH' : 'EN');

/**
 * A live notification's title in the console's language, written from what it says (as the
 * bell's list asks the API for it); the English words for a server that sent none.
 */
export function liveTitle(notification: LiveNotification, language: Language): string {
  return isNotificationText(notification.titleText)
    ? writeNotificationText(notification.titleText, language)
    : notification.title;
}
