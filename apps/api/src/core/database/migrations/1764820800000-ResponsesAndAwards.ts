import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponsesAndAwards1764820800000 implements MigrationInterface {
  name = 'ResponsesAndAwards1764820800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "awards" (
                "demand_id" uuid NOT NULL,
                "response_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "price" numeric(15, 2),
                "awarded_by" uuid NOT NULL,
                "awarded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                CONSTRAINT "PK_f559f59d9e0642a6a69e54f7b3e" PRIMARY KEY ("demand_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "demand_invitations" (
                "demand_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "message" character varying(1000) NOT NULL DEFAULT '',
                "invited_by" uuid NOT NULL,
                "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_18d8530e09d4d0da2ad3bb84942" PRIMARY KEY ("demand_id", "organization_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "demand_responses" (
                "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
                "demand_id" uuid NOT NULL,
                "organization_id" uuid NOT NULL,
                "created_by" uuid NOT NULL,
                "kind" character varying(8) NOT NULL,
                "status" character varying(12) NOT NULL,
                "proposal" text,
                "price" numeric(15, 2),
                "delivery_days" integer,
                "reason" character varying(500),
                "status_reason" character varying(500),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_demand_responses_status" CHECK (
                    "status" IN (
                        'SUBMITTED',
                        'DECLINED',
                        'SHORTLISTED',
                        'REJECTED',
                        'WITHDRAWN',
                        'AWARDED',
                        'NOT_AWARDED'
                    )
                ),
                CONSTRAINT "CHK_demand_responses_kind" CHECK ("kind" IN ('INTEREST', 'DECLINE')),
                CONSTRAINT "PK_45f91e77ffbae4a726d8c755cb2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_demand_responses_live" ON "demand_responses" ("demand_id", "organization_id")
            WHERE "status" <> 'WITHDRAWN'
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_demand_responses_organization" ON "demand_responses" ("organization_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_demand_responses_demand" ON "demand_responses" ("demand_id", "created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."IDX_demand_responses_demand"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_demand_responses_organization"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."UQ_demand_responses_live"
        `);
    await queryRunner.query(`
            DROP TABLE "demand_responses"
        `);
    await queryRunner.query(`
            DROP TABLE "demand_invitations"
        `);
    await queryRunner.query(`
            DROP TABLE "awards"
        `);
  }
}
