import { describe, expect, it } from 'vitest';
import { notificationLink, staleQueries } from './notification-links';

describe('notification links', () => {
  it('opens the record a notification is about', () => {
    expect(notificationLink({ entity: 'Task', entityId: 't1' })).toBe('/tasks/t1/show');
    expect(notificationLink({ entity: 'Feedback', entityId: 'f1' })).toBe('/feedbacks');
    expect(notificationLink({ entity: 'Handover', entityId: 'h1' })).toBe('/handovers/h1/show');
    expect(notificationLink({ entity: 'Something', entityId: 'x' })).toBe('/');
  });

  it('refreshes the feedback inbox and the dashboard when feedback arrives', () => {
    expect(staleQueries('FEEDBACK')).toEqual([
      ['notifications'],
      ['feedbacks'],
      ['needsMeToday'],
      ['feedbackAckTimes'],
    ]);
    expect(staleQueries('OTHER')).toEqual([['notifications']]);
  });
});
