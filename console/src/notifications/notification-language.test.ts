import { describe, expect, it } from 'vitest';
import type { LiveNotification } from '../providers/notification-stream';
import { languageOf, liveTitle } from './notification-language';

const live = (extra: Partial<LiveNotification>): LiveNotification => ({
  id: 'n1',
  userId: 'u1',
  kind: 'FEEDBACK',
  title: 'New need (major)',
  entity: 'Feedback',
  entityId: 'f1',
  createdAt: '2026-12-05T10:00:00.000Z',
  ...extra,
});

describe('a live notification’s title', () => {
  it('is written in the console’s language from what it says', () => {
    const n = live({ titleText: { key: 'FEEDBACK', kind: 'NEW_NEED', severity: 'MAJOR' } });
    expect(liveTitle(n, languageOf('zh'))).toBe('新需求（重大）');
    expect(liveTitle(n, languageOf('en'))).toBe('New need (major)');
  });

  it('falls back to the English words when the server sent no text it knows', () => {
    expect(liveTitle(live({}), 'ZH')).toBe('New need (major)');
    expect(liveTitle(live({ titleText: { key: 'SOMETHING_NEW' } as never }), 'ZH')).toBe(
      'New need (major)',
    );
  });
});
