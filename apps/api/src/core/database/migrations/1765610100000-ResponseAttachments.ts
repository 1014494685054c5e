import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files a firm attaches to its response (quotations, drawings), stored by hash like every upload. */
export class ResponseAttachments1765610100000 implements MigrationInterface {
  name = 'ResponseAttachments1765610100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "response_attachments" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "response_id" uuid NOT NULL,
        "file_sha256" character(64) NOT NULL,
        "file_kind" character varying(8) NOT NULL,
        "file_size" integer NOT NULL,
        "file_name" character varying(255) NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_response_attachments" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_response_attachments_response" ON "response_attachments" ("response_id", "created_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "response_attachments"`);
  }
}
