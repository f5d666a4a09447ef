import { likePattern } from '../../common/text';
import type { DataSource, EntityManager, Repository } from 'typeorm';
import { badInput, conflict, notFound, refusal } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { lockVersioned, runMutation, uniqueViolation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { byName, isoTime, paginate, type SortKey } from '../../graphql/pagination/paginate';
import type { CreateUserInput, UpdateUserInput, UserFilter, UserOrder } from './dtos/user.inputs';
import { hashPassword, verifyPassword } from './password';
import { accountScopeCondition } from '../accounts/account-scope';
import { isAboveInLine } from './reporting-line';
import { LoginThrottleService } from './login-throttle';
import { User } from './user.entity';
import { lockTree } from '../../db/tree-lock';

const SORT: Record<UserOrder['field'], Omit<SortKey<User>, 'direction'>> = {
  NAME: { sql: byName('u.name'), value: (u) => u.name },
  EMAIL: { sql: 'u.email', value: (u) => u.email },
  CREATED_AT: { sql: 'u.created_at', value: (u) => isoTime(u.createdAt), cast: 'timestamptz' },
};

export class UserService {
  constructor(
    private readonly db: DataSource,
    private readonly throttle: LoginThrottleService = new LoginThrottleService(db),
  ) {}

  async list(ctx: Caller, filter: UserFilter = {}, orderBy: UserOrder[] = [], page: PageArgs) {
    const query = this.db.getRepository(User).createQueryBuilder('u');
    if (filter.search) {
      query.andWhere('(u.name ILIKE :search OR u.email ILIKE :search)', {
        search: likePattern(filter.search),
      });
    }
    if (filter.role) query.andWhere(':role = ANY(u.roles)', { role: filter.role });
    if (filter.status) query.andWhere('u.status = :status', { status: filter.status });
    if (filter.ids) query.andWhere('u.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.teamOf) {
      query.andWhere(
        `u.id IN (WITH RECURSIVE line(id) AS (
           SELECT :teamOf::uuid UNION SELECT r.id FROM "user" r JOIN line ON r.manager_id = line.id
         ) SELECT id FROM line)`,
        { teamOf: filter.teamOf },
      );
    }
    if (filter.onAccountTeam) {
      // Who sits on a team is the account's data: asked about an account out of sight, none.
      const scope = accountScopeCondition(await ctx.accountScope(), ':onAccountTeam::uuid');
      query.andWhere(
        `u.id IN (SELECT m.user_id FROM account_team_member m
                   WHERE m.account_id = :onAccountTeam::uuid AND ${scope.sql})`,
        { onAccountTeam: filter.onAccountTeam, ...scope.params },
      );
    }
    if (filter.maySeeAccount) {
      // The rule work is handed by (`requireMaySeeAccount`), asked only about an account in sight.
      const scope = accountScopeCondition(await ctx.accountScope(), ':maySeeAccount::uuid');
      query.andWhere(`trident_may_see_account(u.id, :maySeeAccount::uuid) AND ${scope.sql}`, {
        maySeeAccount: filter.maySeeAccount,
        ...scope.params,
      });
    }
    const order = orderBy.length ? orderBy : [{ field: 'NAME', direction: 'ASC' } as UserOrder];
    return paginate(
      query,
      order.map((o) => ({ ...SORT[o.field], direction: o.direction })),
      page,
    );
  }

  async create(ctx: Caller, input: CreateUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.managerId)
        await this.requireUser(manager.getRepository(User), input.managerId, 'managerId');
      const user = manager.getRepository(User).create({
        name: input.name.trim(),
        email: input.email.trim().toLowerCase(),
        passwordHash,
        roles: input.roles,
        managerId: input.managerId ?? null,
      });
      try {
        await manager.getRepository(User).insert(user);
      } catch (error) {
        if (uniqueViolation(error)) throw conflict('EMAIL_TAKEN', { field: 'email' });
        throw error;
      }
      const created = await manager.getRepository(User).findOneByOrFail({ id: user.id });
      await audit({ action: 'user.create', entity: 'User', entityId: created.id, after: created });
      return created;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateUserInput, version: number): Promise<User> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      if (input.managerId !== undefined) await lockTree(manager, 'user.manager');
      const repository = manager.getRepository(User);
      const before = await lockVersioned(manager, User, 'User', id, version);
      const changes: Partial<User> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.roles !== undefined) changes.roles = input.roles;
      if (input.managerId !== undefined) {
        if (input.managerId !== null) {
          await this.requireUser(repository, input.managerId, 'managerId');
          await this.refuseManagerCycle(manager, id, input.managerId);
        }
        changes.managerId = input.managerId;
      }
      if (input.status !== undefined && input.status !== before.status) {
        if (id === ctx.viewer.userId && input.status === 'DEPARTED') {
          throw badInput('status', 'SELF_DEPARTURE');
        }
        changes.status = input.status;
        changes.departedAt = input.status === 'DEPARTED' ? new Date() : null;
      }
      const after = await updateVersioned(manager, User, 'User', id, version, changes);
      await audit({ action: 'user.update', entity: 'User', entityId: id, before, after });
      return after;
    });
  }

  async changePassword(
    ctx: Caller,
    currentPassword: string,
    newPassword: string,
    ip: string | null,
  ): Promise<boolean> {
    if (newPassword.length < 10 || newPassword.length > 200) {
      throw badInput('newPassword', 'LENGTH_BETWEEN', { min: 10, max: 200 });
    }
    const user = await this.db.getRepository(User).findOneByOrFail({ id: ctx.viewer.userId });
    // The current password is a guess like a sign-in's, counted against the same limits (per
    // account and per address) before it is checked: a stolen session must not become an
    // unthrottled way to find the password, nor a way to keep the CPU hashing.
    const attempt = await this.throttle.countAttempt(user.email, ip);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw refusal('UNAUTHENTICATED', 'WRONG_PASSWORD', { field: 'currentPassword' });
    }
    await this.throttle.recordSuccess(attempt);
    const passwordHash = await hashPassword(newPassword);
    await runMutation(ctx, async ({ manager, audit }) => {
      await manager.getRepository(User).update({ id: user.id }, { passwordHash });
      await audit({ action: 'user.change_password', entity: 'User', entityId: user.id });
    });
    return true;
  }

  private async requireUser(repository: Repository<User>, id: string, field: string) {
    if (!(await repository.existsBy({ id }))) throw badInput(field, 'NO_SUCH_USER');
  }

  /** The reporting line must stay a tree: nobody may end up managing themselves. */
  private async refuseManagerCycle(manager: EntityManager, userId: string, managerId: string) {
    if (userId === managerId) throw badInput('managerId', 'USER_MANAGES_SELF');
    if (await isAboveInLine(manager, userId, managerId))
      throw badInput('managerId', 'REPORTING_LOOP');
  }

  async get(id: string): Promise<User> {
    requireUuid('id', id);
    const user = await this.db.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('User', id);
    return user;
  }
}
