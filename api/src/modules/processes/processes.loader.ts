import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByKeys } from '../../common/group-by';
import { isUuid } from '../../common/ids';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { ApprovalStep } from './approval-step.entity';
import {
  ProcessRun,
  ProcessRunPlan,
  ProcessRunStep,
  ProcessRunStepChange,
} from './process-run.entity';
import { carryOfSteps, type StepCarry } from './run-gaps';
import { ProcessTemplate } from './process-template.entity';

/** Process relations, one statement per relation per request, scoped to the caller. */
export function createProcessLoaders(db: DataSource, scopeOf: () => Promise<AccountScope>) {
  const ids = (keys: readonly string[]) => keys.filter(isUuid);
  return {
    templateById: new DataLoader<string, ProcessTemplate | null>(async (keys) => {
      const scope = accountScopeCondition(await scopeOf(), 't.account_id');
      const rows = await db
        .getRepository(ProcessTemplate)
        .createQueryBuilder('t')
        .where('t.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(`(t.account_id IS NULL OR ${scope.sql})`, scope.params)
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    runById: new DataLoader<string, ProcessRun | null>(async (keys) => {
      const scope = accountScopeCondition(await scopeOf(), 'r.account_id');
      const rows = await db
        .getRepository(ProcessRun)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .andWhere(scope.sql, scope.params)
        .getMany();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return keys.map((key) => byId.get(key) ?? null);
    }),
    // The ones below are read only through a deal, template, run or step already visible.
    runsBySubjectId: new DataLoader<string, ProcessRun[]>(async (keys) => {
      const rows = await db
        .getRepository(ProcessRun)
        .createQueryBuilder('r')
        .where('r.subject_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('r.started_at')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.subjectId);
    }),
    stepsByTemplateId: new DataLoader<string, ApprovalStep[]>(async (keys) => {
      const rows = await db
        .getRepository(ApprovalStep)
        .createQueryBuilder('s')
        .where('s.template_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('s.position')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.templateId);
    }),
    stepsByRunId: new DataLoader<string, ProcessRunStep[]>(async (keys) => {
      const rows = await db
        .getRepository(ProcessRunStep)
        .createQueryBuilder('s')
        .where('s.run_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('s.position')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.runId);
    }),
    plansByRunId: new DataLoader<string, ProcessRunPlan[]>(async (keys) => {
      const rows = await db
        .getRepository(ProcessRunPlan)
        .createQueryBuilder('p')
        .where('p.run_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('p.at')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.runId);
    }),
    /** Who carries each step and its gaps: one statement for all steps of the request. */
    carryByStepId: new DataLoader<string, StepCarry>(async (keys) => {
      const carry = await carryOfSteps(db.manager, ids(keys));
      return keys.map((key) => carry.get(key) ?? { ownerId: null, gaps: [] });
    }),
    historyByRunStepId: new DataLoader<string, ProcessRunStepChange[]>(async (keys) => {
      const rows = await db
        .getRepository(ProcessRunStepChange)
        .createQueryBuilder('h')
        .where('h.run_step_id = ANY(:ids::uuid[])', { ids: ids(keys) })
        .orderBy('h.at')
        .getMany();
      return groupByKeys(keys, rows, (row) => row.runStepId);
    }),
  };
}
