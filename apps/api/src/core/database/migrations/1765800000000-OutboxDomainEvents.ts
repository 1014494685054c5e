import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows record domain events (`demand.published` …) instead of jobs: `job_name` becomes
 * `event_name` and `dedup_key` the event's `key` (its subject). Rows still pending name a job; the relay
 * enqueues such a row as that job, so nothing recorded before the upgrade is lost.
 */
export class OutboxDomainEvents1765800000000 implements MigrationInterface {
  name = 'OutboxDomainEvents1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_events" RENAME COLUMN "job_name" TO "event_name"`);
    await queryRunner.query(`ALTER TABLE "outbox_events" RENAME COLUMN "dedup_key" TO "key"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_events" RENAME COLUMN "key" TO "dedup_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_events" RENAME COLUMN "event_name" TO "job_name"`);
  }
}
