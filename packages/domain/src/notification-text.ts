import type { Language } from './delivery';
import type { FeedbackKind, FeedbackSeverity } from './enums';

/**
 * What a notification says, as a key and its facts rather than words: the bell, the live
 * toast, the email and the group robot each write it in their reader's language (a Chinese
 * desk read "New need (MINOR)" when the words were made once, in English, by the writer).
 * `TEXT` is text someone wrote (a task's or an escalation's own title), shown as it is.
 */
export type NotificationText =
  | { key: 'TEXT'; text: string }
  | { key: 'TASK_NEW'; task: string }
  | { key: 'TASK_CONFIRM' }
  | { key: 'MAP_REFRESH' }
  | { key: 'TASK_ANSWERED'; task: string }
  | { key: 'TASK_SUBMITTED'; task: string }
  | { key: 'TASK_REWORK'; task: string }
  | { key: 'TASK_STUCK'; task: string }
  | { key: 'RESOURCE_OVER_CAP'; resource: string }
  | { key: 'RESOURCE_APPROVED' }
  | { key: 'RESOURCE_REJECTED' }
  | { key: 'ESCALATION'; rule: string; level: number }
  | { key: 'FEEDBACK'; kind: FeedbackKind; severity: FeedbackSeverity }
  | { key: 'SURVEY_ANSWER'; score: number | null; severity: FeedbackSeverity }
  | { key: 'HANDOVER'; count: number };

export type NotificationTextKey = NotificationText['key'];

type Writer = { [K in NotificationTextKey]: (t: Extract<NotificationText, { key: K }>) => string };

const FEEDBACK_KIND: Record<Language, Record<FeedbackKind, string>> = {
  ZH: { NEW_NEED: '新需求', POSITIVE: '正面反馈', NEGATIVE: '负面反馈', SURVEY: '调查答复' },
  EN: {
    NEW_NEED: 'New need',
    POSITIVE: 'Positive feedback',
    NEGATIVE: 'Negative feedback',
    SURVEY: 'Survey answer',
  },
};
const SEVERITY: Record<Language, Record<FeedbackSeverity, string>> = {
  ZH: { MINOR: '一般', MAJOR: '重大', CRITICAL: '紧急' },
  EN: { MINOR: 'minor', MAJOR: 'major', CRITICAL: 'critical' },
};

const WRITERS: Record<Language, Writer> = {
  ZH: {
    TEXT: (t) => t.text,
    TASK_NEW: (t) => `新任务：${t.task}`,
    TASK_CONFIRM: () => '请确认任务内容、质量要求、预期结果和完成时间。',
    MAP_REFRESH: () => '客户地图已 90 天没有更新：请与团队一起刷新。',
    TASK_ANSWERED: (t) => `已答复：${t.task}`,
    TASK_SUBMITTED: (t) => `已提交待评审：${t.task}`,
    TASK_REWORK: (t) => `需返工：${t.task}`,
    TASK_STUCK: (t) => `任务受阻，需要你：${t.task}`,
    RESOURCE_OVER_CAP: (t) => `${t.resource}已到上限，是否仍批准？`,
    RESOURCE_APPROVED: () => '资源申请已批准',
    RESOURCE_REJECTED: () => '资源申请被拒绝',
    ESCALATION: (t) => `${t.rule} · L${t.level}`,
    FEEDBACK: (t) => `${FEEDBACK_KIND.ZH[t.kind]}（${SEVERITY.ZH[t.severity]}）`,
    SURVEY_ANSWER: (t) =>
      `${FEEDBACK_KIND.ZH.SURVEY}：NPS ${t.score ?? '–'}（${SEVERITY.ZH[t.severity]}）`,
    HANDOVER: (t) => `交接：${t.count} 项待接手`,
  },
  EN: {
    TEXT: (t) => t.text,
    TASK_NEW: (t) => `New task: ${t.task}`,
    TASK_CONFIRM: () => 'Please confirm the content, quality, expected result and due date.',
    MAP_REFRESH: () => 'The customer map has not changed in 90 days: refresh it with the team.',
    TASK_ANSWERED: (t) => `Answered: ${t.task}`,
    TASK_SUBMITTED: (t) => `Submitted for review: ${t.task}`,
    TASK_REWORK: (t) => `Rework: ${t.task}`,
    TASK_STUCK: (t) => `Stuck, needs you: ${t.task}`,
    RESOURCE_OVER_CAP: (t) => `Approve ${t.resource} past the cap?`,
    RESOURCE_APPROVED: () => 'Resource request approved',
    RESOURCE_REJECTED: () => 'Resource request rejected',
    ESCALATION: (t) => `${t.rule} · L${t.level}`,
    FEEDBACK: (t) => `${FEEDBACK_KIND.EN[t.kind]} (${SEVERITY.EN[t.severity]})`,
    SURVEY_ANSWER: (t) =>
      `${FEEDBACK_KIND.EN.SURVEY}: NPS ${t.score ?? '–'} (${SEVERITY.EN[t.severity]})`,
    HANDOVER: (t) => `Handover: ${t.count} ${t.count === 1 ? 'item' : 'items'} to take over`,
  },
};

/** The words of a notification's text in a language. */
export function writeNotificationText(text: NotificationText, language: Language): string {
  const write = WRITERS[language][text.key] as (t: NotificationText) => string;
  return write(text);
}

/** Whether a stored value is a text this version can write (rows may come from older ones). */
export function isNotificationText(value: unknown): value is NotificationText {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as { key?: unknown }).key === 'string' &&
    (value as { key: string }).key in WRITERS.EN
  );
}
