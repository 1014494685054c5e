import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedSearchesAndAlerts1765252800000 implements MigrationInterface {
  name = 'SavedSearchesAndAlerts1765252800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "saved_searches" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "user_id" uuid NOT NULL,
        "kind" character varying(12) NOT NULL,
        "name" character varying(60) NOT NULL,
        "query" jsonb NOT NULL,
        "frequency" character varying(10) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_saved_searches_kind" CHECK ("kind" IN ('DEMANDS', 'ENTERPRISES')),
        CONSTRAINT "CHK_saved_searches_frequency" CHECK ("frequency" IN ('IMMEDIATE', 'DAILY')),
        CONSTRAINT "PK_saved_searches" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_saved_searches_user" ON "saved_searches" ("user_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_saved_searches_kind" ON "saved_searches" ("kind", "id")`);
    await queryRunner.query(`
      CREATE TABLE "alert_items" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "saved_search_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" character varying(12) NOT NULL,
        "item_id" uuid NOT NULL,
        "title" character varying(300) NOT NULL,
        "sectors" character varying(24) array NOT NULL DEFAULT '{}',
        "rank_score" real NOT NULL,
        "demoted" boolean NOT NULL DEFAULT false,
        "notified_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_alert_items" PRIMARY KEY ("id"),
        CONSTRAINT "FK_alert_items_saved_search" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_alert_items_saved_search_item" ON "alert_items" ("saved_search_id", "item_id")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_alert_items_user" ON "alert_items" ("user_id", "created_at")`);
    await queryRunner.query(`
      CREATE TABLE "alert_feedback" (
        "user_id" uuid NOT NULL,
        "kind" character varying(12) NOT NULL,
        "item_id" uuid NOT NULL,
        "relevant" boolean NOT NULL,
        "title" character varying(300) NOT NULL,
        "sectors" character varying(24) array NOT NULL DEFAULT '{}',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_alert_feedback" PRIMARY KEY ("user_id", "kind", "item_id")
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "alert_feedback"`);
    await queryRunner.query(`DROP TABLE "alert_items"`);
    await queryRunner.query(`DROP TABLE "saved_searches"`);
  }
}
