import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, uniqueViolation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition, requireMaySeeAccount } from '../accounts/account-scope';
import { AccountPlan, AccountPlanMilestone } from './account-plan.entity';
import type {
  AccountPlanFilter,
  CreateAccountPlanInput,
  PlanMilestoneInput,
  UpdateAccountPlanInput,
} from './dtos/planning.inputs';
import { lockAccountRow } from '../customer-org/customer-org.access';

/** Account plans: the AR (or a manager over the account) writes them, the team reads them. */
export class AccountPlanService {
  constructor(private readonly db: DataSource) {}

  async list(ctx: Caller, filter: AccountPlanFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 'p.account_id');
    const query = this.db
      .getRepository(AccountPlan)
      .createQueryBuilder('p')
      .where(scope.sql, scope.params);
    if (filter.accountId)
      query.andWhere('p.account_id = :accountId', { accountId: filter.accountId });
    if (filter.period) query.andWhere('p.period = :period', { period: filter.period });
    return paginate(
      query,
      [
        { sql: 'p.period', direction: 'DESC', value: (p) => p.period },
        { sql: 'p.account_id', direction: 'ASC', value: (p) => p.accountId, cast: 'uuid' },
      ],
      page,
    );
  }

  async get(ctx: Caller, id: string): Promise<AccountPlan | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 'p.account_id');
    return this.db
      .getRepository(AccountPlan)
      .createQueryBuilder('p')
      .where('p.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  async create(ctx: Caller, input: CreateAccountPlanInput): Promise<AccountPlan> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const account = await lockAccountForWrite(ctx, manager, input.accountId, 'OWNER');
      let plan: AccountPlan;
      try {
        plan = await manager.getRepository(AccountPlan).save(
          manager.getRepository(AccountPlan).create({
            accountId: input.accountId,
            period: input.period,
            intelligenceSummary: input.intelligenceSummary?.trim() || null,
            // The account's potential is the default: the plan keeps its own copy for the period.
            potentialAmount: input.potentialAmount ?? account.potential?.amount ?? null,
            currency: input.currency,
            relationshipStage: input.relationshipStage ?? account.lifecycleStage ?? null,
            strategy: input.strategy?.trim() || null,
            productTargets: input.productTargets ?? [],
            targetAmount: input.targetAmount,
            riskMargin: input.riskMargin ?? 3,
            createdById: ctx.viewer.userId,
          }),
        );
      } catch (error) {
        if (uniqueViolation(error)) {
          throw conflict('PLAN_EXISTS', {
            period: input.period,
            field: 'period',
          });
        }
        throw error;
      }
      if (input.milestones)
        await writeMilestones(manager, plan.id, input.accountId, input.milestones);
      await audit({
        action: 'accountPlan.create',
        entity: 'AccountPlan',
        entityId: plan.id,
        after: { ...plan, milestones: input.milestones },
      });
      return plan;
    });
  }

  async update(
    ctx: Caller,
    id: string,
    input: UpdateAccountPlanInput,
    version: number,
  ): Promise<AccountPlan> {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await lockAccountRow(
        ctx,
        manager,
        AccountPlan,
        'AccountPlan',
        id,
        'id',
        'OWNER',
      );
      assertVersion('AccountPlan', before, version);
      const changes: Partial<AccountPlan> = {};
      if (input.intelligenceSummary !== undefined)
        changes.intelligenceSummary = input.intelligenceSummary?.trim() || null;
      if (input.potentialAmount !== undefined) changes.potentialAmount = input.potentialAmount;
      if (input.relationshipStage !== undefined)
        changes.relationshipStage = input.relationshipStage;
      if (input.strategy !== undefined) changes.strategy = input.strategy?.trim() || null;
      if (input.productTargets !== undefined) changes.productTargets = input.productTargets;
      if (input.targetAmount !== undefined) changes.targetAmount = input.targetAmount;
      if (input.riskMargin !== undefined) changes.riskMargin = input.riskMargin;
      const after = await updateVersioned(
        manager,
        AccountPlan,
        'AccountPlan',
        id,
        version,
        changes,
      );
      if (input.milestones) {
        await manager.delete(AccountPlanMilestone, { planId: id });
        await writeMilestones(manager, id, before.accountId, input.milestones);
      }
      await audit({
        action: 'accountPlan.update',
        entity: 'AccountPlan',
        entityId: id,
        before,
        after: { ...after, milestones: input.milestones },
      });
      return after;
    });
  }
}

async function writeMilestones(
  manager: EntityManager,
  planId: string,
  accountId: string,
  milestones: PlanMilestoneInput[],
) {
  if (!milestones.length) return;
  const owners = [...new Set(milestones.map((m) => m.ownerId))];
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM "user" WHERE id = ANY($1::uuid[]) AND status = 'ACTIVE'`,
    [owners],
  );
  const found = new Set(rows.map((r) => r.id));
  const index = milestones.findIndex((m) => !found.has(m.ownerId));
  if (index >= 0) throw badInput(`milestones.${index}.ownerId`, 'NOT_ACTIVE_USER');
  // A milestone is work on the customer: its owner is someone who may see the account.
  await requireMaySeeAccount(
    manager,
    accountId,
    owners,
    (owner) => `milestones.${milestones.findIndex((m) => m.ownerId === owner)}.ownerId`,
  );
  await manager.insert(
    AccountPlanMilestone,
    milestones.map((m, i) => ({
      planId,
      task: m.task.trim(),
      ownerId: m.ownerId,
      due: m.due,
      floorTarget: m.floorTarget ?? null,
      done: m.done,
      position: i + 1,
    })),
  );
}
