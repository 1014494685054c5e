import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deep `?page=` pages at 10⁵ rows (issue 13): a list reads its page's ids first (pageIds, a deferred
 * join) from the index of its order, which must then also hold every column the list filters on, so
 * that the rows an OFFSET steps over are index entries, never rows (an index-only scan). The keyset
 * indexes of ScaleReadPaths gain those columns after the id, which keeps their order and `(sort, id)`
 * keyset:
 * - organisations: kind and status (the admin list's filters), in both sorts;
 * - the audit trail: action and target type (the audit screen's filters);
 * - the public record (OCDS): visibility and status; without them, the middle page was a scan and sort of
 *   every demand (120 ms at 10⁵), with them 14 ms;
 * - every demand, newest first (the administrators' moderation list), with its status: a new index, the
 *   list sorted all demands on every page (the middle one 920 ms at 10⁵, 19 ms from the index);
 * - approved certificates by expiry day (the expiries list, a window of days), with the type it filters
 *   on and the organisation it joins for a region: a new partial index; the list joined and sorted
 *   the whole window on every page (90 days at 10⁵: 21,000 certificates, 86 ms to count and 112 ms for
 *   a page, 7 and 2.5 ms from the index).
 * Certificates (status, created_at, id) and a procurer's demands (organization_id, created_at, id) are
 * served as they are.
 */
export class DeepOffsetPages1765830000000 implements MigrationInterface {
  name = 'DeepOffsetPages1765830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organizations_created"`);
    await queryRunner.query(`CREATE INDEX "IDX_organizations_created" ON "organizations" ("created_at", "id", "kind", "status")`);
    await queryRunner.query(`DROP INDEX "IDX_organizations_name"`);
    await queryRunner.query(`CREATE INDEX "IDX_organizations_name" ON "organizations" ("name", "id", "kind", "status")`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_occurred"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_occurred" ON "audit_events" ("occurred_at", "id", "action", "target_type")`);
    await queryRunner.query(`DROP INDEX "IDX_demands_published"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_demands_published" ON "demands" ("published_at", "id", "visibility", "status") WHERE "published_at" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_demands_created" ON "demands" ("created_at", "id", "status")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_qualifications_approved_expiry" ON "qualifications" ("expires_on", "id", "type", "organization_id") WHERE "status" = 'APPROVED'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_qualifications_approved_expiry"`);
    await queryRunner.query(`DROP INDEX "IDX_demands_created"`);
    await queryRunner.query(`DROP INDEX "IDX_demands_published"`);
    await queryRunner.query(`CREATE INDEX "IDX_demands_published" ON "demands" ("published_at", "id") WHERE "published_at" IS NOT NULL`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_occurred"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_occurred" ON "audit_events" ("occurred_at", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_organizations_name"`);
    await queryRunner.query(`CREATE INDEX "IDX_organizations_name" ON "organizations" ("name", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_organizations_created"`);
    await queryRunner.query(`CREATE INDEX "IDX_organizations_created" ON "organizations" ("created_at", "id")`);
  }
}
