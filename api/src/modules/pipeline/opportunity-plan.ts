import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { fromJsonRows, jsonObjectSql, jsonRowsSql } from '../../db/json-rows';
import { columnsFor } from '../../graphql/planner/columns';
import { connectionNodeFields, onlyArguments } from '../../graphql/planner/requested-fields';
import { plannedKey, type PlannedSelect } from '../../graphql/planner/planned';
import { Account } from '../accounts/account.entity';
import { accountScopeCondition, type AccountScope } from '../accounts/account-scope';
import { Task } from '../execution/task.entity';
import { User } from '../identity/user.entity';
import { Activity } from './activity.entity';

/** The deal's relations a list can read in its own statement, and the field resolvers' keys. */
export const PLANNED_DEAL_FIELDS = {
  account: 'account',
  owner: 'owner',
  nextStep: 'nextStep',
  recentActivities: (first: number) => plannedKey('recentActivities', { first }),
} as const;

/**
 * What a list of deals (alias `o`) reads with its rows, from the request's selection: each
 * relation asked for on its nodes becomes a subquery of the page's statement, with the same
 * rows, order and scope as the relation's loader (which still serves every other path).
 */
export function planDealRelations(
  db: DataSource,
  info: GraphQLResolveInfo | undefined,
  scope: AccountScope,
): PlannedSelect[] {
  if (!info) return [];
  const fields = connectionNodeFields(info, 'Opportunity');
  const one = <T extends object>(entity: new () => T, rowJson: unknown): T | null =>
    rowJson ? fromJsonRows(db, entity, [rowJson as Record<string, unknown>])[0]! : null;
  // Only the columns the fields asked of the relation read (all when a field has a resolver).
  const columns = (entity: new () => object, field: string, typeName: string) =>
    columnsFor(db, entity, typeName, fields.get(field) ?? []);
  const json = (entity: new () => object, alias: string, field: string, typeName: string) =>
    jsonObjectSql(db, entity, alias, columns(entity, field, typeName));
  const selects: PlannedSelect[] = [];
  if (fields.has('account')) {
    // As accountById: only an account the caller may see (the deal's always is).
    const visible = accountScopeCondition(scope, 'pa.id');
    selects.push({
      key: PLANNED_DEAL_FIELDS.account,
      sql: `(SELECT ${json(Account, 'pa', 'account', 'Account')} FROM account pa
              WHERE pa.id = o.account_id AND ${visible.sql})`,
      params: visible.params,
      read: (value) => one(Account, value),
    });
  }
  if (fields.has('owner')) {
    selects.push({
      key: PLANNED_DEAL_FIELDS.owner,
      sql: `(SELECT ${json(User, 'pu', 'owner', 'User')} FROM "user" pu WHERE pu.id = o.owner_id)`,
      read: (value) => one(User, value),
    });
  }
  if (fields.has('nextStep')) {
    // As nextTaskByOpportunityId: the open task due soonest.
    selects.push({
      key: PLANNED_DEAL_FIELDS.nextStep,
      sql: `(SELECT ${json(Task, 'pt', 'nextStep', 'Task')} FROM task pt
              WHERE pt.opportunity_id = o.id AND pt.status NOT IN ('DONE', 'CANCELLED')
              ORDER BY pt.due, pt.id LIMIT 1)`,
      read: (value) => one(Task, value),
    });
  }
  const recent = onlyArguments(fields, 'recentActivities');
  const first = recent?.first;
  // Out of range: not planned, so the field's resolver refuses it as it always has.
  if (typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= 20) {
    selects.push({
      key: PLANNED_DEAL_FIELDS.recentActivities(first),
      sql: `(SELECT ${jsonRowsSql(db, Activity, 'pv', 'pv.occurred_at DESC, pv.id DESC', columns(Activity, 'recentActivities', 'Activity'))}
               FROM (SELECT * FROM activity x WHERE x.opportunity_id = o.id
                      ORDER BY x.occurred_at DESC, x.id DESC LIMIT ${first}) pv)`,
      read: (value) => fromJsonRows(db, Activity, (value ?? []) as Record<string, unknown>[]),
    });
  }
  return selects;
}
