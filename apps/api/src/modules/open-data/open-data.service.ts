import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { API_PREFIX, type OcdsRelease, type OcdsReleasePackage, type OcdsReleaseQuery, type PublicAwardPage } from '@mcf/contracts';
import { DEMAND_VISIBILITIES, publicRecordAccess } from '@mcf/domain';
import type { DataSource } from 'typeorm';
import { inIdOrder, pageIds } from '../../core/database/keyset.util.js';
import { OpenDataErrors } from './open-data.errors.js';

/**
 * The OCID prefix of this platform. OCDS prefixes are registered with the Open Contracting Partnership;
 * this one is a placeholder of the right form until the operator registers theirs.
 */
export const OCID_PREFIX = 'ocds-xnmcf1';

interface ReleaseRow {
  id: string;
  title: string;
  description: string;
  status: 'PUBLISHED' | 'CLOSED' | 'CANCELLED' | 'AWARDED';
  visibility: 'PUBLIC' | 'VERIFIED_SUPPLIERS';
  version: number;
  budget_max: string | null;
  deadline: string | null;
  published_at: Date;
  /** When the current version was published: a published edit makes a new version. */
  version_published_at: Date | null;
  closed_at: Date | null;
  buyer_id: string;
  buyer_name: string;
  buyer_region: string;
  supplier_id: string | null;
  supplier_name: string | null;
  award_price: string | null;
  awarded_at: Date | null;
  interested: number;
}

const TAGS: Record<ReleaseRow['status'], OcdsRelease['tag']> = {
  PUBLISHED: ['tender'],
  CLOSED: ['tenderUpdate'],
  CANCELLED: ['tenderCancellation'],
  AWARDED: ['award'],
};
/**
 * OCDS `method`: anyone may answer a public demand (open); only suppliers the platform verified may
 * answer a VERIFIED_SUPPLIERS one (selective: only qualified suppliers take part).
 */
const METHOD: Record<ReleaseRow['visibility'], { method: 'open' | 'selective'; details: string }> = {
  PUBLIC: { method: 'open', details: '公开征集' },
  VERIFIED_SUPPLIERS: { method: 'selective', details: '仅限平台认证供应商参与' },
};
const TENDER_STATUS: Record<ReleaseRow['status'], OcdsRelease['tender']['status']> = {
  PUBLISHED: 'active',
  CLOSED: 'complete',
  CANCELLED: 'cancelled',
  AWARDED: 'complete',
};

/** The visibilities of the demands the public record holds: those the visibility rule opens to anyone. */
const OPEN_VISIBILITIES = DEMAND_VISIBILITIES.filter((v) => publicRecordAccess(v) !== 'NONE');

/** When a release's information was recorded: the award, the end, or the publishing of the current version. */
function releaseDate(row: ReleaseRow): Date {
  return row.awarded_at ?? row.closed_at ?? row.version_published_at ?? row.published_at;
}

/** Open data: published demands and awards as OCDS releases, and the public list of awards. */
@Injectable()
export class OpenDataService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One package of the public record, newest first: `after` (keyset, the tender id of the previous
   * page's last release) or `page`. The page's ids come first from IDX_demands_published (which holds
   * the visibility and status filtered on, so a deep page reads index entries only), and only those
   * rows are joined and counted; the total is the counter kept by the database (statistics_counts
   * `public_record`), so no page reads the record before it.
   */
  async releases(query: OcdsReleaseQuery, baseUrl: string): Promise<OcdsReleasePackage> {
    const { page, pageSize, after } = query;
    const { ids, next } = await pageIds(
      this.dataSource
        .createQueryBuilder()
        .from('demands', 'd')
        .where('d.published_at IS NOT NULL')
        .andWhere('d.visibility IN (:...visibilities)', { visibilities: OPEN_VISIBILITIES })
        .andWhere(`d.status IN ('PUBLISHED', 'CLOSED', 'CANCELLED', 'AWARDED')`),
      { alias: 'd', table: 'demands', column: 'published_at', descending: true },
      query,
    );
    // OCDS: a release package holds one or more releases, so there is no empty package to give.
    if (ids.length === 0) throw OpenDataErrors.noReleases();
    const rows: ReleaseRow[] = await this.dataSource.query(
      `SELECT d."id", d."title", d."description", d."status", d."visibility", d."version", d."budget_max", to_char(d."deadline", 'YYYY-MM-DD') AS "deadline",
              d."published_at", d."closed_at", b."id" AS "buyer_id", b."name" AS "buyer_name", b."region_code" AS "buyer_region", s."id" AS "supplier_id", s."name" AS "supplier_name",
              (SELECT v."published_at" FROM "demand_versions" v WHERE v."demand_id" = d."id" AND v."version" = d."version") AS "version_published_at",
              a."price" AS "award_price", a."awarded_at",
              (SELECT count(*)::int FROM "demand_responses" r WHERE r."demand_id" = d."id" AND r."kind" = 'INTEREST' AND r."status" <> 'WITHDRAWN') AS "interested"
         FROM "demands" d
         JOIN "organizations" b ON b."id" = d."organization_id"
         LEFT JOIN "awards" a ON a."demand_id" = d."id"
         LEFT JOIN "organizations" s ON s."id" = a."organization_id"
        WHERE d."id" = ANY($1::uuid[])`,
      [ids],
    );
    const shown = inIdOrder(rows, ids);
    if (shown.length === 0) throw OpenDataErrors.noReleases();
    const [counted] = (await this.dataSource.query(
      `SELECT coalesce(sum("count"), 0)::int AS "total" FROM "statistics_counts" WHERE "dimension" = 'public_record' AND "key" = ANY($1::text[])`,
      [OPEN_VISIBILITIES],
    )) as { total: number }[];
    const self = `${baseUrl}${API_PREFIX}/open-data/ocds/releases`;
    const releases = shown.map((row) => this.release(row));
    // Generated on request: the package is as new as the newest release in it.
    const latest = shown.map(releaseDate).reduce((max, date) => (date > max ? date : max));
    return {
      uri: after ? `${self}?after=${after}&pageSize=${pageSize}` : `${self}?page=${page}&pageSize=${pageSize}`,
      version: '1.1',
      publishedDate: latest.toISOString(),
      publisher: { name: '军民融合供需对接平台', uri: baseUrl },
      license: 'https://creativecommons.org/licenses/by/4.0/',
      publicationPolicy: `${baseUrl}/open-data`,
      releases,
      links: {
        ...(next ? { next: `${self}?after=${next}&pageSize=${pageSize}` } : {}),
        ...(!after && page > 1 ? { prev: `${self}?page=${page - 1}&pageSize=${pageSize}` } : {}),
      },
      total: counted?.total ?? 0,
    };
  }

  private release(row: ReleaseRow): OcdsRelease {
    const ocid = `${OCID_PREFIX}-${row.id}`;
    const details = publicRecordAccess(row.visibility) === 'DETAILS';
    const method = METHOD[row.visibility];
    const revised = row.status === 'PUBLISHED' && row.version > 1;
    // The buyer's own registered region (GB/T 2260), not the demand's place of delivery.
    const parties: OcdsRelease['parties'] = [
      {
        id: row.buyer_id,
        name: row.buyer_name,
        roles: ['buyer', 'procuringEntity'],
        address: { region: row.buyer_region, countryName: '中国' },
      },
    ];
    if (row.supplier_id && row.supplier_name)
      parties.push({ id: row.supplier_id, name: row.supplier_name, roles: ['supplier'] });
    return {
      ocid,
      id: `${row.id}-${row.status.toLowerCase()}-v${row.version}`,
      date: releaseDate(row).toISOString(),
      tag: revised ? ['tenderUpdate'] : TAGS[row.status],
      initiationType: 'tender',
      language: 'zh',
      parties,
      buyer: { id: row.buyer_id, name: row.buyer_name },
      tender: {
        id: row.id,
        title: row.title,
        ...(details && row.description ? { description: row.description } : {}),
        status: TENDER_STATUS[row.status],
        procurementMethod: method.method,
        procurementMethodDetails: method.details,
        ...(details && row.budget_max !== null
          ? { value: { amount: Number(row.budget_max), currency: 'CNY' as const } }
          : {}),
        tenderPeriod: {
          startDate: row.published_at.toISOString(),
          ...(row.deadline ? { endDate: `${row.deadline}T23:59:59+08:00` } : {}),
        },
        numberOfTenderers: row.interested,
      },
      ...(row.supplier_id && row.awarded_at
        ? {
            awards: [
              {
                id: `${row.id}-award`,
                status: 'active' as const,
                date: row.awarded_at.toISOString(),
                ...(details && row.award_price !== null
                  ? { value: { amount: Number(row.award_price), currency: 'CNY' as const } }
                  : {}),
                suppliers: [{ id: row.supplier_id, name: row.supplier_name ?? '' }],
              },
            ],
          }
        : {}),
    };
  }

  async awards(page: number, pageSize: number): Promise<PublicAwardPage> {
    const where = (visibilities: number) =>
      `FROM "awards" a JOIN "demands" d ON d."id" = a."demand_id" JOIN "organizations" b ON b."id" = d."organization_id" JOIN "organizations" s ON s."id" = a."organization_id" WHERE d."visibility" = ANY($${visibilities}::text[])`;
    const rows: {
      demand_id: string;
      title: string;
      buyer: string;
      supplier_id: string;
      supplier_name: string;
      awarded_at: Date;
    }[] = await this.dataSource.query(
      `SELECT a."demand_id", d."title", b."name" AS "buyer", s."id" AS "supplier_id", s."name" AS "supplier_name", a."awarded_at" ${where(3)} ORDER BY a."awarded_at" DESC, a."demand_id" LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize, OPEN_VISIBILITIES],
    );
    const total =
      (
        (await this.dataSource.query(`SELECT count(*)::int AS "total" ${where(1)}`, [OPEN_VISIBILITIES])) as {
          total: number;
        }[]
      )[0]?.total ?? 0;
    return {
      items: rows.map((r) => ({
        demandId: r.demand_id,
        title: r.title,
        buyer: r.buyer,
        supplier: { id: r.supplier_id, name: r.supplier_name },
        awardedAt: r.awarded_at.toISOString(),
      })),
      total,
      page,
      pageSize,
    };
  }
}
