import {
  HANDOVER_SUCCESSOR_ROLES,
  handoverPlaybook,
  type HandoverPlaybook,
  type Role,
} from '@trident/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, forbidden } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation, uniqueViolation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { hasRole } from '../identity/viewer';
import { notifyUser } from '../notifications/notify-user';
import { Handover } from './handover.entity';
import { Task } from './task.entity';
import { syncGapTasks } from '../processes/run-gaps';

const PLAYBOOK_TEXT: Record<HandoverPlaybook, string> = {
  TRANSFER: '直接结转：交接资料与记录 Transfer directly: hand over the records',
  PHONE_INTRO:
    '离职人员致电客户，告知工作由新同事接手并转交电话 The leaver calls the customer and hands the phone to the successor',
  JOINT_VISIT:
    '离职人员带接手人当面拜访客户 The leaver takes the successor to meet the customer in person',
};

/** Days the successor has for each item. */
const HANDOVER_DAYS = 14;

/**
 * Handover when a salesperson leaves (seed 001): one task per customer and open deal of
 * the leaver, with the playbook by funnel stage; ownership and team seats move item by
 * item as each task is done, and the handover is done when every item is.
 */
export class HandoverService {
  constructor(private readonly db: DataSource) {}

  async start(ctx: Caller, fromUserId: string, toUserId: string): Promise<Handover> {
    requireUuid('fromUserId', fromUserId);
    requireUuid('toUserId', toUserId);
    if (fromUserId === toUserId) throw badInput('toUserId', 'HAND_OVER_TO_OTHER');
    return runMutation(ctx, async ({ manager, audit }) => {
      const users: { id: string; status: string; roles: Role[] }[] = await manager.query(
        'SELECT id, status, roles FROM "user" WHERE id = ANY($1::uuid[])',
        [[fromUserId, toUserId]],
      );
      if (!users.some((u) => u.id === fromUserId)) throw badInput('fromUserId', 'NOT_A_USER');
      const to = users.find((u) => u.id === toUserId);
      if (!to || to.status !== 'ACTIVE') throw badInput('toUserId', 'NOT_ACTIVE_USER');
      // The successor takes the AR seats and the open deals: someone whose role may work them.
      if (!to.roles.some((role) => HANDOVER_SUCCESSOR_ROLES.includes(role)))
        throw badInput('toUserId', 'SUCCESSOR_MAY_NOT_OWN', {
          roles: HANDOVER_SUCCESSOR_ROLES.join(', '),
        });
      if (!hasRole(ctx.viewer, 'ADMIN')) {
        const scope = await ctx.accountScope();
        const line = scope.kind === 'ALL' ? null : scope.userIds;
        if (line && (!line.includes(fromUserId) || !line.includes(toUserId))) {
          throw forbidden('A manager hands over between people in their own reporting line', {
            field: line.includes(fromUserId) ? 'toUserId' : 'fromUserId',
            reason: 'OUTSIDE_REPORTING_LINE',
          });
        }
      }
      const { handover, items } = await createHandover(
        manager,
        fromUserId,
        toUserId,
        ctx.viewer.userId,
      );
      await audit({
        action: 'handover.start',
        entity: 'Handover',
        entityId: handover.id,
        after: { ...handover, items: items.length },
      });
      return handover;
    });
  }

  /** A visible handover, or null. */
  async get(ctx: Caller, id: string) {
    requireUuid('id', id);
    return (await this.scoped(ctx)).andWhere('h.id = :id', { id }).getOne();
  }

  async list(ctx: Caller) {
    return (await this.scoped(ctx)).orderBy('h.startedAt', 'DESC').take(200).getMany();
  }

  /**
   * What the caller may see: a manager the handovers of their reporting line (the leaver or
   * the successor in it), an admin every one.
   */
  private async scoped(ctx: Caller) {
    const scope = await ctx.accountScope();
    const query = this.db.getRepository(Handover).createQueryBuilder('h');
    if (scope.kind === 'ALL') return query;
    return query.where(
      '(h.from_user_id = ANY(:line::uuid[]) OR h.to_user_id = ANY(:line::uuid[]))',
      {
        line: scope.userIds,
      },
    );
  }
}

/**
 * The handover and its items, without the caller checks of `start` (the demo uses it):
 * a customer's playbook follows the leaver's most advanced open deal there.
 */
export async function createHandover(
  manager: EntityManager,
  fromUserId: string,
  toUserId: string,
  startedById: string,
): Promise<{ handover: Handover; items: unknown[] }> {
  let handover: Handover;
  try {
    handover = await manager
      .getRepository(Handover)
      .save(
        manager.getRepository(Handover).create({ fromUserId, toUserId, startedById: startedById }),
      );
  } catch (error) {
    // Named on the leaver, so the form marks the person who already has one running.
    if (uniqueViolation(error)) throw conflict('HANDOVER_IN_PROGRESS', { field: 'fromUserId' });
    throw error;
  }
  // A customer's playbook follows its most advanced open deal of the leaver.
  const items: {
    account_id: string;
    opportunity_id: string | null;
    name: string;
    probability: number | null;
  }[] = await manager.query(
    `SELECT a.id AS account_id, NULL::uuid AS opportunity_id, a.name,
            (SELECT max(s.probability) FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
              WHERE o.account_id = a.id AND o.owner_id = $1 AND NOT (s.is_won OR s.is_lost)) AS probability
       FROM account a
      WHERE EXISTS (SELECT 1 FROM account_team_member m WHERE m.account_id = a.id AND m.user_id = $1)
     UNION ALL
     SELECT o.account_id, o.id, o.name, s.probability
       FROM opportunity o JOIN funnel_stage s ON s.id = o.stage_id
      WHERE o.owner_id = $1 AND NOT (s.is_won OR s.is_lost)
      ORDER BY 3`,
    [fromUserId],
  );
  if (!items.length) throw badInput('fromUserId', 'NOTHING_TO_HAND_OVER');
  const due = new Date(Date.now() + HANDOVER_DAYS * 86_400_000);
  await manager.insert(
    Task,
    items.map((item) => {
      const playbook = handoverPlaybook(item.probability);
      return {
        accountId: item.account_id,
        opportunityId: item.opportunity_id,
        kind: 'HANDOVER' as const,
        title: `${item.opportunity_id ? '商机交接 Deal' : '客户交接 Customer'}: ${item.name}`,
        content: PLAYBOOK_TEXT[playbook],
        expectedResult: '客户确认新的对接人 The customer knows and accepts the successor',
        due,
        assigneeId: toUserId,
        requesterId: startedById,
        handoverId: handover.id,
        playbook,
      };
    }),
  );
  await notifyUser(manager, {
    userId: toUserId,
    kind: 'HANDOVER',
    title: { key: 'HANDOVER', count: items.length },
    entity: 'Handover',
    entityId: handover.id,
  });
  return { handover, items };
}

/**
 * Called when a handover task is accepted: moves the leaver's seat on that customer (or
 * that deal's ownership) to the successor, and closes the handover after its last item.
 */
export async function completeHandoverItem(manager: EntityManager, task: Task): Promise<void> {
  const [handover] = (await manager.query(
    'SELECT id, from_user_id, to_user_id FROM handover WHERE id = $1 FOR UPDATE',
    [task.handoverId],
  )) as { id: string; from_user_id: string; to_user_id: string }[];
  if (!handover) return;
  const from = handover.from_user_id;
  const to = handover.to_user_id;
  if (task.opportunityId) {
    await manager.query(
      `UPDATE opportunity SET owner_id = $3, version = version + 1, updated_at = now()
        WHERE id = $1 AND owner_id = $2`,
      [task.opportunityId, from, to],
    );
    await manager.query(
      `UPDATE opportunity_team_member m SET user_id = $3
        WHERE m.opportunity_id = $1 AND m.user_id = $2
          AND NOT EXISTS (SELECT 1 FROM opportunity_team_member x
                           WHERE x.opportunity_id = m.opportunity_id AND x.user_id = $3 AND x.team_role = m.team_role)`,
      [task.opportunityId, from, to],
    );
    await manager.query(
      'DELETE FROM opportunity_team_member WHERE opportunity_id = $1 AND user_id = $2',
      [task.opportunityId, from],
    );
  } else {
    // The successor takes each seat the leaver had; where they already sit, the leaver's goes.
    await manager.query(
      `UPDATE account_team_member m SET user_id = $3
        WHERE m.account_id = $1 AND m.user_id = $2
          AND NOT EXISTS (SELECT 1 FROM account_team_member x
                           WHERE x.account_id = m.account_id AND x.user_id = $3 AND x.team_role = m.team_role)`,
      [task.accountId, from, to],
    );
    await manager.query('DELETE FROM account_team_member WHERE account_id = $1 AND user_id = $2', [
      task.accountId,
      from,
    ]);
    // The leaver's relationships go with their seat: gaps in the chains may open.
    await syncGapTasks(manager, task.accountId);
  }
  await manager.query(
    `UPDATE handover SET status = 'DONE', done_at = now()
      WHERE id = $1 AND status = 'IN_PROGRESS'
        AND NOT EXISTS (SELECT 1 FROM task WHERE handover_id = $1 AND status <> 'DONE')`,
    [handover.id],
  );
}
