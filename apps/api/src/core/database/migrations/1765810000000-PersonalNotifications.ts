import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications to one user as a person (#15, the talent pool): a person is told when an organisation
 * writes to them, though they may belong to no organisation. Audience USER names the user; their choices
 * per kind live in user_notification_preferences (rows only for kinds turned off or back on).
 */
export class PersonalNotifications1765810000000 implements MigrationInterface {
  name = 'PersonalNotifications1765810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" ADD "user_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_audience"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_audience" CHECK (("audience" = 'ORGANIZATION' AND "organization_id" IS NOT NULL AND "user_id" IS NULL) OR ("audience" = 'PLATFORM' AND "organization_id" IS NULL AND "user_id" IS NULL) OR ("audience" = 'USER' AND "organization_id" IS NULL AND "user_id" IS NOT NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_user_created" ON "notifications" ("user_id", "created_at") WHERE "audience" = 'USER'`,
    );
    await queryRunner.query(`
      CREATE TABLE "user_notification_preferences" (
        "user_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "in_app" boolean NOT NULL,
        "email" boolean NOT NULL DEFAULT true,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_user_notification_preferences" PRIMARY KEY ("user_id", "kind"),
        CONSTRAINT "FK_user_notification_preferences_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_notification_preferences"`);
    await queryRunner.query(`DROP INDEX "IDX_notifications_user_created"`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "audience" = 'USER'`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_audience"`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_audience" CHECK (("audience" = 'ORGANIZATION' AND "organization_id" IS NOT NULL) OR ("audience" = 'PLATFORM' AND "organization_id" IS NULL))`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_notifications_user"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "user_id"`);
  }
}
