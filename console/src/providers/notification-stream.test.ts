import { describe, expect, it, vi } from 'vitest';
import {
  openNotificationStream,
  retryDelay,
  type LiveNotification,
  type StreamRefused,
} from './notification-stream';

const note = (id: string, kind = 'FEEDBACK'): LiveNotification => ({
  id,
  userId: 'u1',
  kind,
  title: `Feedback ${id}`,
  entity: 'Feedback',
  entityId: `f${id}`,
  createdAt: '2026-05-01T08:00:00.000Z',
});

/** An event-stream response with these messages; it stays open unless `close`. */
function stream(messages: string[], close: boolean) {
  const encoder = new TextEncoder();
  return new Response(
    new ReadableStream({
      start(controller) {
        for (const message of messages) controller.enqueue(encoder.encode(message));
        if (close) controller.close();
      },
    }),
    { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } },
  );
}

const message = (n: LiveNotification) =>
  `event: notification\nid: ${n.id}\ndata: ${JSON.stringify(n)}\n\n`;

describe('the live notification stream', () => {
  it('sends the bearer token, delivers notifications and reconnects when the server closes', async () => {
    const received: LiveNotification[] = [];
    const controller = new AbortController();
    const connected = vi.fn();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(stream([': connected\n\n', message(note('1'))], true))
      .mockResolvedValueOnce(stream([message(note('2', 'ESCALATION'))], false));
    const done = openNotificationStream({
      token: 'tok',
      signal: controller.signal,
      fetch,
      onConnected: connected,
      onNotification: (n) => {
        received.push(n);
        if (received.length === 2) controller.abort();
      },
    });
    await done;
    expect(received.map((n) => [n.id, n.kind])).toEqual([
      ['1', 'FEEDBACK'],
      ['2', 'ESCALATION'],
    ]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(connected).toHaveBeenCalledTimes(2);
    const init = fetch.mock.calls[0]![1] as { headers: Record<string, string> };
    expect(init.headers.authorization).toBe('Bearer tok');
    expect(init.headers.accept).toBe('text/event-stream');
  });

  it('stops without retrying when the server refuses the session', async () => {
    const refused = vi.fn<(error: StreamRefused) => void>();
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValue(new Response('{}', { status: 401 }));
    await openNotificationStream({
      token: 'expired',
      signal: new AbortController().signal,
      fetch,
      onNotification: () => undefined,
      onRefused: refused,
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(refused.mock.calls[0]![0].status).toBe(401);
  });

  it('backs off from one second to at most thirty', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(retryDelay)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ]);
  });
});
