import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read paths that stay fast at 10⁵ firms and demands (issue 13):
 * - keyset indexes `(sort, id)` for the admin lists and the OCDS export (`?after=`), replacing the
 *   one-column ones they extend;
 * - `statistics_counts`: the dashboard's counts (organisations by kind, status and region; published
 *   profiles by sector; certificates by type and status, and approved ones by expiry day; demands published, matched and awarded by
 *   month of publication; the public record (OCDS) by visibility; verified high-tech firms by the last
 *   day they hold a valid certificate, from `high_tech_holders`) kept by triggers in the same transaction as the change, and
 *   `demand_first_interests` (responded, and the median hours to it) — so the dashboard reads a few
 *   hundred counters instead of every profile's JSON and every demand per request.
 */
/**
 * The counters the dashboard reads, per source table: for each statement event, the transition tables
 * it has and the deltas (dimension, key, ±n) its rows make. Keys are what the dashboard groups by.
 */
const MONTH = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;
const COUNTERS: { table: string; name: string; deltas: (rows: string, sign: number) => string }[] = [
  {
    table: 'organizations',
    name: 'organizations',
    deltas: (rows, sign) =>
      `SELECT 'organization', r."kind" || '|' || r."status" || '|' || r."region_code", ${sign} FROM ${rows} r`,
  },
  {
    table: 'enterprise_profiles',
    name: 'profile_sectors',
    deltas: (rows, sign) =>
      `SELECT 'profile_sector', s, ${sign} FROM ${rows} r CROSS JOIN LATERAL "published_profile_sectors"(r."published") s`,
  },
  {
    table: 'qualifications',
    name: 'qualifications',
    deltas: (rows, sign) =>
      `SELECT 'qualification', r."type" || '|' || r."status", ${sign} FROM ${rows} r
       UNION ALL
       SELECT 'approved_expiry', to_char(r."expires_on", 'YYYY-MM-DD') || '|' || r."type", ${sign} FROM ${rows} r WHERE r."status" = 'APPROVED'`,
  },
  {
    table: 'demands',
    name: 'demands',
    deltas: (rows, sign) =>
      `SELECT 'demand_published', ${MONTH('r."published_at"')}, ${sign} FROM ${rows} r WHERE r."published_at" IS NOT NULL
       UNION ALL
       SELECT 'demand_matched', ${MONTH('r."published_at"')}, ${sign} FROM ${rows} r WHERE r."published_at" IS NOT NULL AND r."matching_status" = 'READY'
       UNION ALL
       SELECT 'public_record', r."visibility", ${sign} FROM ${rows} r
        WHERE r."published_at" IS NOT NULL AND r."status" IN ('PUBLISHED', 'CLOSED', 'CANCELLED', 'AWARDED')`,
  },
  {
    table: 'awards',
    name: 'awards',
    deltas: (rows, sign) =>
      `SELECT 'demand_awarded', ${MONTH('d."published_at"')}, ${sign} FROM ${rows} r JOIN "demands" d ON d."id" = r."demand_id" WHERE d."published_at" IS NOT NULL`,
  },
];

export class ScaleReadPaths1765660000000 implements MigrationInterface {
  name = 'ScaleReadPaths1765660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_organizations_created" ON "organizations" ("created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_organizations_name" ON "organizations" ("name", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_occurred_at"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_occurred" ON "audit_events" ("occurred_at", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_qualifications_status_created"`);
    await queryRunner.query(`CREATE INDEX "IDX_qualifications_status_created_id" ON "qualifications" ("status", "created_at", "id")`);
    await queryRunner.query(`DROP INDEX "IDX_demands_organization_created"`);
    await queryRunner.query(`CREATE INDEX "IDX_demands_organization_created_id" ON "demands" ("organization_id", "created_at", "id")`);
    await queryRunner.query(`CREATE INDEX "IDX_demands_published" ON "demands" ("published_at", "id") WHERE "published_at" IS NOT NULL`);

    await queryRunner.query(
      `CREATE TABLE "statistics_counts" ("dimension" character varying(32) NOT NULL, "key" character varying(64) NOT NULL, "count" integer NOT NULL DEFAULT 0, CONSTRAINT "PK_statistics_counts" PRIMARY KEY ("dimension", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "demand_first_interests" ("demand_id" uuid NOT NULL, "month" character(7) NOT NULL, "hours" double precision NOT NULL, CONSTRAINT "PK_demand_first_interests" PRIMARY KEY ("demand_id"))`,
    );
    // The sectors a published profile names, as the dashboard always counted them (an array or nothing).
    await queryRunner.query(`
      CREATE FUNCTION "published_profile_sectors"("published" jsonb) RETURNS SETOF text LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof("published" -> 'sectors') = 'array' THEN "published" -> 'sectors' ELSE '[]'::jsonb END)
      $$`);
    // One upsert per statement, keys in order: two transactions that both change many rows wait for each
    // other instead of deadlocking.
    await queryRunner.query(`
      CREATE FUNCTION "add_statistics_counts"("dimensions" text[], "keys" text[], "deltas" int[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO "statistics_counts" AS c ("dimension", "key", "count")
        SELECT t."dimension", t."key", sum(t."delta")::int FROM unnest("dimensions", "keys", "deltas") AS t("dimension", "key", "delta")
         GROUP BY 1, 2 HAVING sum(t."delta") <> 0 ORDER BY 1, 2
        ON CONFLICT ("dimension", "key") DO UPDATE SET "count" = c."count" + EXCLUDED."count"
      $$`);
    for (const counter of COUNTERS) {
      for (const [event, tables, deltas] of [
        ['INSERT', 'NEW TABLE AS "new_rows"', counter.deltas('"new_rows"', 1)],
        ['DELETE', 'OLD TABLE AS "old_rows"', counter.deltas('"old_rows"', -1)],
        ['UPDATE', 'OLD TABLE AS "old_rows" NEW TABLE AS "new_rows"', `${counter.deltas('"old_rows"', -1)} UNION ALL ${counter.deltas('"new_rows"', 1)}`],
      ] as const) {
        const fn = `"count_${counter.name}_${event.toLowerCase()}"`;
        await queryRunner.query(`
          CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN
            PERFORM "add_statistics_counts"(array_agg(d."dimension"), array_agg(d."key"), array_agg(d."delta"))
               FROM (${deltas}) AS d("dimension", "key", "delta");
            RETURN NULL;
          END
          $$`);
        await queryRunner.query(
          `CREATE TRIGGER "TRG_${counter.table}_counts_${event.toLowerCase()}" AFTER ${event} ON "${counter.table}" REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
    }
    // A demand's first expression of interest: the funnel's "responded" and its median hours.
    await queryRunner.query(`
      CREATE FUNCTION "record_first_interest"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "demand_first_interests" ("demand_id", "month", "hours")
        SELECT d."id", ${MONTH('d."published_at"')}, extract(epoch FROM min(r."created_at") - d."published_at") / 3600
          FROM "new_rows" r JOIN "demands" d ON d."id" = r."demand_id"
         WHERE r."kind" = 'INTEREST' AND d."published_at" IS NOT NULL
         GROUP BY d."id", d."published_at" ORDER BY d."id"
        ON CONFLICT ("demand_id") DO NOTHING;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_demand_responses_first_interest" AFTER INSERT ON "demand_responses" REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "record_first_interest"()`,
    );

    // The high-tech target: per verified firm, the last day one of its approved HIGH_TECH certificates is
    // valid (high_tech_holders), and those days counted (statistics_counts `high_tech_until`); recomputed
    // for one firm whenever its HIGH_TECH certificates or its status change.
    await queryRunner.query(
      `CREATE TABLE "high_tech_holders" ("organization_id" uuid NOT NULL, "valid_until" date NOT NULL, CONSTRAINT "PK_high_tech_holders" PRIMARY KEY ("organization_id"))`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "refresh_high_tech_holder"("org" uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        "before" date;
        "after" date;
      BEGIN
        -- One firm at a time: two transactions approving its certificates queue here.
        PERFORM pg_advisory_xact_lock(hashtext('high_tech_holder:' || "org"::text));
        SELECT h."valid_until" INTO "before" FROM "high_tech_holders" h WHERE h."organization_id" = "org";
        SELECT max(q."expires_on") INTO "after" FROM "qualifications" q JOIN "organizations" o ON o."id" = q."organization_id"
         WHERE q."organization_id" = "org" AND q."type" = 'HIGH_TECH' AND q."status" = 'APPROVED' AND o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED';
        IF "before" IS NOT DISTINCT FROM "after" THEN
          RETURN;
        END IF;
        PERFORM "add_statistics_counts"(
          ARRAY['high_tech_until', 'high_tech_until'],
          ARRAY[to_char("before", 'YYYY-MM-DD'), to_char("after", 'YYYY-MM-DD')],
          ARRAY[CASE WHEN "before" IS NULL THEN 0 ELSE -1 END, CASE WHEN "after" IS NULL THEN 0 ELSE 1 END]);
        IF "after" IS NULL THEN
          DELETE FROM "high_tech_holders" WHERE "organization_id" = "org";
        ELSE
          INSERT INTO "high_tech_holders" ("organization_id", "valid_until") VALUES ("org", "after")
          ON CONFLICT ("organization_id") DO UPDATE SET "valid_until" = EXCLUDED."valid_until";
        END IF;
      END
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION "high_tech_certificate_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD."type" = 'HIGH_TECH' THEN
          PERFORM "refresh_high_tech_holder"(OLD."organization_id");
        END IF;
        IF TG_OP <> 'DELETE' AND NEW."type" = 'HIGH_TECH'
           AND (TG_OP = 'INSERT' OR OLD."type" <> 'HIGH_TECH' OR OLD."organization_id" <> NEW."organization_id") THEN
          PERFORM "refresh_high_tech_holder"(NEW."organization_id");
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_qualifications_high_tech" AFTER INSERT OR UPDATE OR DELETE ON "qualifications" FOR EACH ROW EXECUTE FUNCTION "high_tech_certificate_changed"()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION "high_tech_firm_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM "refresh_high_tech_holder"(NEW."id");
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_organizations_high_tech" AFTER UPDATE OF "status", "kind" ON "organizations" FOR EACH ROW
       WHEN (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."kind" IS DISTINCT FROM NEW."kind") EXECUTE FUNCTION "high_tech_firm_changed"()`,
    );

    // Lock out writers while the counts are taken, so that none is counted twice or missed.
    await queryRunner.query(`LOCK TABLE "organizations", "enterprise_profiles", "qualifications", "demands", "awards", "demand_responses" IN SHARE MODE`);
    for (const counter of COUNTERS)
      await queryRunner.query(
        `INSERT INTO "statistics_counts" ("dimension", "key", "count")
         SELECT d."dimension", d."key", sum(d."delta")::int FROM (${counter.deltas(`"${counter.table}"`, 1)}) AS d("dimension", "key", "delta")
          GROUP BY 1, 2`,
      );
    await queryRunner.query(`
      INSERT INTO "demand_first_interests" ("demand_id", "month", "hours")
      SELECT d."id", ${MONTH('d."published_at"')}, extract(epoch FROM min(r."created_at") - d."published_at") / 3600
        FROM "demand_responses" r JOIN "demands" d ON d."id" = r."demand_id"
       WHERE r."kind" = 'INTEREST' AND d."published_at" IS NOT NULL
       GROUP BY d."id", d."published_at"`);
    await queryRunner.query(`
      INSERT INTO "high_tech_holders" ("organization_id", "valid_until")
      SELECT q."organization_id", max(q."expires_on") FROM "qualifications" q JOIN "organizations" o ON o."id" = q."organization_id"
       WHERE q."type" = 'HIGH_TECH' AND q."status" = 'APPROVED' AND o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED'
       GROUP BY q."organization_id"`);
    await queryRunner.query(`
      INSERT INTO "statistics_counts" ("dimension", "key", "count")
      SELECT 'high_tech_until', to_char("valid_until", 'YYYY-MM-DD'), count(*)::int FROM "high_tech_holders" GROUP BY 2`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_organizations_high_tech" ON "organizations"`);
    await queryRunner.query(`DROP FUNCTION "high_tech_firm_changed"()`);
    await queryRunner.query(`DROP TRIGGER "TRG_qualifications_high_tech" ON "qualifications"`);
    await queryRunner.query(`DROP FUNCTION "high_tech_certificate_changed"()`);
    await queryRunner.query(`DROP FUNCTION "refresh_high_tech_holder"(uuid)`);
    await queryRunner.query(`DROP TABLE "high_tech_holders"`);
    await queryRunner.query(`DROP TRIGGER "TRG_demand_responses_first_interest" ON "demand_responses"`);
    await queryRunner.query(`DROP FUNCTION "record_first_interest"()`);
    for (const counter of COUNTERS)
      for (const event of ['insert', 'update', 'delete']) {
        await queryRunner.query(`DROP TRIGGER "TRG_${counter.table}_counts_${event}" ON "${counter.table}"`);
        await queryRunner.query(`DROP FUNCTION "count_${counter.name}_${event}"()`);
      }
    await queryRunner.query(`DROP FUNCTION "add_statistics_counts"(text[], text[], int[])`);
    await queryRunner.query(`DROP FUNCTION "published_profile_sectors"(jsonb)`);
    await queryRunner.query(`DROP TABLE "demand_first_interests"`);
    await queryRunner.query(`DROP TABLE "statistics_counts"`);
    await queryRunner.query(`DROP INDEX "IDX_demands_published"`);
    await queryRunner.query(`DROP INDEX "IDX_demands_organization_created_id"`);
    await queryRunner.query(`CREATE INDEX "IDX_demands_organization_created" ON "demands" ("organization_id", "created_at")`);
    await queryRunner.query(`DROP INDEX "IDX_qualifications_status_created_id"`);
    await queryRunner.query(`CREATE INDEX "IDX_qualifications_status_created" ON "qualifications" ("status", "created_at")`);
    await queryRunner.query(`DROP INDEX "IDX_audit_events_occurred"`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_events_occurred_at" ON "audit_events" ("occurred_at")`);
    await queryRunner.query(`DROP INDEX "IDX_organizations_name"`);
    await queryRunner.query(`DROP INDEX "IDX_organizations_created"`);
  }
}
