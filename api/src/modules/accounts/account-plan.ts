import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { fromJsonRows, jsonObjectSql } from '../../db/json-rows';
import { columnsFor } from '../../graphql/planner/columns';
import { connectionNodeFields } from '../../graphql/planner/requested-fields';
import type { PlannedSelect } from '../../graphql/planner/planned';
import { User } from '../identity/user.entity';

/** The account's relations a list can read in its own statement, and the resolvers' keys. */
export const PLANNED_ACCOUNT_FIELDS = { ownerId: 'ownerId', owner: 'owner' } as const;

/** The account's AR (at most one: `account_team_member_one_ar_key`), as `ownerId` resolves it. */
const AR_OF = (alias: string) =>
  `(SELECT m.user_id FROM account_team_member m WHERE m.account_id = ${alias}.id AND m.team_role = 'AR')`;

/**
 * What a list of accounts (alias `a`) reads with its rows, from the request's selection: the
 * owner (the AR) asked on its nodes is a subquery of the page's statement instead of a team
 * query and a users query after it. Users are a directory every role reads (`userById`), so
 * the owner needs no scope beyond the account's own.
 */
export function planAccountRelations(
  db: DataSource,
  info: GraphQLResolveInfo | undefined,
): PlannedSelect[] {
  if (!info) return [];
  const fields = connectionNodeFields(info, 'Account');
  const selects: PlannedSelect[] = [];
  if (fields.has('ownerId')) {
    selects.push({
      key: PLANNED_ACCOUNT_FIELDS.ownerId,
      sql: AR_OF('a'),
      read: (value) => value ?? null,
    });
  }
  if (fields.has('owner')) {
    const columns = columnsFor(db, User, 'User', fields.get('owner') ?? []);
    selects.push({
      key: PLANNED_ACCOUNT_FIELDS.owner,
      sql: `(SELECT ${jsonObjectSql(db, User, 'pu', columns)} FROM "user" pu WHERE pu.id = ${AR_OF('a')})`,
      read: (value) =>
        value ? fromJsonRows(db, User, [value as Record<string, unknown>])[0]! : null,
    });
  }
  return selects;
}
