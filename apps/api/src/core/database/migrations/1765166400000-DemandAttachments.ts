import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DemandAttachments1765166400000 implements MigrationInterface {
  name = 'DemandAttachments1765166400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "demand_attachments" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "demand_id" uuid NOT NULL,
        "file_sha256" character(64) NOT NULL,
        "file_kind" character varying(8) NOT NULL,
        "file_size" integer NOT NULL,
        "file_name" character varying(255) NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_demand_attachments" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_demand_attachments_demand" ON "demand_attachments" ("demand_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "demand_attachments"`);
  }
}
