import {
  canSeeMoney,
  deliveryTopic,
  type DeliveryChannel,
  type EscalationTrigger,
  type Language,
  type NotificationKind,
  type Role,
} from '@trident/domain';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { returnedRows } from '../../db/mutation';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';
import { resolveAccountScope } from '../accounts/account-scope';
import {
  recordLink,
  renderEmail,
  renderRobot,
  visibleFacts,
  type Audience,
  type MessageItem,
  type RawFacts,
} from './delivery-message';
import { effectivePreferences, retryDelaySeconds } from './delivery-plan';
import {
  DeliveryFailure,
  scrub,
  type DeliveryConfig,
  type Outgoing,
  type Transport,
} from './delivery-transport';
import type { Delivery } from './delivery.entity';
import { bodyIn, titleIn, type NotificationWords } from '../notifications/notification-words';

interface DeliveryRow {
  id: string;
  kind: Delivery['kind'];
  channel: DeliveryChannel;
  attempts: number;
  notification_id: string | null;
  escalation_id: string | null;
  user_id: string | null;
  robot_id: string | null;
  account_id: string | null;
  key: string;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string | null;
  words: NotificationWords | null;
  entity: string;
  entity_id: string;
  account_id: string | null;
}

/** Schedules a send job for a delivery (now, or after its backoff). */
export type Enqueue = (jobs: { id: string; key: string; startAfter?: Date }[]) => Promise<void>;

export type SendOutcome = 'SENT' | 'RETRY' | 'FAILED' | 'NOT_CLAIMED';

/**
 * Sends one delivery exactly once: the UPDATE that claims it (PENDING → SENDING) succeeds
 * for one worker only, so a duplicated job or a second worker finds nothing to do. The
 * message is composed at send time from what the recipient may read now.
 */
export class DeliverySender {
  constructor(
    private readonly db: DataSource,
    private readonly transport: Transport,
    private readonly config: DeliveryConfig,
    private readonly enqueue: Enqueue,
    private readonly log: Pick<Logger, 'info' | 'warn'>,
  ) {}

  send(deliveryId: string): Promise<SendOutcome> {
    return withDbScope(SYSTEM_SCOPE, () => this.sendScoped(deliveryId));
  }

  private async sendScoped(deliveryId: string): Promise<SendOutcome> {
    const [row] = returnedRows<DeliveryRow>(
      await this.db.query(
        `UPDATE delivery SET status = 'SENDING', attempts = attempts + 1, claimed_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'PENDING' AND next_attempt_at <= now()
          RETURNING id, kind, channel, attempts, notification_id, escalation_id, user_id, robot_id, account_id, key`,
        [deliveryId],
      ),
    );
    if (!row) return 'NOT_CLAIMED';
    try {
      const outgoing = await this.compose(row);
      await this.transport.send(
        {
          deliveryId: row.id,
          channel: row.channel,
          recipientUserId: row.user_id,
          accountId: row.account_id,
        },
        outgoing,
      );
      await this.db.query(
        `UPDATE delivery SET status = 'SENT', sent_at = now(), reason = NULL, error = NULL, updated_at = now()
          WHERE id = $1 AND status = 'SENDING'`,
        [row.id],
      );
      return 'SENT';
    } catch (error) {
      return this.failed(row, error);
    }
  }

  private async failed(row: DeliveryRow, error: unknown): Promise<SendOutcome> {
    const failure =
      error instanceof DeliveryFailure
        ? error
        : new DeliveryFailure('UNREACHABLE', scrub(String((error as Error)?.message ?? error), []));
    const retry = !failure.permanent && row.attempts < this.config.DELIVERY_MAX_ATTEMPTS;
    const delay = retryDelaySeconds(row.attempts, this.config.DELIVERY_RETRY_SECONDS);
    const [updated] = returnedRows<{ next_attempt_at: Date }>(
      await this.db.query(
        `UPDATE delivery SET status = $2, reason = $3, error = $4, claimed_at = NULL, updated_at = now(),
                next_attempt_at = CASE WHEN $2 = 'PENDING' THEN now() + make_interval(secs => $5) ELSE next_attempt_at END
          WHERE id = $1 AND status = 'SENDING' RETURNING next_attempt_at`,
        [
          row.id,
          retry ? 'PENDING' : 'FAILED',
          failure.reason,
          failure.message.slice(0, 500),
          delay,
        ],
      ),
    );
    this.log.warn(
      {
        deliveryId: row.id,
        channel: row.channel,
        attempt: row.attempts,
        reason: failure.reason,
        error: failure.message,
        retryInSeconds: retry ? delay : null,
      },
      retry ? 'delivery failed, will retry' : 'delivery failed',
    );
    if (retry && updated)
      await this.enqueue([{ id: row.id, key: row.key, startAfter: updated.next_attempt_at }]);
    return retry ? 'RETRY' : 'FAILED';
  }

  private async compose(row: DeliveryRow): Promise<Outgoing> {
    const publicUrl = this.config.PUBLIC_URL;
    if (row.kind === 'TEAM') {
      const [language, item] = await this.teamItem(row);
      return {
        kind: 'ROBOT',
        robotId: row.robot_id!,
        message: renderRobot({
          language,
          recipientName: null,
          items: [item],
          homeUrl: `${publicUrl}/#/`,
        }),
      };
    }
    const [user] = (await this.db.query(
      `SELECT u.id, u.name, u.email, u.roles, u.status, p.language
         FROM "user" u LEFT JOIN delivery_preference p ON p.user_id = u.id WHERE u.id = $1`,
      [row.user_id],
    )) as {
      id: string;
      name: string;
      email: string;
      roles: Role[];
      status: string;
      language: Language | null;
    }[];
    if (!user || user.status !== 'ACTIVE')
      throw new DeliveryFailure('NOT_CONFIGURED', 'the recipient has left', true);
    const language = user.language ?? effectivePreferences(null).language;
    const notifications: NotificationRow[] = await this.db.query(
      row.kind === 'DIGEST'
        ? `SELECT n.id, n.kind, n.title, n.body, n.words, n.entity, n.entity_id, n.account_id
             FROM delivery d JOIN notification n ON n.id = d.notification_id
            WHERE d.digest_id = $1 ORDER BY n.created_at`
        : `SELECT id, kind, title, body, words, entity, entity_id, account_id
             FROM notification WHERE id = $1`,
      [row.kind === 'DIGEST' ? row.id : row.notification_id],
    );
    if (!notifications.length)
      throw new DeliveryFailure('NOT_CONFIGURED', 'the notification no longer exists', true);
    const scope = await resolveAccountScope(this.db, {
      kind: 'USER',
      userId: user.id,
      roles: user.roles,
    });
    const inScope = await this.accountsInScope(
      scope,
      notifications.map((n) => n.account_id),
    );
    const facts = await this.facts(notifications);
    // A robot posts into a group chat whose readers Trident does not know: amounts go only
    // by email, to a person whose roles see them.
    const seesMoney = row.channel === 'EMAIL' && canSeeMoney(user.roles);
    const items = notifications.map((n): MessageItem => {
      const raw = facts.get(n.id);
      const audience: Audience = {
        seesMoney,
        seesAccount: !!n.account_id && inScope.has(n.account_id),
      };
      return {
        topic: deliveryTopic(n.kind, raw?.trigger),
        title: titleIn(n, language),
        body: bodyIn(n, language),
        facts: raw ? visibleFacts(raw, audience) : [],
        link: recordLink(publicUrl, n.entity, n.entity_id, n.account_id),
      };
    });
    if (row.channel === 'EMAIL') {
      return {
        kind: 'EMAIL',
        to: user.email,
        ...renderEmail({
          language,
          recipientName: user.name,
          items,
          preferencesUrl: `${publicUrl}/#/my-notifications`,
        }),
      };
    }
    if (!row.robot_id)
      throw new DeliveryFailure('NOT_CONFIGURED', 'no robot for this channel', true);
    return {
      kind: 'ROBOT',
      robotId: row.robot_id,
      message: renderRobot({
        language,
        recipientName: user.name,
        items,
        homeUrl: `${publicUrl}/#/`,
      }),
    };
  }

  private async accountsInScope(
    scope: Awaited<ReturnType<typeof resolveAccountScope>>,
    accountIds: (string | null)[],
  ): Promise<Set<string>> {
    const ids = [...new Set(accountIds.filter((id): id is string => !!id))];
    if (scope.kind === 'ALL' || !ids.length) return new Set(ids);
    const rows: { account_id: string }[] = await this.db.query(
      `SELECT DISTINCT account_id FROM account_team_member
        WHERE account_id = ANY($1::uuid[]) AND user_id = ANY($2::uuid[])`,
      [ids, scope.userIds],
    );
    return new Set(rows.map((r) => r.account_id));
  }

  /** Facts about escalations (account, level; for a payment: what is outstanding and when). */
  private async facts(
    notifications: NotificationRow[],
  ): Promise<Map<string, RawFacts & { trigger: EscalationTrigger | null }>> {
    const escalations = notifications.filter((n) => n.entity === 'Escalation');
    const byNotification = new Map<string, RawFacts & { trigger: EscalationTrigger | null }>();
    if (!escalations.length) return byNotification;
    const rows: (EscalationFacts & { escalation_id: string })[] = await this.db.query(
      `${ESCALATION_FACTS} WHERE e.id = ANY($1::uuid[])`,
      [escalations.map((n) => n.entity_id)],
    );
    const byEscalation = new Map(rows.map((r) => [r.escalation_id, r]));
    for (const n of escalations) {
      const row = byEscalation.get(n.entity_id);
      if (row) byNotification.set(n.id, rawFacts(row));
    }
    return byNotification;
  }

  private async teamItem(row: DeliveryRow): Promise<[Language, MessageItem]> {
    const [facts] = (await this.db.query(`${ESCALATION_FACTS} WHERE e.id = $1`, [
      row.escalation_id,
    ])) as (EscalationFacts & { escalation_id: string })[];
    if (!facts)
      throw new DeliveryFailure('NOT_CONFIGURED', 'the escalation no longer exists', true);
    const [team] = (await this.db.query(
      'SELECT language FROM account_team_robot WHERE account_id = $1',
      [row.account_id],
    )) as { language: Language }[];
    const raw = rawFacts(facts);
    return [
      team?.language ?? 'ZH',
      {
        topic: deliveryTopic('ESCALATION', raw.trigger),
        title: `${facts.rule_name} · L${facts.level}`,
        body: facts.summary,
        // A group is read by the whole team, technical and delivery included: no amounts.
        facts: visibleFacts(raw, { seesMoney: false, seesAccount: true }),
        link: recordLink(
          this.config.PUBLIC_URL,
          'Escalation',
          facts.escalation_id,
          facts.account_id,
        ),
      },
    ];
  }
}

interface EscalationFacts {
  escalation_id: string;
  account_id: string | null;
  level: number;
  summary: string;
  rule_name: string;
  trigger: EscalationTrigger;
  account_name: string | null;
  outstanding: string | null;
  currency: string | null;
  due: string | null;
}

const ESCALATION_FACTS = `
  SELECT e.id AS escalation_id, e.account_id, e.level, e.summary, r.name AS rule_name, r.trigger,
         a.name AS account_name, (m.amount - m.paid_amount)::text AS outstanding, m.currency,
         to_char(m.due, 'YYYY-MM-DD') AS due
    FROM escalation e
    JOIN escalation_rule r ON r.id = e.rule_id
    LEFT JOIN account a ON a.id = e.account_id
    LEFT JOIN payment_milestone m ON e.object_type = 'MILESTONE' AND m.id = e.object_id`;

function rawFacts(row: EscalationFacts): RawFacts & { trigger: EscalationTrigger | null } {
  return {
    trigger: row.trigger,
    accountName: row.account_name,
    level: row.level,
    amountDue:
      row.outstanding && row.currency
        ? { amount: row.outstanding, currency: row.currency.trim() }
        : null,
    due: row.due,
  };
}
