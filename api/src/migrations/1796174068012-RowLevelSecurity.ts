import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Defence in depth behind the services' own scoping (DESIGN.md §1): the API runs its SQL as
 * `trident_app`, a role that owns nothing, is not a superuser and cannot bypass row-level
 * security, and every account-scoped table gets policies that read the caller's scope from
 * settings the API sets on each connection it takes from the pool (db/row-security.ts).
 *
 * - `trident.scope` = ALL (FINANCE, ADMIN, BI, system jobs) | TEAMS | NONE (no caller);
 * - `trident.scope_users` = the users whose account teams count (the caller, or a
 *   manager's whole line);
 * - `trident.user_id` = the caller (own claims, own team seats, tasks asked of them).
 *
 * Unset settings mean NONE: a connection used outside a request sees no scoped row.
 * Inserts are not restricted here (a new account has no team yet); reads, updates and
 * deletes are. The audit trail is append-only for the application role.
 */
export const APP_ROLE = 'trident_app';

/** Tables with an `account_id`, and the extra condition that also lets a row through. */
const ACCOUNT_TABLES: Record<string, string | null> = {
  account_team_member: `user_id::text = current_setting('trident.user_id', true)`,
  org_unit: null,
  contact: null,
  influence: null,
  lead: null,
  opportunity: null,
  activity: null,
  account_plan: null,
  contract: null,
  payment_milestone: null,
  renewal: null,
  // An expert from outside the account team sees the task asked of them (task-access.ts).
  task: `assignee_id::text = current_setting('trident.user_id', true)
         OR requester_id::text = current_setting('trident.user_id', true)`,
};

/** Tables without an `account_id`: visible when their parent row is (its policy applies). */
const CHILD_TABLES: Record<string, string> = {
  stage_change: `EXISTS (SELECT 1 FROM opportunity p WHERE p.id = opportunity_id)`,
  payment: `EXISTS (SELECT 1 FROM payment_milestone p WHERE p.id = milestone_id)`,
};

const ALL_SCOPE = `current_setting('trident.scope', true) = 'ALL'`;

function policies(table: string, visible: string): string[] {
  return [
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`,
    `CREATE POLICY ${table}_scope_select ON ${table} FOR SELECT USING (${visible})`,
    `CREATE POLICY ${table}_scope_update ON ${table} FOR UPDATE USING (${visible})`,
    `CREATE POLICY ${table}_scope_delete ON ${table} FOR DELETE USING (${visible})`,
    `CREATE POLICY ${table}_scope_insert ON ${table} FOR INSERT WITH CHECK (true)`,
  ];
}

function scopedTables(): [string, string][] {
  const rows: [string, string][] = [
    // The claimer sees the account they just created, before its team row exists.
    [
      'account',
      `${ALL_SCOPE} OR trident_sees_account(id)
       OR claimed_by_id::text = current_setting('trident.user_id', true)`,
    ],
  ];
  for (const [table, extra] of Object.entries(ACCOUNT_TABLES)) {
    rows.push([
      table,
      `${ALL_SCOPE} OR trident_sees_account(account_id)${extra ? ` OR ${extra}` : ''}`,
    ]);
  }
  for (const [table, parent] of Object.entries(CHILD_TABLES)) {
    rows.push([table, `${ALL_SCOPE} OR ${parent}`]);
  }
  return rows;
}

export class RowLevelSecurity1796174068012 implements MigrationInterface {
  name = 'RowLevelSecurity1796174068012';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Roles belong to the whole server, and test databases migrate side by side.
    await queryRunner.query(`DO $$ BEGIN
        CREATE ROLE ${APP_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // A non-superuser owner (a managed Postgres) must be a member to switch to the role.
    await queryRunner.query(`DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
           AND NOT pg_has_role(current_user, '${APP_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${APP_ROLE} TO %I', current_user);
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE}`,
    );
    await queryRunner.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE}`);
    // Tables created by later migrations (run by this same owner) get the same grants.
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE}`,
    );
    await queryRunner.query(`REVOKE ALL ON typeorm_migration FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${APP_ROLE}`);

    // SECURITY DEFINER: it reads the team table as its owner, so the team table's own
    // policy can use it without recursing into itself.
    await queryRunner.query(`CREATE FUNCTION trident_sees_account(account uuid) RETURNS boolean
      LANGUAGE sql STABLE SECURITY DEFINER AS $$
        SELECT EXISTS (
          SELECT 1 FROM public.account_team_member m
           WHERE m.account_id = account
             AND m.user_id = ANY (
               coalesce(nullif(current_setting('trident.scope_users', true), ''), '{}')::uuid[]))
      $$`);
    await queryRunner.query(`REVOKE ALL ON FUNCTION trident_sees_account(uuid) FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON FUNCTION trident_sees_account(uuid) TO ${APP_ROLE}`);

    for (const [table, visible] of scopedTables()) {
      for (const sql of policies(table, visible)) await queryRunner.query(sql);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of scopedTables()) {
      for (const action of ['select', 'update', 'delete', 'insert']) {
        await queryRunner.query(`DROP POLICY ${table}_scope_${action} ON ${table}`);
      }
      await queryRunner.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION trident_sees_account(uuid)`);
    await queryRunner.query(`GRANT UPDATE, DELETE, TRUNCATE ON audit_event TO ${APP_ROLE}`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM ${APP_ROLE}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM ${APP_ROLE}`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_ROLE}`);
    // The role stays: other databases on the server may still use it.
  }
}
