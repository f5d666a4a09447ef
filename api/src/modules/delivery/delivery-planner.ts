import {
  deliveryTopic,
  type DeliveryChannel,
  type EscalationTrigger,
  type NotificationKind,
  type RobotPlatform,
  type UserStatus,
} from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../db/mutation';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';
import { effectivePreferences, planChannels, type RobotState } from './delivery-plan';
import type { Enqueue } from './delivery-sender';
import type { DeliveryPreference } from './delivery-preference.entity';

/** How long a claimed message may stay SENDING before its worker is taken for dead. */
export const SENDING_LEASE_SECONDS = 300;
const BATCH = 200;

interface NewDelivery {
  key: string;
  kind: 'MESSAGE' | 'DIGEST' | 'TEAM';
  channel: DeliveryChannel;
  status: 'PENDING' | 'HELD' | 'SKIPPED';
  reason: string | null;
  notification_id: string | null;
  escalation_id: string | null;
  user_id: string | null;
  robot_id: string | null;
  account_id: string | null;
  subject: string;
  hold_until: string | null;
}

export interface TickResult {
  planned: number;
  digests: number;
  requeued: number;
  interrupted: number;
}

/**
 * Turns notifications (and escalations on accounts with a team robot) into deliveries, one
 * per channel, each under a unique key; builds the digest of what quiet hours held; and
 * sweeps what a dead worker left behind. Every step is safe on two workers at once: rows
 * are taken with SKIP LOCKED and keys are unique, so nothing is planned or digested twice.
 */
export class DeliveryPlanner {
  constructor(
    private readonly db: DataSource,
    private readonly enqueue: Enqueue,
  ) {}

  tick(now: Date = new Date()): Promise<TickResult> {
    return withDbScope(SYSTEM_SCOPE, async () => {
      const interrupted = await this.interrupted();
      const requeued = await this.requeue(now);
      let planned = 0;
      for (let batch = await this.planNotifications(now); batch > 0;) {
        planned += batch;
        batch = await this.planNotifications(now);
      }
      planned += await this.planTeamRobots(now);
      const digests = await this.digests(now);
      return { planned, digests, requeued, interrupted };
    });
  }

  /** One batch of notifications not yet planned; answers how many deliveries it made. */
  private async planNotifications(now: Date): Promise<number> {
    const created = await this.db.transaction(async (manager) => {
      const notifications: {
        id: string;
        user_id: string;
        kind: NotificationKind;
        title: string;
        account_id: string | null;
        level: number | null;
        trigger: EscalationTrigger | null;
      }[] = await manager.query(
        `SELECT n.id, n.user_id, n.kind, n.title, n.account_id, e.level, r.trigger
           FROM notification n
           LEFT JOIN escalation e ON n.entity = 'Escalation' AND e.id = n.entity_id
           LEFT JOIN escalation_rule r ON r.id = e.rule_id
          WHERE n.dispatched_at IS NULL
          ORDER BY n.created_at
          LIMIT ${BATCH}
          FOR UPDATE OF n SKIP LOCKED`,
      );
      if (!notifications.length) return null;
      const userIds = [...new Set(notifications.map((n) => n.user_id))];
      const users: { id: string; status: UserStatus }[] = await manager.query(
        'SELECT id, status FROM "user" WHERE id = ANY($1::uuid[])',
        [userIds],
      );
      const preferences: (Omit<DeliveryPreference, 'updatedAt'> & { user_id: string })[] =
        await manager.query(
          `SELECT user_id, language, topics, escalation_min_level AS "escalationMinLevel",
                  quiet_start AS "quietStart", quiet_end AS "quietEnd", time_zone AS "timeZone",
                  robot_ids AS "robotIds"
             FROM delivery_preference WHERE user_id = ANY($1::uuid[])`,
          [userIds],
        );
      const robots = await this.robots(manager);
      const statusOf = new Map(users.map((u) => [u.id, u.status]));
      const preferencesOf = new Map(preferences.map((p) => [p.user_id, p]));
      const rows: NewDelivery[] = notifications.flatMap((n) =>
        planChannels({
          topic: deliveryTopic(n.kind, n.trigger),
          level: n.level,
          userStatus: statusOf.get(n.user_id) ?? 'DEPARTED',
          preferences: effectivePreferences(preferencesOf.get(n.user_id)),
          robots,
          now,
        }).map((plan) => ({
          key: `n:${n.id}:${plan.channel}`,
          kind: 'MESSAGE',
          channel: plan.channel,
          status: plan.status,
          reason: plan.reason,
          notification_id: n.id,
          escalation_id: null,
          user_id: n.user_id,
          robot_id: plan.robotId,
          account_id: n.account_id,
          subject: n.title,
          hold_until: plan.holdUntil?.toISOString() ?? null,
        })),
      );
      const inserted = await insertDeliveries(manager, rows);
      await manager.query('UPDATE notification SET dispatched_at = $2 WHERE id = ANY($1::uuid[])', [
        notifications.map((n) => n.id),
        now,
      ]);
      return inserted;
    });
    if (!created) return 0;
    // After the commit: a job must never look for a row it cannot see yet.
    await this.enqueue(created.filter((d) => d.status === 'PENDING'));
    return created.length;
  }

  /** Escalations on accounts whose team has a robot, not yet announced there. */
  private async planTeamRobots(now: Date): Promise<number> {
    const escalations: {
      id: string;
      account_id: string;
      summary: string;
      level: number;
      rule_name: string;
      robot_id: string;
      platform: RobotPlatform;
      active: boolean;
    }[] = await this.db.query(
      `SELECT e.id, e.account_id, e.summary, e.level, r.name AS rule_name, t.robot_id, rb.platform, rb.active
         FROM account_team_robot t
         JOIN escalation e ON e.account_id = t.account_id AND e.created_at >= t.since
                          AND e.level >= t.min_level AND e.status = 'OPEN'
         JOIN escalation_rule r ON r.id = e.rule_id
         JOIN delivery_robot rb ON rb.id = t.robot_id
        WHERE e.created_at > $1::timestamptz - interval '7 days'
          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.key = 'e:' || e.id || ':' || t.robot_id)
        ORDER BY e.created_at
        LIMIT ${BATCH}`,
      [now],
    );
    if (!escalations.length) return 0;
    const created = await this.db.transaction((manager) =>
      insertDeliveries(
        manager,
        escalations.map((e) => ({
          key: `e:${e.id}:${e.robot_id}`,
          kind: 'TEAM',
          channel: e.platform,
          status: e.active ? 'PENDING' : 'SKIPPED',
          reason: e.active ? null : 'ROBOT_INACTIVE',
          notification_id: null,
          escalation_id: e.id,
          user_id: null,
          robot_id: e.robot_id,
          account_id: e.account_id,
          subject: `${e.rule_name} · L${e.level}`,
          hold_until: null,
        })),
      ),
    );
    await this.enqueue(created.filter((d) => d.status === 'PENDING'));
    return created.length;
  }

  /** One digest per person, channel and quiet window that has ended. */
  private async digests(now: Date): Promise<number> {
    const windows: { user_id: string; channel: DeliveryChannel; hold_until: Date }[] =
      await this.db.query(
        `SELECT DISTINCT user_id, channel, hold_until FROM delivery
          WHERE status = 'HELD' AND hold_until <= $1`,
        [now],
      );
    let made = 0;
    for (const window of windows) {
      const digest = await this.db.transaction(async (manager) => {
        const held: { id: string; robot_id: string | null; account_id: string | null }[] =
          await manager.query(
            `SELECT id, robot_id, account_id FROM delivery
              WHERE status = 'HELD' AND user_id = $1 AND channel = $2 AND hold_until = $3
              ORDER BY created_at FOR UPDATE SKIP LOCKED`,
            [window.user_id, window.channel, window.hold_until],
          );
        if (!held.length) return null;
        const key = `d:${window.user_id}:${window.channel}:${new Date(window.hold_until).toISOString()}`;
        const [created] = await insertDeliveries(manager, [
          {
            key,
            kind: 'DIGEST',
            channel: window.channel,
            status: 'PENDING',
            reason: null,
            notification_id: null,
            escalation_id: null,
            user_id: window.user_id,
            robot_id: held[0]!.robot_id,
            account_id: null,
            subject: `${held.length}`,
            hold_until: null,
          },
        ]);
        const [digestRow] = created
          ? [created]
          : ((await manager.query('SELECT id, key, status FROM delivery WHERE key = $1', [
              key,
            ])) as {
              id: string;
              key: string;
              status: string;
            }[]);
        await manager.query(
          `UPDATE delivery SET status = 'DIGESTED', digest_id = $2, updated_at = now() WHERE id = ANY($1::uuid[])`,
          [held.map((h) => h.id), digestRow!.id],
        );
        // The digest's subject counts everything it holds, including a second night's.
        await manager.query(
          `UPDATE delivery SET subject = (SELECT count(*)::text FROM delivery WHERE digest_id = $1) WHERE id = $1`,
          [digestRow!.id],
        );
        return created ?? null;
      });
      if (digest) {
        made++;
        await this.enqueue([digest]);
      }
    }
    return made;
  }

  /**
   * Due PENDING deliveries go (back) on the queue: one whose job was lost (a crash between
   * the commit and the enqueue), or one ADMIN retried. A job already waiting for the same
   * key makes the insert a no-op (the queue keeps one per key and state), and a duplicate
   * that runs finds nothing to claim.
   */
  private async requeue(now: Date): Promise<number> {
    const due: { id: string; key: string }[] = await this.db.query(
      `SELECT id, key FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= LEAST(now(), $1::timestamptz)
        ORDER BY next_attempt_at LIMIT 1000`,
      [now],
    );
    await this.enqueue(due);
    return due.length;
  }

  /**
   * A message a dead worker had claimed may or may not have gone out: it is marked FAILED
   * (INTERRUPTED) rather than sent again, so nobody gets it twice; ADMIN can retry it.
   */
  private async interrupted(): Promise<number> {
    const rows = returnedRows<{ id: string }>(
      await this.db.query(
        `UPDATE delivery SET status = 'FAILED', reason = 'INTERRUPTED', claimed_at = NULL, updated_at = now(),
                error = 'the worker stopped while sending: it may or may not have arrived'
          WHERE status = 'SENDING' AND claimed_at < now() - make_interval(secs => $1)
          RETURNING id`,
        [SENDING_LEASE_SECONDS],
      ),
    );
    return rows.length;
  }

  private async robots(manager: EntityManager): Promise<Map<string, RobotState>> {
    const rows: RobotState[] = await manager.query(
      'SELECT id, platform, active FROM delivery_robot',
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}

/** Inserts what is new; answers the rows actually inserted (a taken key inserts nothing). */
async function insertDeliveries(
  manager: EntityManager,
  rows: NewDelivery[],
): Promise<{ id: string; key: string; status: string }[]> {
  if (!rows.length) return [];
  return manager.query(
    `INSERT INTO delivery (key, kind, channel, status, reason, notification_id, escalation_id, user_id,
                           robot_id, account_id, subject, hold_until)
     SELECT key, kind, channel, status, reason, notification_id, escalation_id, user_id, robot_id,
            account_id, subject, hold_until
       FROM jsonb_to_recordset($1::jsonb) AS r(key text, kind text, channel text, status text, reason text,
            notification_id uuid, escalation_id uuid, user_id uuid, robot_id uuid, account_id uuid,
            subject text, hold_until timestamptz)
     ON CONFLICT ON CONSTRAINT delivery_key DO NOTHING
     RETURNING id, key, status`,
    [JSON.stringify(rows)],
  );
}
