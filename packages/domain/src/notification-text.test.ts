import { FEEDBACK_KINDS, FEEDBACK_SEVERITIES } from './enums';
import { LANGUAGES } from './delivery';
import {
  isNotificationText,
  writeNotificationText,
  type NotificationText,
} from './notification-text';

// One text of every key (the type makes a missing key a compile error in the writers).
const samples: NotificationText[] = [
  { key: 'TEXT', text: '复核合同 Review' },
  { key: 'TASK_NEW', task: '约见决策人' },
  { key: 'TASK_CONFIRM' },
  { key: 'MAP_REFRESH' },
  { key: 'TASK_ANSWERED', task: '约见决策人' },
  { key: 'TASK_SUBMITTED', task: '约见决策人' },
  { key: 'TASK_REWORK', task: '约见决策人' },
  { key: 'TASK_STUCK', task: '约见决策人' },
  { key: 'RESOURCE_OVER_CAP', resource: '演示实验室' },
  { key: 'RESOURCE_APPROVED' },
  { key: 'RESOURCE_REJECTED' },
  { key: 'ESCALATION', rule: '反馈未确认', level: 2 },
  ...FEEDBACK_KINDS.flatMap((kind) =>
    FEEDBACK_SEVERITIES.map((severity) => ({ key: 'FEEDBACK' as const, kind, severity })),
  ),
  { key: 'SURVEY_ANSWER', score: 3, severity: 'CRITICAL' },
  { key: 'SURVEY_ANSWER', score: null, severity: 'MINOR' },
  { key: 'HANDOVER', count: 1 },
  { key: 'HANDOVER', count: 12 },
];

describe('notification texts', () => {
  it('are written in each language without a code of ours in them', () => {
    const codes = [...FEEDBACK_KINDS, ...FEEDBACK_SEVERITIES];
    for (const text of samples)
      for (const language of LANGUAGES) {
        const words = writeNotificationText(text, language);
        expect(words.trim()).not.toBe('');
        expect(codes.filter((code) => words.includes(code))).toEqual([]);
      }
  });

  it('are Chinese in Chinese: no English word but what someone wrote', () => {
    for (const text of samples.filter((t) => t.key !== 'TEXT')) {
      const words = writeNotificationText(text, 'ZH').replace(/NPS/g, '');
      expect([text.key, words.match(/[A-Za-z]{2,}/)]).toEqual([text.key, null]);
    }
  });

  it('says what changed in English too', () => {
    expect(
      writeNotificationText({ key: 'FEEDBACK', kind: 'NEW_NEED', severity: 'MAJOR' }, 'EN'),
    ).toBe('New need (major)');
    expect(
      writeNotificationText({ key: 'FEEDBACK', kind: 'NEW_NEED', severity: 'MAJOR' }, 'ZH'),
    ).toBe('新需求（重大）');
  });

  it('knows a stored text from anything else', () => {
    expect(isNotificationText({ key: 'TASK_CONFIRM' })).toBe(true);
    expect(isNotificationText({ key: 'NOT_A_KEY' })).toBe(false);
    expect(isNotificationText(null)).toBe(false);
    expect(isNotificationText('New task')).toBe(false);
  });
});
