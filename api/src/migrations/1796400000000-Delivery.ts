import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Delivery1796400000000 implements MigrationInterface {
  name = 'Delivery1796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "delivery_preference" ("user_id" uuid NOT NULL, "language" text NOT NULL, "topics" jsonb NOT NULL, "escalation_min_level" smallint NOT NULL, "quiet_start" smallint, "quiet_end" smallint, "time_zone" text NOT NULL, "robot_ids" uuid array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delivery_preference_quiet_check" CHECK ((quiet_start IS NULL) = (quiet_end IS NULL) AND quiet_start BETWEEN 0 AND 1439 AND quiet_end BETWEEN 0 AND 1439), CONSTRAINT "delivery_preference_language_check" CHECK (language IN ('ZH', 'EN')), CONSTRAINT "PK_c3fb09095bfe0b2e38564809c56" PRIMARY KEY ("user_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_team_robot" ("account_id" uuid NOT NULL, "robot_id" uuid NOT NULL, "min_level" smallint NOT NULL DEFAULT '1', "language" text NOT NULL DEFAULT 'ZH', "since" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_team_robot_level_check" CHECK (min_level BETWEEN 1 AND 10), CONSTRAINT "account_team_robot_language_check" CHECK (language IN ('ZH', 'EN')), CONSTRAINT "PK_67960ec17ad2dfe195044fc5a14" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "delivery_robot" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "platform" text NOT NULL, "webhook_cipher" text, "webhook_env" text, "secret_cipher" text, "secret_env" text, "webhook_host" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delivery_robot_webhook_check" CHECK ((webhook_cipher IS NULL) <> (webhook_env IS NULL) AND NOT (secret_cipher IS NOT NULL AND secret_env IS NOT NULL)), CONSTRAINT "delivery_robot_platform_check" CHECK (platform IN ('WECOM', 'DINGTALK', 'FEISHU')), CONSTRAINT "PK_ad0cc5a1b8800b761d37d54b771" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "kind" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL, "reason" text, "error" text, "notification_id" uuid, "escalation_id" uuid, "user_id" uuid, "robot_id" uuid, "account_id" uuid, "digest_id" uuid, "subject" text NOT NULL, "attempts" smallint NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "hold_until" TIMESTAMP(3) WITH TIME ZONE, "claimed_at" TIMESTAMP(3) WITH TIME ZONE, "sent_at" TIMESTAMP(3) WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "delivery_key" UNIQUE ("key"), CONSTRAINT "delivery_kind_check" CHECK (kind IN ('MESSAGE', 'DIGEST', 'TEAM')), CONSTRAINT "delivery_status_check" CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED', 'HELD', 'DIGESTED')), CONSTRAINT "delivery_channel_check" CHECK (channel IN ('EMAIL', 'WECOM', 'DINGTALK', 'FEISHU')), CONSTRAINT "PK_ffad7bf84e68716cd9af89003b0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_notification_idx" ON "delivery"  ("notification_id") `,
    );
    await queryRunner.query(`CREATE INDEX "delivery_created_idx" ON "delivery"  ("created_at") `);
    await queryRunner.query(
      `CREATE INDEX "delivery_held_idx" ON "delivery"  ("user_id", "channel", "hold_until") WHERE status = 'HELD'`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_sending_idx" ON "delivery"  ("claimed_at") WHERE status = 'SENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "delivery_pending_idx" ON "delivery"  ("next_attempt_at") WHERE status = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "channel" text NOT NULL, "recipient_user_id" uuid, "account_id" uuid, "address" text NOT NULL, "subject" text NOT NULL, "text" text NOT NULL, "html" text, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "outbox_message_delivery_key" UNIQUE ("delivery_id"), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_created_idx" ON "outbox_message"  ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "outbox_message_recipient_idx" ON "outbox_message"  ("recipient_user_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "dispatched_at" TIMESTAMP(3) WITH TIME ZONE`,
    );
    // Notifications from before delivery existed were seen in the console: never send them now.
    await queryRunner.query(`UPDATE "notification" SET "dispatched_at" = "created_at"`);
    await queryRunner.query(
      `CREATE INDEX "notification_undispatched_idx" ON "notification"  ("created_at") WHERE dispatched_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."notification_undispatched_idx"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "dispatched_at"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_recipient_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_message_created_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_pending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_sending_idx"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_held_idx"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."delivery_notification_idx"`);
    await queryRunner.query(`DROP TABLE "delivery"`);
    await queryRunner.query(`DROP TABLE "delivery_robot"`);
    await queryRunner.query(`DROP TABLE "account_team_robot"`);
    await queryRunner.query(`DROP TABLE "delivery_preference"`);
  }
}
