/**
 * Synthetic procurers, demands, responses, awards and audit entries for `npm run bench:scale`, written
 * straight into the base tables by INSERT … SELECT over generate_series inside PostgreSQL: 10⁵ demands
 * take seconds, with no row crossing the wire. The words come from the product catalogue (passed once as
 * arrays); every choice is a hash of the row number and the seed, so the same seed gives the same data.
 * Nothing derived is written: the search index comes from the app's own reindex command afterwards.
 */
import type pg from 'pg';
import type { CatalogueProduct } from './catalogue.js';

const PROCURER_WORDS = ['装备采购站', '研究所物资部', '总体单位采购中心', '军工集团物资公司', '后勤保障处', '研究院采购部'];
const KINDS = ['采购公告', '询价公告', '采购需求公告', '竞争性谈判公告'];
const PLACES = ['湖北省咸宁市咸安区', '湖北省武汉市', '四川省成都市', '陕西省西安市', '北京市海淀区', '辽宁省大连市', '江苏省南京市'];
const QUALIFICATIONS = ['GJB9001C', 'ISO9001', 'SECRECY', 'EQUIPMENT_SUPPLIER', 'HIGH_TECH'];

export interface GeneratedDemands {
  procurers: number;
  demands: number;
  responses: number;
  awards: number;
  auditEvents: number;
}

/**
 * `count` demands over `procurers` verified procurer organisations (Xianning codes), published over
 * the last two years: 70 % open (PUBLISHED), the rest CLOSED, CANCELLED or AWARDED; 15 % for verified
 * suppliers only; a few drafts. About a quarter drew an expression of interest from a firm; every
 * AWARDED demand has its award. One audit entry per organisation (its verification) fills the trail.
 */
export async function generateDemands(
  pool: pg.Pool,
  options: { count: number; procurers: number; seed: number; adminId: string; products: CatalogueProduct[]; deadline: string },
): Promise<GeneratedDemands> {
  const client = await pool.connect();
  const h = (salt: number, expr: string) => `(hashint8(${expr}::bigint * 7919 + ${(options.seed + salt) % 1_000_003})::bigint & 2147483647)`;
  try {
    await client.query('BEGIN');
    // Procurers: credit codes need only be unique here (the app validates them on its own forms only).
    await client.query(
      `INSERT INTO "organizations" ("id", "kind", "name", "credit_code", "region_code", "status", "status_changed_at", "created_at", "updated_at")
       SELECT md5('procurer' || $2 || '-' || g)::uuid, 'PROCURER', '某部' || g || ($3::text[])[1 + ${h(1, 'g')} % cardinality($3::text[])],
              '12' || lpad(g::text, 6, '0') || 'PRC' || lpad((${h(2, 'g')} % 1000000)::text, 6, '0') || 'X', '421202', 'VERIFIED',
              now() - interval '800 days', now() - interval '800 days', now() - interval '800 days'
         FROM generate_series(1, $1::int) g`,
      [options.procurers, options.seed, PROCURER_WORDS],
    );
    const names = options.products.map((p) => p.name);
    const sectors = options.products.map((p) => p.sector);
    // The demand rows: status, visibility and dates from hashes of the row number.
    await client.query(
      `WITH g AS (
         SELECT n, ${h(3, 'n')} % 100 AS s, ${h(4, 'n')} % 100 AS v, 1 + ${h(5, 'n')} % cardinality($3::text[]) AS p,
                1 + ${h(6, 'n')} % $2::int AS buyer, ${h(7, 'n')} % 730 AS age, ${h(8, 'n')} % 200 + 1 AS qty,
                ${h(9, 'n')} % 6 AS req
           FROM generate_series(1, $1::int) n
       )
       INSERT INTO "demands" ("id", "organization_id", "created_by", "status", "version", "title", "description", "sectors",
                              "required_qualifications", "quantity", "budget_max", "delivery_place", "region_code", "deadline", "visibility",
                              "matching_status", "matched_version", "matched_at", "published_at", "closed_at", "created_at", "updated_at")
       SELECT md5('demand' || $7 || '-' || n)::uuid, md5('procurer' || $7 || '-' || buyer)::uuid, $8::uuid,
              CASE WHEN s < 3 THEN 'DRAFT' WHEN s < 73 THEN 'PUBLISHED' WHEN s < 85 THEN 'CLOSED' WHEN s < 90 THEN 'CANCELLED' ELSE 'AWARDED' END,
              CASE WHEN s < 3 THEN 0 ELSE 1 END,
              left('某部' || buyer || ($3::text[])[p] || ($5::text[])[1 + n % cardinality($5::text[])], 100),
              '因科研生产任务需要，拟采购' || ($3::text[])[p] || qty || '套，现邀请符合条件的供应商参与。' || E'\\n' ||
              '一、采购内容：' || ($3::text[])[p] || '，技术指标须满足国家军用标准及技术协议要求，提供出厂检验报告和合格证明文件。' || E'\\n' ||
              '二、交货地点：' || ($6::text[])[1 + n % cardinality($6::text[])] || '，供应商负责运输、安装调试和培训。' || E'\\n' ||
              '三、本公告仅含非密信息，详细技术要求在确认意向后另行提供。',
              ARRAY[($4::text[])[p]]::varchar(24)[],
              CASE WHEN req < 2 THEN '[]'::jsonb ELSE jsonb_build_array(jsonb_build_object('type', ($10::text[])[1 + req % cardinality($10::text[])], 'minLevel', NULL)) END,
              qty || '套', (qty * 10000)::numeric, ($6::text[])[1 + n % cardinality($6::text[])], '421202',
              CASE WHEN s < 73 THEN $9::date ELSE (now() - (age - 30) * interval '1 day')::date END,
              CASE WHEN v < 85 THEN 'PUBLIC' WHEN v < 98 THEN 'VERIFIED_SUPPLIERS' ELSE 'INVITED' END,
              CASE WHEN s < 3 THEN 'PENDING' ELSE 'READY' END, CASE WHEN s < 3 THEN 0 ELSE 1 END,
              CASE WHEN s < 3 THEN NULL ELSE now() - age * interval '1 day' + interval '1 minute' END,
              CASE WHEN s < 3 THEN NULL ELSE now() - age * interval '1 day' END,
              CASE WHEN s >= 73 THEN now() - (age - 30) * interval '1 day' END,
              now() - age * interval '1 day' - interval '1 hour', now() - age * interval '1 hour'
         FROM g`,
      [options.count, options.procurers, names, sectors, KINDS, PLACES, options.seed, options.adminId, options.deadline, QUALIFICATIONS],
    );
    await client.query(
      `INSERT INTO "demand_versions" ("demand_id", "version", "content", "published_by", "published_at")
       SELECT "id", 1, jsonb_build_object('title', "title", 'description', "description", 'sectors', to_jsonb("sectors")), "created_by", "published_at"
         FROM "demands" WHERE "published_at" IS NOT NULL`,
    );
    // Interest from a verified firm on a quarter of the published demands, and on every AWARDED one.
    await client.query(
      `WITH firms AS (
         SELECT array_agg("id" ORDER BY "id") AS ids FROM "organizations" WHERE "kind" = 'ENTERPRISE' AND "status" = 'VERIFIED'
       )
       INSERT INTO "demand_responses" ("id", "demand_id", "organization_id", "created_by", "kind", "status", "proposal", "price", "delivery_days", "created_at", "updated_at")
       SELECT md5('response' || d."id")::uuid, d."id", firms.ids[1 + (hashtext(d."id"::text)::bigint & 2147483647) % cardinality(firms.ids)], $1::uuid, 'INTEREST',
              CASE WHEN d."status" = 'AWARDED' THEN 'AWARDED' ELSE 'SUBMITTED' END, '可按技术协议供货', 90000, 60,
              d."published_at" + interval '20 hours', d."published_at" + interval '20 hours'
         FROM "demands" d CROSS JOIN firms
        WHERE d."published_at" IS NOT NULL AND (d."status" = 'AWARDED' OR (hashtext(d."id"::text || 'r')::bigint & 2147483647) % 4 = 0)`,
      [options.adminId],
    );
    await client.query(
      `INSERT INTO "awards" ("demand_id", "response_id", "organization_id", "price", "awarded_by", "awarded_at")
       SELECT r."demand_id", r."id", r."organization_id", r."price", $1::uuid, d."closed_at"
         FROM "demand_responses" r JOIN "demands" d ON d."id" = r."demand_id"
        WHERE d."status" = 'AWARDED'`,
      [options.adminId],
    );
    // The trail: one verification per organisation, at the time it was decided.
    await client.query(
      `INSERT INTO "audit_events" ("occurred_at", "actor_user_id", "actor_email", "action", "target_type", "target_id", "before", "after")
       SELECT coalesce(o."status_changed_at", o."created_at"), $1::uuid, 'admin@bench.invalid', 'admin.organization.verify', 'organization', o."id"::text,
              '{"status":"PENDING_VERIFICATION"}'::jsonb, jsonb_build_object('status', o."status")
         FROM "organizations" o`,
      [options.adminId],
    );
    await client.query('COMMIT');
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);
    return {
      procurers: options.procurers,
      demands: await count(`SELECT count(*) AS n FROM "demands"`),
      responses: await count(`SELECT count(*) AS n FROM "demand_responses"`),
      awards: await count(`SELECT count(*) AS n FROM "awards"`),
      auditEvents: await count(`SELECT count(*) AS n FROM "audit_events"`),
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
