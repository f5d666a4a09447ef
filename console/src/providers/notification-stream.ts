import { EventStreamContentType, fetchEventSource } from '@microsoft/fetch-event-source';
import type { NotificationText } from '@trident/domain';

export const EVENTS_URL = '/events';

/** One message of `GET /events` (event: notification). */
export interface LiveNotification {
  id: string;
  userId: string;
  kind: string;
  /** The English words, and what they say for the console to write in its language. */
  title: string;
  titleText?: NotificationText;
  entity: string;
  entityId: string;
  createdAt: string;
}

/** The server refused the stream (signed out, or not a person): do not retry. */
export class StreamRefused extends Error {
  constructor(readonly status: number) {
    super(`The event stream was refused (${status})`);
  }
}

/** Anything else (network, server restart, stream closed): try again. */
class StreamInterrupted extends Error {}

/** Waits 1 s, 2 s, 4 s … up to 30 s between attempts; resets once a stream opens. */
export const retryDelay = (failures: number) =>
  Math.min(30_000, 1_000 * 2 ** Math.max(0, failures));

export interface NotificationStreamOptions {
  token: string;
  onNotification: (notification: LiveNotification) => void;
  /** Each time a stream opens (also after a reconnect): read what was missed meanwhile. */
  onConnected?: () => void;
  /** The stream broke; it will be opened again. */
  onDisconnected?: () => void;
  /** The stream gave up (e.g. the session ended). */
  onRefused?: (error: StreamRefused) => void;
  signal: AbortSignal;
  url?: string;
  fetch?: typeof fetch;
}

/**
 * Reads the live notifications with the session's bearer token — EventSource cannot send
 * headers, so this uses fetch-event-source — and reconnects with backoff whenever the
 * stream breaks or the server closes it, until `signal` aborts or the server refuses it.
 */
export function openNotificationStream({
  token,
  onNotification,
  onConnected,
  onDisconnected,
  onRefused,
  signal,
  url = EVENTS_URL,
  fetch,
}: NotificationStreamOptions): Promise<void> {
  let failures = 0;
  return fetchEventSource(url, {
    signal,
    fetch,
    headers: { authorization: `Bearer ${token}` },
    // Keep listening in a background tab: the badge is right when the person comes back.
    openWhenHidden: true,
    async onopen(response) {
      if (response.status === 401 || response.status === 403)
        throw new StreamRefused(response.status);
      const type = response.headers.get('content-type') ?? '';
      if (!response.ok || !type.startsWith(EventStreamContentType)) {
        throw new StreamInterrupted(`events: HTTP ${response.status}`);
      }
      failures = 0;
      onConnected?.();
    },
    onmessage(message) {
      if (message.event !== 'notification' || !message.data) return;
      try {
        onNotification(JSON.parse(message.data) as LiveNotification);
      } catch {
        // A message we cannot read is skipped; the list query still has it.
      }
    },
    onclose() {
      // The server ended the stream (restart, proxy timeout): open it again.
      throw new StreamInterrupted('events: closed');
    },
    onerror(error: unknown) {
      onDisconnected?.();
      if (error instanceof StreamRefused) {
        onRefused?.(error);
        throw error;
      }
      return retryDelay(failures++);
    },
  }).catch((error: unknown) => {
    if (!(error instanceof StreamRefused)) throw error;
  });
}
