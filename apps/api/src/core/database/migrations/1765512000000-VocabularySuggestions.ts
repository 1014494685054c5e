import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suggested vocabulary pairs mined from profiles, demands and procurers' choices, waiting for an
 * administrator: one pending row per pair (the partial unique index), occurrences accumulated as evidence;
 * approved rows join the vocabulary (read by every process through the partial index on decided_at).
 */
export class VocabularySuggestions1765512000000 implements MigrationInterface {
  name = 'VocabularySuggestions1765512000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "vocabulary_suggestions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "relation" character varying(16) NOT NULL, "terms" jsonb NOT NULL, "pair_key" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "evidence" jsonb NOT NULL DEFAULT '[]', "evidence_count" integer NOT NULL DEFAULT 0, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_by" uuid, "decided_by_email" character varying(254), "decided_at" TIMESTAMP WITH TIME ZONE, "decision_reason" text, CONSTRAINT "PK_vocabulary_suggestions" PRIMARY KEY ("id"), CONSTRAINT "CHK_vocabulary_suggestions_relation" CHECK ("relation" IN ('equivalent', 'abbreviation', 'broader', 'lookalike')), CONSTRAINT "CHK_vocabulary_suggestions_status" CHECK ("status" IN ('PENDING', 'APPROVED', 'REJECTED')), CONSTRAINT "FK_vocabulary_suggestions_decided_by" FOREIGN KEY ("decided_by") REFERENCES "users"("id") ON DELETE SET NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_vocabulary_suggestions_pending_pair" ON "vocabulary_suggestions" ("pair_key") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_vocabulary_suggestions_pair" ON "vocabulary_suggestions" ("pair_key")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_vocabulary_suggestions_status" ON "vocabulary_suggestions" ("status", "updated_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_vocabulary_suggestions_approved" ON "vocabulary_suggestions" ("decided_at", "id") WHERE "status" = 'APPROVED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "vocabulary_suggestions"`);
  }
}
