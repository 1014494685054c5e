import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Email delivery of notifications: a per-kind choice (on by default) and when each one was emailed. */
export class NotificationEmail1765339200000 implements MigrationInterface {
  name = 'NotificationEmail1765339200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD "email" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP COLUMN "email"`);
  }
}
