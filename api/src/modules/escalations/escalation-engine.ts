import { DEFAULT_TIME_ZONE, type EscalationTrigger } from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { returnedRows } from '../../db/mutation';
import { SYSTEM_SCOPE, withDbScope } from '../../db/row-security';
import { notifyUser } from '../notifications/notify-user';
import { Escalation, EscalationRule } from './escalation.entity';
import { TRIGGERS } from './escalation-triggers';
import { raiseRefreshReminders } from '../execution/refresh-reminders';
import { raiseSignalledRisks } from '../risks/risk-signals';

interface Candidate {
  object_id: string;
  account_id: string | null;
  owner_id: string | null;
  ar_id: string | null;
  started_at: Date;
  summary: string;
}

export interface RunResult {
  created: number;
  resolved: number;
}

/**
 * Evaluates the active escalation rules at an injected `now`. For each object a trigger
 * holds for, every level whose time has come is inserted with ON CONFLICT DO NOTHING on the
 * open (rule, object, level): two workers, or the same run twice, never duplicate one, and only
 * the insert that won notifies. Escalations whose cause went away are resolved. A cause that
 * comes back later (a contact cooling again after a visit, a task stuck again) is a new
 * episode and escalates again; one resolved — by hand or by its cause going away — after the
 * episode began is not raised again for it.
 */
export class EscalationEngine {
  /**
   * `timeZone` is the company's (`BUSINESS_TIME_ZONE`): a date column turns into the instant
   * its day ends there — a milestone due 02-01 is overdue from 02-02 00:00 in that zone, the
   * same day its status reads OVERDUE.
   */
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string = DEFAULT_TIME_ZONE,
  ) {}

  /** A system job: it looks at every account, whoever's they are. */
  run(now: Date, only?: EscalationTrigger[]): Promise<RunResult> {
    return withDbScope(SYSTEM_SCOPE, () => this.runAll(now, only));
  }

  /**
   * The worker's other sweep (issue 20): account risks raised from live signals and REFRESH
   * reminders for customer maps left unchanged, each once per cause or period — unique keys
   * decide between racing workers.
   */
  sweepSignals(now: Date): Promise<{ risks: number; reminders: number }> {
    return withDbScope(SYSTEM_SCOPE, () =>
      this.db.transaction(async (manager) => {
        await manager.query(`SELECT set_config('TimeZone', $1, true)`, [this.timeZone]);
        return {
          risks: await raiseSignalledRisks(manager, now),
          reminders: await raiseRefreshReminders(manager, now),
        };
      }),
    );
  }

  private async runAll(now: Date, only?: EscalationTrigger[]): Promise<RunResult> {
    const rules = await this.db.getRepository(EscalationRule).find({ where: { active: true } });
    const result: RunResult = { created: 0, resolved: 0 };
    for (const rule of rules) {
      if (only && !only.includes(rule.trigger)) continue;
      const one = await this.db.transaction((manager) => this.runRule(manager, rule, now));
      result.created += one.created;
      result.resolved += one.resolved;
    }
    return result;
  }

  private async runRule(
    manager: EntityManager,
    rule: EscalationRule,
    now: Date,
  ): Promise<RunResult> {
    const trigger = TRIGGERS[rule.trigger];
    // Dates become instants in the company's time zone, never the session's (this transaction).
    await manager.query(`SELECT set_config('TimeZone', $1, true)`, [this.timeZone]);
    const rows: Candidate[] = await manager.query(
      `SELECT q.*, ar.user_id AS ar_id
         FROM (${trigger.sql}) AS q(object_id, account_id, owner_id, started_at, summary)
         LEFT JOIN account_team_member ar ON ar.account_id = q.account_id AND ar.team_role = 'AR'`,
      [now, rule.thresholdHours],
    );
    const resourceUsers = await this.resourceUsers(manager, rule);
    const managers = await this.managersOf(
      manager,
      rows.flatMap((r) => [r.owner_id, r.ar_id]),
    );
    // Each level due, with when its cause started (this episode of it).
    const due: (Partial<Escalation> & { startedAt: Date })[] = [];
    for (const row of rows) {
      let at = new Date(row.started_at).getTime();
      rule.levels.forEach((level, i) => {
        at += level.afterHours * 3_600_000;
        if (at > now.getTime()) return;
        const targetUserId =
          level.target === 'OWNER'
            ? row.owner_id
            : level.target === 'AR'
              ? row.ar_id
              : level.target === 'MANAGER'
                ? (managers.get(row.owner_id ?? '') ?? managers.get(row.ar_id ?? '') ?? null)
                : (resourceUsers.get(level.resourceId ?? '') ?? null);
        due.push({
          ruleId: rule.id,
          objectType: trigger.object,
          objectId: row.object_id,
          accountId: row.account_id,
          level: i + 1,
          target: level.target,
          targetUserId,
          resourceId: level.target === 'RESOURCE' ? (level.resourceId ?? null) : null,
          summary: row.summary,
          status: 'OPEN',
          createdAt: now,
          startedAt: new Date(row.started_at),
        });
      });
    }
    // Inserted in one fixed order (object, level): two workers racing over the same objects
    // then wait on each other's first key instead of each holding a key the other needs next
    // (a deadlock), whatever order their SQL happened to return the objects in.
    due.sort((a, b) =>
      a.objectId === b.objectId ? a.level! - b.level! : a.objectId! < b.objectId! ? -1 : 1,
    );
    let created = 0;
    for (const escalation of due) {
      const [won] = (await manager.query(
        `INSERT INTO escalation (rule_id, object_type, object_id, account_id, level, target,
                                 target_user_id, resource_id, summary, status, created_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, 'OPEN', $10
          WHERE NOT EXISTS (
            SELECT 1 FROM escalation done
             WHERE done.rule_id = $1 AND done.object_type = $2 AND done.object_id = $3
               AND done.level = $5 AND done.status = 'RESOLVED' AND done.resolved_at >= $11)
         ON CONFLICT (rule_id, object_type, object_id, level) WHERE status = 'OPEN' DO NOTHING
         RETURNING id`,
        [
          escalation.ruleId,
          escalation.objectType,
          escalation.objectId,
          escalation.accountId,
          escalation.level,
          escalation.target,
          escalation.targetUserId,
          escalation.resourceId,
          escalation.summary,
          now,
          escalation.startedAt,
        ],
      )) as { id: string }[];
      if (!won) continue;
      created++;
      if (!escalation.targetUserId) continue;
      await notifyUser(manager, {
        userId: escalation.targetUserId,
        kind: 'ESCALATION',
        title: { key: 'ESCALATION', rule: rule.name, level: escalation.level! },
        body: escalation.summary ?? null,
        entity: 'Escalation',
        entityId: won.id,
        accountId: escalation.accountId ?? null,
      });
    }
    const holding = rows.map((r) => r.object_id);
    const resolved = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE escalation SET status = 'RESOLVED', resolved_at = $3, version = version + 1
        WHERE rule_id = $1 AND status = 'OPEN' AND NOT (object_id = ANY($2::uuid[]))
        RETURNING id`,
        [rule.id, holding, now],
      ),
    );
    return { created, resolved: resolved.length };
  }

  private async managersOf(manager: EntityManager, userIds: (string | null)[]) {
    const ids = [...new Set(userIds.filter((id): id is string => !!id))];
    if (!ids.length) return new Map<string, string>();
    const rows: { id: string; manager_id: string | null }[] = await manager.query(
      'SELECT id, manager_id FROM "user" WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.filter((r) => r.manager_id).map((r) => [r.id, r.manager_id!]));
  }

  private async resourceUsers(manager: EntityManager, rule: EscalationRule) {
    const ids = rule.levels.map((l) => l.resourceId).filter((id): id is string => !!id);
    if (!ids.length) return new Map<string, string>();
    const rows: { id: string; user_id: string | null }[] = await manager.query(
      'SELECT id, user_id FROM internal_resource WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.filter((r) => r.user_id).map((r) => [r.id, r.user_id!]));
  }
}
