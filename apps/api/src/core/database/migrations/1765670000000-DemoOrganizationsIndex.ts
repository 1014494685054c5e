import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Demo organisations, few among 10⁵, found by a partial index: the plan's targets subtract what they add. */
export class DemoOrganizationsIndex1765670000000 implements MigrationInterface {
  name = 'DemoOrganizationsIndex1765670000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_organizations_demo" ON "organizations" ("id") WHERE "is_demo"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organizations_demo"`);
  }
}
