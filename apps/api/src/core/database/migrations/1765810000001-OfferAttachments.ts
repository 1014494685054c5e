import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Files attached to technology offers (#15: a brochure, a test report), as demands have theirs. */
export class OfferAttachments1765810000001 implements MigrationInterface {
  name = 'OfferAttachments1765810000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "offer_attachments" (
        "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
        "offer_id" uuid NOT NULL,
        "file_sha256" character(64) NOT NULL,
        "file_kind" character varying(8) NOT NULL,
        "file_size" integer NOT NULL,
        "file_name" character varying(255) NOT NULL,
        "uploaded_by" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_offer_attachments" PRIMARY KEY ("id"),
        CONSTRAINT "FK_offer_attachments_offer" FOREIGN KEY ("offer_id") REFERENCES "technology_offers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_offer_attachments_offer" ON "offer_attachments" ("offer_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "offer_attachments"`);
  }
}
