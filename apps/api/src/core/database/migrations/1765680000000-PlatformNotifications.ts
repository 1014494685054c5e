import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications to the platform's administrators (#12): a notification is for an organisation or, with
 * audience PLATFORM and no organisation, for every administrator; their preferences are the platform's.
 */
export class PlatformNotifications1765680000000 implements MigrationInterface {
  name = 'PlatformNotifications1765680000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD "audience" character varying(20) NOT NULL DEFAULT 'ORGANIZATION'`,
    );
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "organization_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "CHK_notifications_audience" CHECK (("audience" = 'ORGANIZATION' AND "organization_id" IS NOT NULL) OR ("audience" = 'PLATFORM' AND "organization_id" IS NULL))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notifications_platform_created" ON "notifications" ("created_at") WHERE "audience" = 'PLATFORM'`,
    );
    await queryRunner.query(`
      CREATE TABLE "platform_notification_preferences" (
        "kind" character varying(40) NOT NULL,
        "in_app" boolean NOT NULL,
        "email" boolean NOT NULL DEFAULT true,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_platform_notification_preferences" PRIMARY KEY ("kind")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "platform_notification_preferences"`);
    await queryRunner.query(`DROP INDEX "IDX_notifications_platform_created"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP CONSTRAINT "CHK_notifications_audience"`);
    await queryRunner.query(`DELETE FROM "notifications" WHERE "organization_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" ALTER COLUMN "organization_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "audience"`);
  }
}
