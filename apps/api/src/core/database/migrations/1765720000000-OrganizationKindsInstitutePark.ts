import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Universities and research institutes (INSTITUTE) and parks and platforms (PARK) register too. Only the
 * check widens: every stored organisation keeps its kind. Going back refuses while such organisations
 * exist, rather than deleting them.
 */
export class OrganizationKindsInstitutePark1765720000000 implements MigrationInterface {
  name = 'OrganizationKindsInstitutePark1765720000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "CHK_organizations_kind"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organizations" DROP CONSTRAINT "CHK_organizations_kind"`);
    await queryRunner.query(
      `ALTER TABLE "organizations" ADD CONSTRAINT "CHK_organizations_kind" CHECK ("kind" IN ('ENTERPRISE', 'PROCURER'))`,
    );
  }
}
