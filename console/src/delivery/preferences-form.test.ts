import { describe, expect, it } from 'vitest';
import { toForm, toInput } from './preferences-form';

describe('notification preferences form', () => {
  const saved = {
    language: 'ZH' as const,
    topics: [
      { topic: 'PAYMENT_OVERDUE' as const, channels: ['EMAIL' as const, 'DINGTALK' as const] },
      { topic: 'TASK' as const, channels: [] },
    ],
    escalationMinLevel: 2,
    quietStart: null,
    quietEnd: null,
    timeZone: 'Asia/Shanghai',
    robots: [{ id: 'r1', name: 'Collections', platform: 'DINGTALK' as const }],
    isDefault: false,
  };

  it('round-trips the saved choices, quiet hours off by default', () => {
    const form = toForm(saved);
    expect(form.grid.PAYMENT_OVERDUE).toEqual({
      EMAIL: true,
      WECOM: false,
      DINGTALK: true,
      FEISHU: false,
    });
    expect(form.quiet).toBe(false);
    const input = toInput(form);
    expect(input.topics.find((t) => t.topic === 'PAYMENT_OVERDUE')?.channels).toEqual([
      'EMAIL',
      'DINGTALK',
    ]);
    expect(input.quietStart).toBeNull();
    expect(input.robotIds).toEqual(['r1']);
  });

  it('sends quiet hours only when they are on', () => {
    const form = { ...toForm(saved), quiet: true, quietStart: '21:30', quietEnd: '07:00' };
    expect(toInput(form)).toMatchObject({ quietStart: '21:30', quietEnd: '07:00' });
  });
});
