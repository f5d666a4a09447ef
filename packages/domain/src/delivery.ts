import type { EscalationTrigger, NotificationKind } from './enums';

/**
 * Notifications leave the console (issue 22): by email, and by the group robots of WeCom
 * (企业微信), DingTalk (钉钉) and Feishu (飞书).
 */
export const DELIVERY_CHANNELS = ['EMAIL', 'WECOM', 'DINGTALK', 'FEISHU'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const ROBOT_PLATFORMS = ['WECOM', 'DINGTALK', 'FEISHU'] as const;
export type RobotPlatform = (typeof ROBOT_PLATFORMS)[number];

/**
 * What a person chooses channels for: the notification kinds, with overdue payments apart
 * from the other escalations (they go out from the first level; other escalations from
 * the level the person chooses).
 */
export const DELIVERY_TOPICS = [
  'PAYMENT_OVERDUE',
  'ESCALATION',
  'FEEDBACK',
  'TASK',
  'RESOURCE_REQUEST',
  'HANDOVER',
] as const;
export type DeliveryTopic = (typeof DELIVERY_TOPICS)[number];

/** The language of a person's messages (and of a team robot's). */
export const LANGUAGES = ['ZH', 'EN'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * One outgoing message's life: planned (PENDING, or HELD for quiet hours, or SKIPPED by
 * preference), claimed by one worker (SENDING), then SENT or, after its retries, FAILED;
 * a held message ends DIGESTED into the one digest sent when quiet hours end.
 */
export const DELIVERY_STATUSES = [
  'PENDING',
  'SENDING',
  'SENT',
  'FAILED',
  'SKIPPED',
  'HELD',
  'DIGESTED',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A message about one notification, a digest of held ones, or a team robot's post. */
export const DELIVERY_KINDS = ['MESSAGE', 'DIGEST', 'TEAM'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/**
 * The defaults (issue 22): escalations from level 2 and overdue payments go out by email,
 * routine notifications stay in the console.
 */
export const DEFAULT_TOPIC_CHANNELS: Readonly<Record<DeliveryTopic, readonly DeliveryChannel[]>> = {
  PAYMENT_OVERDUE: ['EMAIL'],
  ESCALATION: ['EMAIL'],
  FEEDBACK: [],
  TASK: [],
  RESOURCE_REQUEST: [],
  HANDOVER: [],
};
export const DEFAULT_ESCALATION_MIN_LEVEL = 2;
export const DEFAULT_LANGUAGE: Language = 'ZH';
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The topic of a notification; an escalation's comes from its trigger. */
export function deliveryTopic(
  kind: NotificationKind,
  trigger?: EscalationTrigger | null,
): DeliveryTopic {
  if (kind === 'ESCALATION')
    return trigger === 'PAYMENT_OVERDUE' ? 'PAYMENT_OVERDUE' : 'ESCALATION';
  return kind;
}
