import type { TeamRole } from '@trident/domain';
import type { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { runMutation, uniqueViolation } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import { User } from '../identity/user.entity';
import { lockAccountForWrite } from './account-access';
import { syncGapTasks } from '../processes/run-gaps';
import { AccountTeamMember } from './account-team-member.entity';

export class AccountTeamService {
  constructor(private readonly db: DataSource) {}

  async add(
    ctx: Caller,
    accountId: string,
    userId: string,
    teamRole: TeamRole,
  ): Promise<AccountTeamMember> {
    requireUuid('accountId', accountId);
    requireUuid('userId', userId);
    return runMutation(ctx, async ({ manager, audit }) => {
      await lockAccountForWrite(ctx, manager, accountId);
      const user = await manager.getRepository(User).findOneBy({ id: userId });
      if (!user) throw badInput('userId', 'NO_SUCH_USER');
      if (user.status !== 'ACTIVE') throw badInput('userId', 'USER_LEFT', { name: user.name });
      const repository = manager.getRepository(AccountTeamMember);
      let member: AccountTeamMember;
      try {
        member = await repository.save(repository.create({ accountId, userId, teamRole }));
      } catch (error) {
        const constraint = uniqueViolation(error);
        if (constraint === 'account_team_member_one_ar_key') {
          throw conflict('HAS_AR', {
            field: 'teamRole',
          });
        }
        if (constraint) throw conflict('ON_TEAM', { field: 'userId', name: user.name, teamRole });
        throw error;
      }
      await syncGapTasks(manager, accountId);
      await audit({
        action: 'account.team.add',
        entity: 'AccountTeamMember',
        entityId: member.id,
        after: member,
      });
      return member;
    });
  }

  async remove(ctx: Caller, memberId: string): Promise<string> {
    requireUuid('id', memberId);
    return runMutation(ctx, async ({ manager, audit }) => {
      const member = await manager.getRepository(AccountTeamMember).findOneBy({ id: memberId });
      if (!member) throw notFound('AccountTeamMember', memberId);
      await lockAccountForWrite(ctx, manager, member.accountId);
      if (member.teamRole === 'AR') {
        throw badInput('id', 'AR_NOT_REMOVABLE');
      }
      await manager.delete(AccountTeamMember, { id: memberId });
      await syncGapTasks(manager, member.accountId);
      await audit({
        action: 'account.team.remove',
        entity: 'AccountTeamMember',
        entityId: memberId,
        before: member,
      });
      return memberId;
    });
  }
}
