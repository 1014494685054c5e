import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email delivery of notifications: a per-kind choice (on by default) and when each one was emailed;
 * and the index of a procurer's conversation inbox.
 */
export class NotificationEmail1765339200000 implements MigrationInterface {
  name = 'NotificationEmail1765339200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification_preferences" ADD "email" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "emailed_at" TIMESTAMP WITH TIME ZONE`);
    // The inbox of a procurer (GET /me/threads) lists its threads by latest activity.
    await queryRunner.query(`CREATE INDEX "IDX_message_threads_procurer" ON "message_threads" ("procurer_id", "last_message_at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_message_threads_procurer"`);
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "emailed_at"`);
    await queryRunner.query(`ALTER TABLE "notification_preferences" DROP COLUMN "email"`);
  }
}
