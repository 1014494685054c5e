import { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1764907200000 implements MigrationInterface {
  name = 'Conversations1764907200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "demand_clarifications" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "demand_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "asked_by" uuid NOT NULL,
                "question" text NOT NULL,
                "answer" text,
                "answered_by" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_demand_clarifications_answered" CHECK (("answer" IS NULL) = ("answered_at" IS NULL)),
                CONSTRAINT "PK_f24bead128fb6d1aca71dbecb57" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_demand_clarifications_demand" ON "demand_clarifications" ("demand_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "message_threads" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "demand_id" uuid NOT NULL,
                "procurer_id" uuid NOT NULL,
                "enterprise_id" uuid NOT NULL,
                "started_by_organization_id" uuid NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_message_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_257a191f664b9470b5d94f98264" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_message_threads_enterprise" ON "message_threads" ("enterprise_id", "last_message_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_message_threads_demand_enterprise" ON "message_threads" ("demand_id", "enterprise_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "thread_messages" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "thread_id" uuid NOT NULL,
                "sender_organization_id" uuid NOT NULL,
                "sender_user_id" uuid NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "attachment_sha256" character(64),
                "attachment_kind" character varying(8),
                "attachment_size" integer,
                "attachment_name" character varying(255),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CHK_thread_messages_attachment" CHECK (
                    ("attachment_sha256" IS NULL) = ("attachment_kind" IS NULL)
                    AND ("attachment_sha256" IS NULL) = ("attachment_size" IS NULL)
                    AND ("attachment_sha256" IS NULL) = ("attachment_name" IS NULL)
                ),
                CONSTRAINT "CHK_thread_messages_attachment_kind" CHECK ("attachment_kind" IN ('PDF', 'PNG', 'JPEG')),
                CONSTRAINT "PK_362f852009f5fceefddab0fbe81" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_thread_messages_thread_created" ON "thread_messages" ("thread_id", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_thread_messages_thread_created"
        `);
    await queryRunner.query(`
            DROP TABLE "thread_messages"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_message_threads_demand_enterprise"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_message_threads_enterprise"
        `);
    await queryRunner.query(`
            DROP TABLE "message_threads"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_demand_clarifications_demand"
        `);
    await queryRunner.query(`
            DROP TABLE "demand_clarifications"
        `);
  }
}
