import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbox rows record domain events (`demand.published` …) in `event_name`, with the event's `key` (its
 * subject), instead of jobs in `job_name` / `dedup_key`.
 *
 * Added beside the old columns rather than renamed: replicas of the previous release keep running
 * during a rolling upgrade and still write `job_name` / `dedup_key`; a trigger copies those into the new
 * columns, and the relay enqueues a row whose name is a job as that job, so nothing they record is lost.
 * (Their relay cannot read the new rows and pauses until they are replaced; the new relay takes every
 * row.) A later release may drop the old columns once no replica writes them.
 */
export class OutboxDomainEvents1765800000000 implements MigrationInterface {
  name = 'OutboxDomainEvents1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "outbox_events" ADD "event_name" character varying(60), ADD "key" character varying(200)`);
    await queryRunner.query(`UPDATE "outbox_events" SET "event_name" = "job_name", "key" = "dedup_key"`);
    await queryRunner.query(`ALTER TABLE "outbox_events" ALTER "event_name" SET NOT NULL, ALTER "key" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_events" ALTER "job_name" DROP NOT NULL, ALTER "dedup_key" DROP NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION "outbox_events_from_jobs"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."event_name" IS NULL THEN
          NEW."event_name" := NEW."job_name";
          NEW."key" := NEW."dedup_key";
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_outbox_events_from_jobs" BEFORE INSERT ON "outbox_events" FOR EACH ROW EXECUTE FUNCTION "outbox_events_from_jobs"()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_outbox_events_from_jobs" ON "outbox_events"`);
    await queryRunner.query(`DROP FUNCTION "outbox_events_from_jobs"()`);
    // Rows recorded as events cannot be read by the previous release's relay: only job rows are kept pending.
    await queryRunner.query(`DELETE FROM "outbox_events" WHERE "job_name" IS NULL AND "dispatched_at" IS NULL`);
    await queryRunner.query(`UPDATE "outbox_events" SET "job_name" = "event_name", "dedup_key" = "key" WHERE "job_name" IS NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_events" ALTER "job_name" SET NOT NULL, ALTER "dedup_key" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "key", DROP COLUMN "event_name"`);
  }
}
