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
      if (!user) throw badInput('userId', `no user ${userId}`);
      if (user.status !== 'ACTIVE') throw badInput('userId', `${user.name} has left the company`);
      const repository = manager.getRepository(AccountTeamMember);
      let member: AccountTeamMember;
      try {
        member = await repository.save(repository.create({ accountId, userId, teamRole }));
      } catch (error) {
        const constraint = uniqueViolation(error);
        if (constraint === 'account_team_member_one_ar_key') {
          throw conflict('The account already has an AR: hand the account over instead', {
            field: 'teamRole',
          });
        }
        if (constraint)
          throw conflict(`${user.name} is already on the team as ${teamRole}`, { field: 'userId' });
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
        throw badInput(
          'id',
          'the AR cannot be removed: hand the account over to a successor instead',
        );
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
