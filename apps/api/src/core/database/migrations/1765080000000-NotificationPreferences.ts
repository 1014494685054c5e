import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationPreferences1765080000000 implements MigrationInterface {
  name = 'NotificationPreferences1765080000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notification_preferences" (
        "organization_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "in_app" boolean NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_notification_preferences" PRIMARY KEY ("organization_id", "kind")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_preferences"`);
  }
}
