import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764561600000 implements MigrationInterface {
  name = 'Notifications1764561600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "notifications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "kind" varchar(40) NOT NULL,
        "title_zh" varchar(200) NOT NULL,
        "title_en" varchar(200) NOT NULL,
        "body_zh" text NOT NULL,
        "body_en" text NOT NULL,
        "link" varchar(300),
        "dedup_key" varchar(200) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "read_at" timestamptz,
        CONSTRAINT "PK_notifications" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_notifications_dedup_key" ON "notifications" ("dedup_key")`);
    await queryRunner.query(`CREATE INDEX "IDX_notifications_organization_created" ON "notifications" ("organization_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notifications"`);
  }
}
