import type { DeliveryChannel, RobotPlatform } from '@trident/domain';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from '../../config/config';
import { DeliveryRobot } from './delivery-robot.entity';
import {
  robotAnswerProblem,
  robotBody,
  signedRequest,
  webhookProblem,
  type RobotMessage,
} from './robot-platforms';
import type { SecretBox } from './secret-box';

export type FailureReason = 'NOT_CONFIGURED' | 'REJECTED' | 'UNREACHABLE';

/** A send that did not work: why, and whether trying again may help. */
export class DeliveryFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    message: string,
    readonly permanent = false,
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }
}

export interface OutgoingEmail {
  kind: 'EMAIL';
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface OutgoingRobot {
  kind: 'ROBOT';
  robotId: string;
  message: RobotMessage;
}

export type Outgoing = OutgoingEmail | OutgoingRobot;

/** Where the message is for, as the outbox and the log show it. */
export interface Envelope {
  deliveryId: string;
  channel: DeliveryChannel;
  recipientUserId: string | null;
  accountId: string | null;
}

export interface Transport {
  send(envelope: Envelope, outgoing: Outgoing): Promise<void>;
  close(): void;
}

export type DeliveryConfig = Pick<
  Config,
  | 'DELIVERY_MODE'
  | 'SMTP_URL'
  | 'SMTP_FROM'
  | 'ROBOT_EXTRA_HOSTS'
  | 'PUBLIC_URL'
  | 'DELIVERY_RETRY_SECONDS'
  | 'DELIVERY_MAX_ATTEMPTS'
>;

/** Replaces every secret (and the parts of an address that carry one) in `text`. */
export function scrub(text: string, secrets: (string | null | undefined)[]): string {
  const parts = secrets.flatMap((secret) => {
    if (!secret) return [];
    const found = [secret];
    try {
      const url = new URL(secret);
      found.push(url.search, url.pathname, ...url.searchParams.values());
      found.push(...url.pathname.split('/').filter((segment) => segment.length >= 8));
    } catch {
      // Not an address: the value alone.
    }
    return found.filter((part) => part.length >= 6);
  });
  return parts
    .sort((a, b) => b.length - a.length)
    .reduce((out, part) => out.split(part).join('[redacted]'), text);
}

/** A robot's address and secret, read at the moment of sending and never kept. */
async function robotCredentials(db: DataSource, box: SecretBox, robotId: string) {
  const robot = await db.getRepository(DeliveryRobot).findOneBy({ id: robotId });
  if (!robot) throw new DeliveryFailure('NOT_CONFIGURED', 'the robot was removed', true);
  if (!robot.active) throw new DeliveryFailure('NOT_CONFIGURED', 'the robot is switched off', true);
  const fromEnv = (name: string | null) => {
    const value = name ? process.env[name] : undefined;
    if (name && !value)
      throw new DeliveryFailure('NOT_CONFIGURED', `environment variable ${name} is not set`, true);
    return value ?? null;
  };
  let webhook: string | null;
  let secret: string | null;
  try {
    webhook = robot.webhookCipher ? box.open(robot.webhookCipher) : fromEnv(robot.webhookEnv);
    secret = robot.secretCipher ? box.open(robot.secretCipher) : fromEnv(robot.secretEnv);
  } catch (error) {
    if (error instanceof DeliveryFailure) throw error;
    throw new DeliveryFailure('NOT_CONFIGURED', 'the stored secret cannot be decrypted', true);
  }
  if (!webhook) throw new DeliveryFailure('NOT_CONFIGURED', 'the robot has no webhook', true);
  return { platform: robot.platform, name: robot.name, webhook, secret };
}

/**
 * Sends for real: email by SMTP (nodemailer), robots by HTTPS POST to their platform.
 * The robot's address and secret exist only inside `send`, and any error text is scrubbed
 * of them before it leaves.
 */
export class LiveTransport implements Transport {
  private mailer: Transporter | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly box: SecretBox,
    private readonly config: DeliveryConfig,
  ) {}

  async send(envelope: Envelope, outgoing: Outgoing): Promise<void> {
    if (outgoing.kind === 'EMAIL') return this.sendEmail(envelope, outgoing);
    const { platform, webhook, secret } = await robotCredentials(
      this.db,
      this.box,
      outgoing.robotId,
    );
    try {
      await this.post(platform, webhook, secret, outgoing.message);
    } catch (error) {
      const known = error instanceof DeliveryFailure ? error : null;
      const message = scrub(known?.message ?? String((error as Error)?.message ?? error), [
        webhook,
        secret,
      ]);
      throw new DeliveryFailure(known?.reason ?? 'UNREACHABLE', message, known?.permanent);
    }
  }

  private async post(
    platform: RobotPlatform,
    webhook: string,
    secret: string | null,
    message: RobotMessage,
  ) {
    const problem = webhookProblem(platform, webhook, this.config.ROBOT_EXTRA_HOSTS);
    if (problem) throw new DeliveryFailure('NOT_CONFIGURED', `the webhook ${problem}`, true);
    const request = signedRequest(
      platform,
      webhook,
      secret,
      robotBody(platform, message),
      new Date(),
    );
    let response: Response;
    try {
      response = await fetch(request.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(request.body),
        redirect: 'error',
        signal: AbortSignal.timeout(15_000),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new DeliveryFailure(
        'UNREACHABLE',
        cause?.code ?? cause?.message ?? (error as Error).message,
      );
    }
    const answer: unknown = await response.json().catch(() => null);
    const refused = robotAnswerProblem(platform, response.status, answer);
    if (refused) throw new DeliveryFailure('REJECTED', refused);
  }

  private async sendEmail(envelope: Envelope, email: OutgoingEmail) {
    if (!this.config.SMTP_URL)
      throw new DeliveryFailure('NOT_CONFIGURED', 'SMTP_URL is not set', true);
    this.mailer ??= nodemailer.createTransport(this.config.SMTP_URL);
    try {
      await this.mailer.sendMail({
        from: this.config.SMTP_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        // One id per delivery: a mail store that sees it twice keeps one.
        messageId: `<${envelope.deliveryId}@trident>`,
      });
    } catch (error) {
      const e = error as { responseCode?: number; code?: string; message?: string };
      const rejected = typeof e.responseCode === 'number' && e.responseCode >= 500;
      throw new DeliveryFailure(
        rejected ? 'REJECTED' : 'UNREACHABLE',
        scrub(`${e.code ?? ''} ${e.message ?? String(error)}`.trim(), [this.config.SMTP_URL]),
      );
    }
  }

  close(): void {
    this.mailer?.close();
    this.mailer = null;
  }
}

/**
 * Development's transport: nothing leaves the machine. Each message is written to the log
 * and to the outbox table, which the console's outbox page reads.
 */
export class OutboxTransport implements Transport {
  constructor(
    private readonly db: DataSource,
    private readonly log: Pick<Logger, 'info'>,
  ) {}

  async send(envelope: Envelope, outgoing: Outgoing): Promise<void> {
    let address: string;
    let subject: string;
    let text: string;
    let html: string | null = null;
    if (outgoing.kind === 'EMAIL') {
      ({ subject, text, html } = outgoing);
      address = outgoing.to;
    } else {
      const [robot] = (await this.db.query('SELECT name FROM delivery_robot WHERE id = $1', [
        outgoing.robotId,
      ])) as { name: string }[];
      address = robot?.name ?? outgoing.robotId;
      subject = outgoing.message.title;
      text = [
        ...outgoing.message.lines,
        `${outgoing.message.link.label}: ${outgoing.message.link.url}`,
      ].join('\n');
    }
    await this.db.query(
      `INSERT INTO outbox_message (delivery_id, channel, recipient_user_id, account_id, address, subject, text, html)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT ON CONSTRAINT outbox_message_delivery_key DO NOTHING`,
      [
        envelope.deliveryId,
        envelope.channel,
        envelope.recipientUserId,
        envelope.accountId,
        address,
        subject,
        text,
        html,
      ],
    );
    this.log.info(
      { deliveryId: envelope.deliveryId, channel: envelope.channel, to: address, subject, text },
      'outbox: message written (DELIVERY_MODE=outbox, nothing sent)',
    );
  }

  close(): void {}
}
