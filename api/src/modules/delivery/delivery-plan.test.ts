import { effectivePreferences, planChannels, quietUntil, retryDelaySeconds } from './delivery-plan';

const NOW = new Date('2030-01-01T15:30:20Z'); // 23:30 in Shanghai
const robots = new Map([
  ['r1', { id: 'r1', platform: 'DINGTALK' as const, active: true }],
  ['r2', { id: 'r2', platform: 'WECOM' as const, active: false }],
]);
const plan = (overrides: Partial<Parameters<typeof planChannels>[0]> = {}) =>
  planChannels({
    topic: 'ESCALATION',
    level: 2,
    userStatus: 'ACTIVE',
    preferences: effectivePreferences(null),
    robots,
    now: NOW,
    ...overrides,
  }).map((p) => [p.channel, p.status, p.reason]);

describe('delivery plan', () => {
  it('sends escalations from level 2 and overdue payments by email by default, routine ones nowhere', () => {
    expect(plan()).toEqual([['EMAIL', 'PENDING', null]]);
    expect(plan({ level: 1 })).toEqual([['EMAIL', 'SKIPPED', 'PREFERENCE']]);
    expect(plan({ topic: 'PAYMENT_OVERDUE', level: 1 })).toEqual([['EMAIL', 'PENDING', null]]);
    expect(plan({ topic: 'TASK', level: null })).toEqual([['EMAIL', 'SKIPPED', 'PREFERENCE']]);
  });

  it('logs every chosen robot channel, and why one cannot be used', () => {
    const preferences = {
      ...effectivePreferences(null),
      topics: {
        ...effectivePreferences(null).topics,
        TASK: ['DINGTALK', 'WECOM', 'FEISHU'] as never,
      },
      robotIds: ['r1', 'r2'],
    };
    expect(plan({ topic: 'TASK', level: null, preferences })).toEqual([
      ['EMAIL', 'SKIPPED', 'PREFERENCE'],
      ['WECOM', 'SKIPPED', 'ROBOT_INACTIVE'],
      ['DINGTALK', 'PENDING', null],
      ['FEISHU', 'SKIPPED', 'NO_ROBOT'],
    ]);
  });

  it('sends nothing to someone who has left', () => {
    expect(plan({ userStatus: 'DEPARTED' })).toEqual([['EMAIL', 'SKIPPED', 'DEPARTED']]);
  });

  it('holds a message in quiet hours until they end, the same end for the whole night', () => {
    const quiet = { ...effectivePreferences(null), quietStart: 22 * 60, quietEnd: 7 * 60 };
    const [held] = planChannels({
      topic: 'ESCALATION',
      level: 3,
      userStatus: 'ACTIVE',
      preferences: quiet,
      robots,
      now: NOW,
    });
    expect(held).toMatchObject({ status: 'HELD', holdUntil: new Date('2030-01-01T23:00:00Z') });
    expect(quietUntil(new Date('2030-01-01T20:59:00Z'), 22 * 60, 7 * 60, 'Asia/Shanghai')).toEqual(
      new Date('2030-01-01T23:00:00Z'),
    );
    expect(
      quietUntil(new Date('2030-01-01T23:00:00Z'), 22 * 60, 7 * 60, 'Asia/Shanghai'),
    ).toBeNull();
    expect(quietUntil(NOW, 9 * 60, 12 * 60, 'Asia/Shanghai')).toBeNull();
    expect(quietUntil(NOW, 60, 60, 'Asia/Shanghai')).toBeNull();
  });

  it('backs off exponentially, at most an hour', () => {
    expect([1, 2, 3, 4].map((a) => retryDelaySeconds(a, 30))).toEqual([30, 60, 120, 240]);
    expect(retryDelaySeconds(20, 30)).toBe(3600);
  });
});
