import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Row-level security for files as for their records (RowLevelSecurityHashed): the accounts in
 * the caller's scope, and a task's files also for whoever sees the task (its assignee and
 * requester from outside the team; the task's own policy decides).
 */
const VISIBLE = `(SELECT current_setting('trident.scope', true)) = 'ALL'
  OR account_id IN (SELECT trident_scope_accounts())
  OR (owner_type = 'TASK' AND EXISTS (SELECT 1 FROM task t WHERE t.id = owner_id))`;

export class Attachments1796400018000 implements MigrationInterface {
  name = 'Attachments1796400018000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL, "owner_type" text NOT NULL, "owner_id" uuid NOT NULL, "account_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size" integer NOT NULL, "sha256" text NOT NULL, "storage_key" text NOT NULL, "uploaded_by_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP(3) WITH TIME ZONE, "deleted_by_id" uuid, CONSTRAINT "attachment_deleted_check" CHECK ((deleted_at IS NULL) = (deleted_by_id IS NULL)), CONSTRAINT "attachment_sha256_check" CHECK (sha256 ~ '^[0-9a-f]{64}$'), CONSTRAINT "attachment_size_check" CHECK (size > 0), CONSTRAINT "attachment_owner_type_check" CHECK (owner_type IN ('EVIDENCE_ITEM', 'TASK')), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "attachment_storage_key_key" ON "attachment"  ("storage_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "attachment_owner_idx" ON "attachment"  ("owner_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "attachment_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "attachment_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "attachment_deleted_by_id_fkey" FOREIGN KEY ("deleted_by_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE attachment ENABLE ROW LEVEL SECURITY`);
    for (const action of ['select', 'update', 'delete'])
      await queryRunner.query(
        `CREATE POLICY attachment_scope_${action} ON attachment FOR ${action.toUpperCase()} USING (${VISIBLE})`,
      );
    // The service checks the record before it inserts (as for every table).
    await queryRunner.query(
      `CREATE POLICY attachment_scope_insert ON attachment FOR INSERT WITH CHECK (true)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const action of ['select', 'update', 'delete', 'insert'])
      await queryRunner.query(`DROP POLICY attachment_scope_${action} ON attachment`);
    await queryRunner.query(
      `ALTER TABLE "attachment" DROP CONSTRAINT "attachment_deleted_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" DROP CONSTRAINT "attachment_uploaded_by_id_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" DROP CONSTRAINT "attachment_account_id_fkey"`,
    );
    await queryRunner.query(`DROP INDEX "public"."attachment_owner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."attachment_storage_key_key"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
  }
}
