import type { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { isoTime, paginate } from '../../graphql/pagination/paginate';
import { accountScopeCondition } from '../accounts/account-scope';
import type { EscalationFilterInput, EscalationRuleInput } from './dtos/escalation.inputs';
import { Escalation, EscalationRule } from './escalation.entity';

/** Rules are ADMIN's; escalations are read by whoever sees the account or is targeted. */
export class EscalationRuleService {
  constructor(private readonly db: DataSource) {}

  listRules() {
    return this.db.getRepository(EscalationRule).find({ order: { trigger: 'ASC', name: 'ASC' } });
  }

  async create(ctx: Caller, input: EscalationRuleInput): Promise<EscalationRule> {
    return runMutation(ctx, async ({ manager, audit }) => {
      await validateLevels(manager, input);
      const rule = await manager
        .getRepository(EscalationRule)
        .save(manager.getRepository(EscalationRule).create({ ...input, name: input.name.trim() }));
      await audit({
        action: 'escalationRule.create',
        entity: 'EscalationRule',
        entityId: rule.id,
        after: rule,
      });
      return rule;
    });
  }

  async update(ctx: Caller, id: string, input: EscalationRuleInput, version: number) {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await manager.getRepository(EscalationRule).findOneBy({ id });
      if (!before) throw notFound('EscalationRule', id);
      assertVersion('EscalationRule', before, version);
      await validateLevels(manager, input);
      const after = await updateVersioned(manager, EscalationRule, 'EscalationRule', id, version, {
        ...input,
        name: input.name.trim(),
      });
      await audit({
        action: 'escalationRule.update',
        entity: 'EscalationRule',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  }

  async list(ctx: Caller, filter: EscalationFilterInput = {}, page: PageArgs) {
    return paginate(
      await this.scoped(ctx, filter),
      [
        {
          sql: 'e.created_at',
          direction: 'DESC',
          value: (e) => isoTime(e.createdAt),
          cast: 'timestamptz',
        },
      ],
      page,
    );
  }

  /** How many escalations stand at each level of their chain, counted in SQL over the same rows. */
  async levels(ctx: Caller, filter: EscalationFilterInput = {}) {
    const rows: { level: number; count: string }[] = await (
      await this.scoped(ctx, filter)
    )
      .select('e.level', 'level')
      .addSelect('count(*)', 'count')
      .groupBy('e.level')
      .orderBy('e.level')
      .getRawMany();
    return rows.map((row) => ({ level: Number(row.level), count: Number(row.count) }));
  }

  /** What the caller may see: escalations on their accounts, and those that reached them. */
  private async scoped(ctx: Caller, filter: EscalationFilterInput) {
    const account = accountScopeCondition(await ctx.accountScope(), 'e.account_id');
    const query = this.db
      .getRepository(Escalation)
      .createQueryBuilder('e')
      .where(`(${account.sql} OR e.target_user_id = :me)`, {
        ...account.params,
        me: ctx.viewer.userId,
      });
    if (filter.status) query.andWhere('e.status = :status', { status: filter.status });
    if (filter.ruleId) query.andWhere('e.rule_id = :ruleId', { ruleId: filter.ruleId });
    if (filter.accountId)
      query.andWhere('e.account_id = :accountId', { accountId: filter.accountId });
    if (filter.mine) query.andWhere('e.target_user_id = :me', { me: ctx.viewer.userId });
    if (filter.level) query.andWhere('e.level = :level', { level: filter.level });
    if (filter.objectType)
      query.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.ids) query.andWhere('e.id = ANY(:ids::uuid[])', { ids: filter.ids });
    if (filter.trigger)
      query.andWhere(
        'EXISTS (SELECT 1 FROM escalation_rule r WHERE r.id = e.rule_id AND r.trigger = :trigger)',
        { trigger: filter.trigger },
      );
    return query;
  }
}

async function validateLevels(manager: EntityManager, input: EscalationRuleInput) {
  if (!input.levels.length) throw badInput('levels', 'RULE_NEEDS_LEVEL');
  for (const [i, level] of input.levels.entries()) {
    if (level.target === 'RESOURCE') {
      if (!level.resourceId) throw badInput(`levels.${i}.resourceId`, 'RESOURCE_NAME_REQUIRED');
      const rows: unknown[] = await manager.query('SELECT 1 FROM internal_resource WHERE id = $1', [
        level.resourceId,
      ]);
      if (!rows.length) throw badInput(`levels.${i}.resourceId`, 'NOT_A_RESOURCE');
    } else if (level.resourceId) {
      throw badInput(`levels.${i}.resourceId`, 'RESOURCE_ONLY_ON_RESOURCE_LEVEL');
    }
  }
}
