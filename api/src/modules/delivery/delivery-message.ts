import type { DeliveryTopic, Language } from '@trident/domain';
import type { RobotMessage } from './robot-platforms';

/**
 * What a message says, in the recipient's language, from facts already cut to what the
 * recipient may read (`visibleFacts`). Pure: the sender loads the facts, this writes them.
 */

/** What the sender knows about a notification's subject, before the audience is applied. */
export interface RawFacts {
  accountName: string | null;
  level: number | null;
  /** Outstanding on a payment milestone: an amount, so only for those who see money. */
  amountDue: { amount: string; currency: string } | null;
  due: string | null;
}

export interface Audience {
  /** canSeeMoney of the recipient's roles; a group (team robot) never does. */
  seesMoney: boolean;
  /** Whether the account is in the recipient's scope. */
  seesAccount: boolean;
}

export type FactKey = 'ACCOUNT' | 'LEVEL' | 'AMOUNT_DUE' | 'DUE';
export interface Fact {
  key: FactKey;
  value: string;
}

/** The facts the recipient may read, in order: the same rules as the API's fields. */
export function visibleFacts(raw: RawFacts, audience: Audience): Fact[] {
  const facts: Fact[] = [];
  if (raw.accountName && audience.seesAccount)
    facts.push({ key: 'ACCOUNT', value: raw.accountName });
  if (raw.level) facts.push({ key: 'LEVEL', value: `L${raw.level}` });
  if (raw.amountDue && audience.seesMoney && audience.seesAccount)
    facts.push({
      key: 'AMOUNT_DUE',
      value: formatMoney(raw.amountDue.amount, raw.amountDue.currency),
    });
  if (raw.due) facts.push({ key: 'DUE', value: raw.due });
  return facts;
}

/** "1234567.5" CNY → "CNY 1,234,567.50", exactly (amounts are decimal strings). */
export function formatMoney(amount: string, currency: string): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${currency} ${negative ? '-' : ''}${grouped}.${fraction.padEnd(2, '0').slice(0, 2)}`;
}

export interface MessageItem {
  topic: DeliveryTopic;
  title: string;
  body: string | null;
  facts: Fact[];
  link: string;
}

const TEXTS = {
  ZH: {
    greeting: (name: string) => `${name}，您好：`,
    topic: {
      PAYMENT_OVERDUE: '回款逾期',
      ESCALATION: '升级',
      FEEDBACK: '客户反馈',
      TASK: '任务',
      RESOURCE_REQUEST: '资源申请',
      HANDOVER: '交接',
    },
    fact: { ACCOUNT: '客户', LEVEL: '升级级别', AMOUNT_DUE: '未回款金额', DUE: '到期日' },
    open: '在 Trident 中打开',
    digest: (count: number) => `免打扰期间的 ${count} 条通知`,
    team: '团队通知',
    forPerson: (name: string) => `致 ${name}`,
    footer: (url: string) =>
      `您收到这条消息，是因为您的 Trident 通知设置选择了这个渠道。更改设置：${url}`,
  },
  EN: {
    greeting: (name: string) => `Hello ${name},`,
    topic: {
      PAYMENT_OVERDUE: 'Payment overdue',
      ESCALATION: 'Escalation',
      FEEDBACK: 'Customer feedback',
      TASK: 'Task',
      RESOURCE_REQUEST: 'Resource request',
      HANDOVER: 'Handover',
    },
    fact: { ACCOUNT: 'Account', LEVEL: 'Level', AMOUNT_DUE: 'Amount due', DUE: 'Due' },
    open: 'Open in Trident',
    digest: (count: number) => `${count} notifications from your quiet hours`,
    team: 'Team notice',
    forPerson: (name: string) => `For ${name}`,
    footer: (url: string) =>
      `You get this because your Trident notification settings chose this channel. Change them: ${url}`,
  },
} as const;

const subjectOf = (language: Language, items: MessageItem[]) => {
  const t = TEXTS[language];
  const only = items.length === 1 ? items[0] : undefined;
  return only
    ? `[Trident] ${t.topic[only.topic]} · ${only.title}`
    : `[Trident] ${t.digest(items.length)}`;
};

const factLines = (language: Language, facts: Fact[]) =>
  facts.map((f) => `${TEXTS[language].fact[f.key]}: ${f.value}`);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

/** One email: a notification, or the digest of several. */
export function renderEmail(input: {
  language: Language;
  recipientName: string;
  items: MessageItem[];
  preferencesUrl: string;
}): EmailContent {
  const { language, items } = input;
  const t = TEXTS[language];
  const blocks = items.map((item) => ({
    heading: `${t.topic[item.topic]} · ${item.title}`,
    lines: [...(item.body ? [item.body] : []), ...factLines(language, item.facts)],
    link: item.link,
  }));
  const text = [
    t.greeting(input.recipientName),
    '',
    ...blocks.flatMap((b) => [b.heading, ...b.lines, `${t.open}: ${b.link}`, '']),
    '--',
    t.footer(input.preferencesUrl),
    '',
  ].join('\n');
  const html = [
    `<!doctype html><html lang="${language === 'ZH' ? 'zh-CN' : 'en'}"><body style="font-family:sans-serif;line-height:1.5">`,
    `<p>${escapeHtml(t.greeting(input.recipientName))}</p>`,
    ...blocks.map(
      (b) =>
        `<div style="margin:0 0 16px"><h3 style="margin:0 0 4px">${escapeHtml(b.heading)}</h3>` +
        b.lines.map((line) => `<div>${escapeHtml(line)}</div>`).join('') +
        `<p><a href="${escapeHtml(b.link)}">${escapeHtml(t.open)}</a></p></div>`,
    ),
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(t.footer(input.preferencesUrl))}</p>`,
    '</body></html>',
  ].join('');
  return { subject: subjectOf(language, items), text, html };
}

/** One robot post: for a person (named in it), or for a team's group. */
export function renderRobot(input: {
  language: Language;
  recipientName: string | null;
  items: MessageItem[];
  homeUrl: string;
}): RobotMessage {
  const { language, items } = input;
  const t = TEXTS[language];
  const only = items.length === 1 ? items[0] : undefined;
  const head = input.recipientName ? [t.forPerson(input.recipientName)] : [t.team];
  if (only) {
    return {
      title: `${t.topic[only.topic]} · ${only.title}`,
      lines: [...head, ...(only.body ? [only.body] : []), ...factLines(language, only.facts)],
      link: { label: t.open, url: only.link },
      language,
    };
  }
  return {
    title: t.digest(items.length),
    lines: [
      ...head,
      ...items.map((item, i) => `${i + 1}. ${t.topic[item.topic]} · ${item.title} ${item.link}`),
    ],
    link: { label: t.open, url: input.homeUrl },
    language,
  };
}

/** The console page of a notification's record (the console routes with a hash). */
export function recordLink(
  publicUrl: string,
  entity: string,
  entityId: string,
  accountId: string | null,
): string {
  const base = `${publicUrl}/#`;
  switch (entity) {
    case 'Task':
      return `${base}/tasks/${entityId}/show`;
    case 'Handover':
      return `${base}/handovers/${entityId}/show`;
    case 'Feedback':
      return `${base}/feedbacks`;
    case 'ResourceRequest':
      return `${base}/resourceRequests`;
    case 'Escalation':
      return accountId
        ? `${base}/escalations?filter=${encodeURIComponent(JSON.stringify({ accountId }))}`
        : `${base}/escalations`;
    default:
      return accountId ? `${base}/accounts/${accountId}/show` : `${base}/`;
  }
}
