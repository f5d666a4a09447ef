import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden, notFound, refusal } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { rawAccountScopeCondition, requireMaySeeAccount } from '../accounts/account-scope';
import { isAboveInLine } from '../identity/reporting-line';
import { hasRole } from '../identity/viewer';
import { notifyUser } from '../notifications/notify-user';
import { Escalation, EscalationRule } from './escalation.entity';

/**
 * What people do with an escalation that reached them (seed 000: "if you are stuck, ask the
 * leader at once"): take it in hand, close it with a note where its rule allows, or — a
 * manager — hand it to someone else in their line. The worker still closes it when its
 * condition clears.
 */
export class EscalationService {
  constructor(private readonly db: DataSource) {}

  acknowledge(caller: Caller, id: string): Promise<Escalation> {
    return this.act(caller, id, 'escalation.acknowledge', async (manager, row) => {
      await this.mustHandle(manager, caller, row);
      if (row.acknowledgedAt) return {};
      return { acknowledgedAt: new Date(), acknowledgedById: caller.viewer.userId };
    });
  }

  resolve(caller: Caller, id: string, note: string): Promise<Escalation> {
    return this.act(caller, id, 'escalation.resolve', async (manager, row) => {
      await this.mustHandle(manager, caller, row);
      const rule = await manager.getRepository(EscalationRule).findOneBy({ id: row.ruleId });
      if (!rule?.manualResolve) throw refusal('CONFLICT', 'RESOLVES_ITSELF', { field: 'id' });
      const text = note.trim();
      if (!text) throw badInput('note', 'BLANK');
      if (text.length > 2000) throw badInput('note', 'TOO_LONG', { max: 2000 });
      return {
        status: 'RESOLVED',
        resolvedAt: new Date(),
        resolvedById: caller.viewer.userId,
        resolutionNote: text,
        acknowledgedAt: row.acknowledgedAt ?? new Date(),
        acknowledgedById: row.acknowledgedById ?? caller.viewer.userId,
      };
    });
  }

  reassign(caller: Caller, id: string, userId: string): Promise<Escalation> {
    requireUuid('userId', userId);
    return this.act(
      caller,
      id,
      'escalation.reassign',
      async (manager, row) => {
        const me = caller.viewer.userId;
        const admin = hasRole(caller.viewer, 'ADMIN');
        if (!admin && !(row.targetUserId && (await isAboveInLine(manager, me, row.targetUserId))))
          throw forbidden('Only a manager above the person it reached, or ADMIN, may hand it on');
        if (userId === row.targetUserId) throw badInput('userId', 'ALREADY_HOLDS_ESCALATION');
        const [target] = (await manager.query('SELECT status FROM "user" WHERE id = $1', [
          userId,
        ])) as { status: string }[];
        if (!target) throw badInput('userId', 'NO_SUCH_USER');
        if (target.status !== 'ACTIVE') throw badInput('userId', 'USER_LEFT');
        if (!admin && userId !== me && !(await isAboveInLine(manager, me, userId)))
          throw badInput('userId', 'NOT_IN_REPORTING_LINE');
        // Handed on like a task: only to someone who may see the account, or the new holder
        // would read the summary and act on a record outside their access.
        if (row.accountId) await requireMaySeeAccount(manager, row.accountId, [userId], 'userId');
        return { targetUserId: userId, acknowledgedAt: null, acknowledgedById: null };
      },
      async (manager, after) => {
        await notifyUser(manager, {
          userId,
          kind: 'ESCALATION',
          title: { key: 'TEXT', text: after.summary },
          body: null,
          entity: 'Escalation',
          entityId: after.id,
          accountId: after.accountId,
        });
      },
    );
  }

  /** Locks a visible, open escalation, applies the change, bumps its version, audits it. */
  private act(
    caller: Caller,
    id: string,
    action: string,
    change: (manager: EntityManager, row: Escalation) => Promise<Partial<Escalation>>,
    after?: (manager: EntityManager, row: Escalation) => Promise<void>,
  ): Promise<Escalation> {
    requireUuid('id', id);
    return runMutation(caller, async ({ manager, audit }) => {
      const scope = rawAccountScopeCondition(await caller.accountScope(), 'e.account_id', 3);
      const [visible] = (await manager.query(
        `SELECT e.id FROM escalation e
          WHERE e.id = $1 AND (e.target_user_id = $2 OR ${scope.sql})
          FOR UPDATE OF e`,
        [id, caller.viewer.userId, ...scope.values],
      )) as { id: string }[];
      if (!visible) throw notFound('Escalation', id);
      const repo = manager.getRepository(Escalation);
      const before = await repo.findOneByOrFail({ id });
      if (before.status !== 'OPEN') throw conflict('ALREADY_RESOLVED');
      const patch = await change(manager, before);
      if (!Object.keys(patch).length) return before;
      await repo.update({ id }, { ...patch, version: before.version + 1 });
      const updated = await repo.findOneByOrFail({ id });
      await audit({ action, entity: 'Escalation', entityId: id, before, after: updated });
      await after?.(manager, updated);
      return updated;
    });
  }

  /** The person it reached, anyone above them, or ADMIN; with no one named, a manager of the account. */
  private async mustHandle(manager: EntityManager, caller: Caller, row: Escalation) {
    const me = caller.viewer.userId;
    if (hasRole(caller.viewer, 'ADMIN') || row.targetUserId === me) return;
    if (row.targetUserId && (await isAboveInLine(manager, me, row.targetUserId))) return;
    if (!row.targetUserId && hasRole(caller.viewer, 'MANAGER')) return;
    throw forbidden('Only the person it reached, their managers or ADMIN may act on it');
  }
}
