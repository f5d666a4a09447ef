import type { InputReason } from '@trident/domain';
import type { AttachmentOwnerType } from '@trident/domain';
import type { EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/app-error';
import type { Caller } from '../../graphql/caller';
import { accountScopeCondition } from '../accounts/account-scope';
import { lockForCollections } from '../collections/collections-access';
import { EvidenceItem, PaymentMilestone } from '../collections/contract.entity';
import { taskScopeCondition } from '../execution/task-access';
import { Task } from '../execution/task.entity';
import { hasRole } from '../identity/viewer';

/** The record a file is on. */
export interface AttachmentOwner {
  type: AttachmentOwnerType;
  id: string;
}

/** The record as its files need it, once the caller is known to see it. */
export interface OwnerAccess {
  accountId: string;
  /** Why the record takes no more files and keeps those it has; null while it is open. */
  closed: { reason: InputReason; params?: Record<string, unknown> } | null;
  /** FORBIDDEN unless the caller may change the record, as the record's own service decides. */
  requireWriter(): Promise<void>;
}

type Find = (
  ctx: Caller,
  manager: EntityManager,
  id: string,
  lock: boolean,
) => Promise<OwnerAccess | null>;

/**
 * Files follow their record: who sees the record sees its files, who may change it may
 * attach and remove them. The rules are the records' own services' rules, not new ones.
 */
const OWNERS: Record<AttachmentOwnerType, { entity: string; find: Find }> = {
  // Seen with its milestone's customer; kept by FINANCE or the account team, as checkEvidence.
  EVIDENCE_ITEM: {
    entity: 'EvidenceItem',
    find: async (ctx, manager, id, lock) => {
      const scope = accountScopeCondition(await ctx.accountScope(), 'm.account_id');
      const query = manager
        .getRepository(PaymentMilestone)
        .createQueryBuilder('m')
        .innerJoin(EvidenceItem, 'e', 'e.milestone_id = m.id')
        .where('e.id = :id', { id })
        .andWhere(scope.sql, scope.params);
      // A payment recorded meanwhile (it locks the milestone) waits, or this does.
      if (lock) query.setLock('pessimistic_read');
      const milestone = await query.getOne();
      return (
        milestone && {
          accountId: milestone.accountId,
          closed: milestone.stage === 'PAID' ? { reason: 'EVIDENCE_CLOSED' } : null,
          requireWriter: () => lockForCollections(ctx, manager, milestone.accountId),
        }
      );
    },
  },
  // Seen by the account team, the assignee and the requester; the assignee submits the
  // work, the requester (or a manager, an admin) edits it — as TaskService.
  TASK: {
    entity: 'Task',
    find: async (ctx, manager, id, lock) => {
      const me = ctx.viewer.userId;
      const scope = taskScopeCondition(await ctx.accountScope(), 't', me);
      const query = manager
        .getRepository(Task)
        .createQueryBuilder('t')
        .where('t.id = :id', { id })
        .andWhere(scope.sql, scope.params);
      // A review or cancellation meanwhile (they lock the task) waits, or this does.
      if (lock) query.setLock('pessimistic_read');
      const task = await query.getOne();
      return (
        task && {
          accountId: task.accountId,
          closed:
            task.status === 'DONE' || task.status === 'CANCELLED'
              ? { reason: 'TASK_FILES_CLOSED', params: { status: task.status } }
              : null,
          requireWriter: async () => {
            if (task.assigneeId === me || task.requesterId === me) return;
            if (hasRole(ctx.viewer, 'MANAGER', 'ADMIN')) return;
            throw forbidden(
              'Only the assignee, the requester, a manager or an admin may change the files of this task',
            );
          },
        }
      );
    },
  },
};

/** The record if the caller may see it, else null (its existence is not revealed). */
export function findOwner(
  ctx: Caller,
  manager: EntityManager,
  owner: AttachmentOwner,
  { lock = false } = {},
): Promise<OwnerAccess | null> {
  return OWNERS[owner.type].find(ctx, manager, owner.id, lock);
}

/**
 * The record, locked against being closed until the transaction ends, when the caller may
 * change its files: NOT_FOUND outside their sight, FORBIDDEN without the right to change
 * it, BAD_USER_INPUT (on `field`) once it is closed.
 */
export async function requireOwnerWriter(
  ctx: Caller,
  manager: EntityManager,
  owner: AttachmentOwner,
  field: string,
): Promise<OwnerAccess> {
  const found = await findOwner(ctx, manager, owner, { lock: true });
  if (!found) throw notFound(OWNERS[owner.type].entity, owner.id);
  await found.requireWriter();
  if (found.closed) throw badInput(field, found.closed.reason, found.closed.params);
  return found;
}
