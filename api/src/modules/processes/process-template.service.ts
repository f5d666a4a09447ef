import type { DataSource, EntityManager } from 'typeorm';
import { badInput, forbidden, notFound } from '../../common/app-error';
import { requireUuid } from '../../common/ids';
import { assertVersion, runMutation, updateVersioned } from '../../db/mutation';
import type { Caller } from '../../graphql/caller';
import type { PageArgs } from '../../graphql/pagination/page-args';
import { byName, paginate } from '../../graphql/pagination/paginate';
import { lockAccountForWrite } from '../accounts/account-access';
import { accountScopeCondition } from '../accounts/account-scope';
import { Contact } from '../customer-org/contact.entity';
import { OrgUnit } from '../customer-org/org-unit.entity';
import { hasRole } from '../identity/viewer';
import { approvalPath } from './approval-path';
import { ApprovalStep } from './approval-step.entity';
import { ConditionError, parseCondition, type Deal } from './condition';
import type {
  ApprovalStepInput,
  CreateProcessTemplateInput,
  ProcessTemplateFilter,
  UpdateProcessTemplateInput,
} from './dtos/process.inputs';
import { ProcessTemplate } from './process-template.entity';
import { requireStepOwner } from './step-owner';

export class ProcessTemplateService {
  constructor(private readonly db: DataSource) {}

  /** Templates the caller may see: global ones, and those of accounts in scope. */
  async list(ctx: Caller, filter: ProcessTemplateFilter = {}, page: PageArgs) {
    const scope = accountScopeCondition(await ctx.accountScope(), 't.account_id');
    const query = this.db
      .getRepository(ProcessTemplate)
      .createQueryBuilder('t')
      .where(`(t.account_id IS NULL OR ${scope.sql})`, scope.params);
    const includeGlobal = filter.includeGlobal ?? true;
    if (filter.accountId) {
      query.andWhere(
        includeGlobal
          ? '(t.account_id = :accountId OR t.account_id IS NULL)'
          : 't.account_id = :accountId',
        {
          accountId: filter.accountId,
        },
      );
    } else if (!includeGlobal) {
      query.andWhere('t.account_id IS NOT NULL');
    }
    if (filter.kind) query.andWhere('t.kind = :kind', { kind: filter.kind });
    return paginate(
      query,
      [{ sql: byName('t.name'), direction: 'ASC', value: (t) => t.name }],
      page,
    );
  }

  /** A visible template, or null. */
  get(ctx: Caller, id: string): Promise<ProcessTemplate | null> {
    return ctx.loaders.processes.templateById.load(requireUuid('id', id));
  }

  /**
   * A visible template read inside a mutation, on the transaction's own connection (the
   * request's loaders use the pool: a transaction waiting for a second connection would
   * deadlock a full pool); `lock` holds it until the transaction ends.
   */
  async getInTx(
    ctx: Caller,
    manager: EntityManager,
    id: string,
    lock = false,
  ): Promise<ProcessTemplate | null> {
    requireUuid('id', id);
    const scope = accountScopeCondition(await ctx.accountScope(), 't.account_id');
    const query = manager
      .getRepository(ProcessTemplate)
      .createQueryBuilder('t')
      .where('t.id = :id', { id })
      .andWhere(`(t.account_id IS NULL OR ${scope.sql})`, scope.params);
    if (lock) query.setLock('pessimistic_write');
    return query.getOne();
  }

  steps(templateId: string, manager: EntityManager = this.db.manager): Promise<ApprovalStep[]> {
    return manager
      .getRepository(ApprovalStep)
      .find({ where: { templateId }, order: { position: 'ASC' } });
  }

  async approvalPath(ctx: Caller, processId: string, deal: Deal) {
    // No deal is worth less than nothing: a path for -1 would answer steps no deal can meet.
    if (deal.amount != null && Number(deal.amount) < 0)
      throw badInput('amount', 'AT_LEAST', { min: '0' });
    const template = await this.get(ctx, processId);
    if (!template) throw notFound('ProcessTemplate', processId);
    return { template, ...approvalPath(await this.steps(template.id), deal) };
  }

  async create(ctx: Caller, input: CreateProcessTemplateInput): Promise<ProcessTemplate> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const accountId = input.accountId ?? null;
      await this.checkWriter(ctx, manager, accountId);
      await this.checkSteps(manager, accountId, input.steps);
      const repository = manager.getRepository(ProcessTemplate);
      const template = await repository.save(
        repository.create({
          accountId,
          kind: input.kind,
          name: input.name.trim(),
          description: input.description?.trim() || null,
        }),
      );
      const steps = await this.saveSteps(manager, template.id, input.steps);
      await audit({
        action: 'process_template.create',
        entity: 'ProcessTemplate',
        entityId: template.id,
        after: { ...template, steps },
      });
      return template;
    });
  }

  async update(ctx: Caller, id: string, input: UpdateProcessTemplateInput, version: number) {
    requireUuid('id', id);
    return runMutation(ctx, async ({ manager, audit }) => {
      const before = await this.getInTx(ctx, manager, id, true);
      if (!before) throw notFound('ProcessTemplate', id);
      await this.checkWriter(ctx, manager, before.accountId);
      assertVersion('ProcessTemplate', before, version);
      const beforeSteps = await this.steps(id, manager);
      const changes: Partial<ProcessTemplate> = {};
      if (input.name !== undefined) changes.name = input.name.trim();
      if (input.description !== undefined) changes.description = input.description?.trim() || null;
      const after = await updateVersioned(
        manager,
        ProcessTemplate,
        'ProcessTemplate',
        id,
        version,
        changes,
      );
      let steps = beforeSteps;
      if (input.steps) {
        await this.checkSteps(manager, before.accountId, input.steps);
        await manager.delete(ApprovalStep, { templateId: id });
        steps = await this.saveSteps(manager, id, input.steps);
      }
      await audit({
        action: 'process_template.update',
        entity: 'ProcessTemplate',
        entityId: id,
        before: { ...before, steps: beforeSteps },
        after: { ...after, steps },
      });
      return after;
    });
  }

  /** A global (or another account's) template becomes this account's own, in one step. */
  async copy(ctx: Caller, templateId: string, accountId: string): Promise<ProcessTemplate> {
    return runMutation(ctx, async ({ manager, audit }) => {
      const source = await this.getInTx(ctx, manager, templateId);
      if (!source) throw notFound('ProcessTemplate', templateId);
      await this.checkWriter(ctx, manager, requireUuid('accountId', accountId));
      const sameAccount = source.accountId === accountId;
      const repository = manager.getRepository(ProcessTemplate);
      const copy = await repository.save(
        repository.create({
          accountId,
          kind: source.kind,
          name: source.name,
          description: source.description,
        }),
      );
      const sourceSteps = await this.steps(source.id, manager);
      const steps = await this.saveSteps(
        manager,
        copy.id,
        sourceSteps.map((step) => ({
          ...step,
          // Approvers are people and units of one customer: they do not travel to another.
          approverContactId: sameAccount ? step.approverContactId : null,
          approverOrgUnitId: sameAccount ? step.approverOrgUnitId : null,
        })),
      );
      await audit({
        action: 'process_template.copy',
        entity: 'ProcessTemplate',
        entityId: copy.id,
        after: { ...copy, steps, copiedFrom: source.id },
      });
      return copy;
    });
  }

  /** Global templates: ADMIN. An account's: its AR, a manager over it, or ADMIN. */
  private async checkWriter(ctx: Caller, manager: EntityManager, accountId: string | null) {
    if (accountId === null) {
      if (!hasRole(ctx.viewer, 'ADMIN')) throw forbidden('Only an admin may edit global templates');
      return;
    }
    await lockAccountForWrite(ctx, manager, accountId, 'OWNER');
  }

  private async checkSteps(
    manager: EntityManager,
    accountId: string | null,
    steps: ApprovalStepInput[],
  ) {
    for (const [i, step] of steps.entries()) {
      const field = (name: string) => `steps.${i}.${name}`;
      if (step.condition && step.condition.trim()) {
        try {
          parseCondition(step.condition);
        } catch (error) {
          if (error instanceof ConditionError)
            throw badInput(field('condition'), 'CONDITION_INVALID', {
              detail: error.message,
              problem: error.problem,
              ...error.params,
            });
          throw error;
        }
      }
      // Seed 000: every step has an approver our team can name. A global template is a
      // pattern (its approvers are found per customer); an account's own names them.
      if (accountId && !step.approverContactId && !step.approverOrgUnitId)
        throw badInput(field('approverContactId'), 'APPROVER_REQUIRED');
      if (step.ownerUserId)
        await requireStepOwner(manager, accountId, step.ownerUserId, field('ownerUserId'));
      if (step.approverContactId) {
        const contact = await manager
          .getRepository(Contact)
          .findOneBy({ id: step.approverContactId });
        if (!contact || contact.accountId !== accountId)
          throw badInput(field('approverContactId'), 'NO_SUCH_CONTACT');
      }
      if (step.approverOrgUnitId) {
        const unit = await manager.getRepository(OrgUnit).findOneBy({ id: step.approverOrgUnitId });
        if (!unit || unit.accountId !== accountId)
          throw badInput(field('approverOrgUnitId'), 'NO_SUCH_UNIT');
      }
    }
  }

  private saveSteps(
    manager: EntityManager,
    templateId: string,
    steps: Omit<ApprovalStepInput, never>[],
  ) {
    const repository = manager.getRepository(ApprovalStep);
    return repository.save(
      steps.map((step, i) =>
        repository.create({
          templateId,
          position: i + 1,
          name: step.name.trim(),
          approverContactId: step.approverContactId ?? null,
          approverOrgUnitId: step.approverOrgUnitId ?? null,
          rule: step.rule,
          condition: step.condition?.trim() || null,
          typicalDays: step.typicalDays,
          documentsRequired: step.documentsRequired,
          ownerRole: step.ownerRole ?? null,
          ownerUserId: step.ownerUserId ?? null,
        }),
      ),
    );
  }
}
