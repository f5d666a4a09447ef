import { createHmac } from 'node:crypto';
import type { RobotPlatform } from '@trident/domain';

/**
 * The three group-robot webhooks as each platform documents them: where they live, how a
 * request is signed, what a message looks like and how success is answered.
 *
 * - WeCom 企业微信: `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…`, no signature
 *   (the key is the credential), `{ msgtype: 'markdown', markdown: { content } }`,
 *   success `{ errcode: 0 }`.
 * - DingTalk 钉钉: `https://oapi.dingtalk.com/robot/send?access_token=…`; signed robots add
 *   `timestamp` (ms) and `sign` = urlencode(base64(HmacSHA256(key = secret,
 *   message = timestamp + "\n" + secret))) to the query; `{ msgtype: 'markdown', markdown:
 *   { title, text } }`, success `{ errcode: 0 }`.
 * - Feishu 飞书: `https://open.feishu.cn/open-apis/bot/v2/hook/…`; signed robots add
 *   `timestamp` (s) and `sign` = base64(HmacSHA256(key = timestamp + "\n" + secret,
 *   message = "")) to the body; `{ msg_type: 'post', content: { post: { zh_cn: { title,
 *   content } } } }`, success `{ code: 0 }` (older: `StatusCode: 0`).
 */
export const PLATFORM_HOSTS: Record<RobotPlatform, readonly string[]> = {
  WECOM: ['qyapi.weixin.qq.com'],
  DINGTALK: ['oapi.dingtalk.com'],
  FEISHU: ['open.feishu.cn', 'open.larksuite.com'],
};

/** Why a webhook address is refused, or null when it is one of the platform's. */
export function webhookProblem(
  platform: RobotPlatform,
  address: string,
  extraHosts: readonly string[],
): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return 'is not a URL';
  }
  const host = url.hostname.toLowerCase();
  if (extraHosts.includes(host) || extraHosts.includes(url.host.toLowerCase())) return null;
  if (!PLATFORM_HOSTS[platform].includes(host))
    return `must be a ${platform} webhook (${PLATFORM_HOSTS[platform].join(' or ')})`;
  if (url.protocol !== 'https:') return 'must be https';
  return null;
}

/** The host shown to ADMIN in place of the address. */
export const hostOf = (address: string) => new URL(address).host;

/** A message for a robot, already in the recipient's language. */
export interface RobotMessage {
  title: string;
  /** Lines of plain text (no markup of any platform). */
  lines: string[];
  link: { label: string; url: string };
  language: 'ZH' | 'EN';
}

/** What to POST where: the body before any signature (the outbox keeps this). */
export interface RobotRequest {
  url: string;
  body: Record<string, unknown>;
}

/** Escapes what each platform's markdown would read as markup. */
const markdownText = (text: string) => text.replace(/([\\`*_[\]<>#])/g, '\\$1');

/**
 * Text that came from outside (a survey comment in an escalation's title) never becomes a link
 * in a group chat: the apps turn a bare `https://…` or `www.…` into one, and a customer's page
 * could then look like ours. A zero-width space breaks the pattern and reads the same; the
 * message's own link is the only link.
 */
const inert = (text: string) =>
  text.replace(/:\/\//g, ':\u200B//').replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200B.`);

export function robotBody(platform: RobotPlatform, message: RobotMessage): Record<string, unknown> {
  const title = inert(message.title);
  const lines = message.lines.map(inert);
  const { link } = message;
  if (platform === 'FEISHU') {
    return {
      msg_type: 'post',
      content: {
        post: {
          [message.language === 'ZH' ? 'zh_cn' : 'en_us']: {
            title,
            content: [
              ...lines.map((line) => [{ tag: 'text', text: line }]),
              [{ tag: 'a', text: link.label, href: link.url }],
            ],
          },
        },
      },
    };
  }
  const text = [
    `### ${markdownText(title)}`,
    ...lines.map((line) => markdownText(line)),
    `[${markdownText(link.label)}](${link.url})`,
  ].join('\n\n');
  if (platform === 'DINGTALK') return { msgtype: 'markdown', markdown: { title, text } };
  return { msgtype: 'markdown', markdown: { content: text } };
}

/** DingTalk's signature: urlencode(base64(HmacSHA256(secret, timestamp + "\n" + secret))). */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return encodeURIComponent(
    createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64'),
  );
}

/** Feishu's signature: base64(HmacSHA256(key = timestamp + "\n" + secret, message = "")). */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** The request to send, signed when the robot has a secret. */
export function signedRequest(
  platform: RobotPlatform,
  webhook: string,
  secret: string | null,
  body: Record<string, unknown>,
  now: Date,
): RobotRequest {
  if (!secret || platform === 'WECOM') return { url: webhook, body };
  if (platform === 'DINGTALK') {
    const timestamp = now.getTime();
    const separator = webhook.includes('?') ? '&' : '?';
    return {
      url: `${webhook}${separator}timestamp=${timestamp}&sign=${dingtalkSign(secret, timestamp)}`,
      body,
    };
  }
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    url: webhook,
    body: { timestamp: String(timestamp), sign: feishuSign(secret, timestamp), ...body },
  };
}

/** Whether the platform's answer means the message was accepted, and if not, why. */
export function robotAnswerProblem(
  platform: RobotPlatform,
  status: number,
  answer: unknown,
): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  const body = (answer ?? {}) as {
    errcode?: number;
    errmsg?: string;
    code?: number;
    msg?: string;
    StatusCode?: number;
  };
  if (platform === 'FEISHU') {
    const code = body.code ?? body.StatusCode;
    return code === 0 ? null : `code ${String(code)}: ${body.msg ?? 'no message'}`;
  }
  return body.errcode === 0
    ? null
    : `errcode ${String(body.errcode)}: ${body.errmsg ?? 'no message'}`;
}
