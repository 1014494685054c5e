import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OrganizationStatus, type ProfileContent, ProfileContentSchema } from '@mcf/contracts';
import type { HeldQualification, QualificationTypeCode } from '@mcf/domain';
import type { DataSource } from 'typeorm';

/** A firm as search and matching see it: organisation, published profile and every certificate. */
export interface EnterpriseSnapshot {
  organizationId: string;
  name: string;
  organizationStatus: OrganizationStatus;
  /** Demo data (DEMO_DATA): shown with a 演示 tag wherever the firm appears. */
  isDemo?: boolean;
  /** The profile's region, else the organisation's registered one. */
  regionCode: string | null;
  profile: ProfileContent | null;
  publishedAt: Date | null;
  lastConfirmedAt: Date | null;
  qualifications: (HeldQualification & { otherName: string | null })[];
}

/** Firms search and matching may see: a published profile of a verified or pending organisation. */
export const isSearchable = (snapshot: EnterpriseSnapshot): boolean =>
  snapshot.profile !== null && ['VERIFIED', 'PENDING_VERIFICATION'].includes(snapshot.organizationStatus);

interface SnapshotRow {
  id: string;
  name: string;
  status: OrganizationStatus;
  is_demo: boolean;
  region_code: string | null;
  published: unknown;
  published_at: Date | null;
  last_confirmed_at: Date | null;
}

/**
 * Reads enterprise snapshots in bulk (plain SQL: two queries for any number of firms): the read model of
 * firms that matching, indexing, responses and vocabulary use (a profile with its organisation and
 * qualifications, never the entities).
 */
@Injectable()
export class EnterpriseSnapshots {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(organizationIds: readonly string[]): Promise<EnterpriseSnapshot[]> {
    if (organizationIds.length === 0) return [];
    const ids = [...new Set(organizationIds)];
    const rows: SnapshotRow[] = await this.dataSource.query(
      `SELECT o."id", o."name", o."status", o."is_demo", o."region_code", p."published", p."published_at", p."last_confirmed_at"
         FROM "organizations" o LEFT JOIN "enterprise_profiles" p ON p."organization_id" = o."id"
        WHERE o."id" = ANY($1::uuid[]) AND o."kind" = 'ENTERPRISE'`,
      [ids],
    );
    const certificates: {
      organization_id: string;
      type: QualificationTypeCode;
      level: number | null;
      status: HeldQualification['status'];
      expires_on: string;
      other_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT "organization_id", "type", "level", "status", to_char("expires_on", 'YYYY-MM-DD') AS "expires_on", "other_name"
           FROM "qualifications" WHERE "organization_id" = ANY($1::uuid[])`,
      [ids],
    );
    const byOrganization = new Map<string, EnterpriseSnapshot['qualifications']>();
    for (const c of certificates) {
      const list = byOrganization.get(c.organization_id) ?? [];
      list.push({
        type: c.type,
        level: c.level,
        status: c.status,
        expiresOn: c.expires_on,
        otherName: c.other_name,
      });
      byOrganization.set(c.organization_id, list);
    }
    return rows.map((row) => {
      const parsed = row.published ? ProfileContentSchema.safeParse(row.published) : null;
      const profile = parsed?.success ? parsed.data : null;
      return {
        organizationId: row.id,
        name: row.name,
        organizationStatus: row.status,
        isDemo: row.is_demo,
        regionCode: profile?.regionCode ?? row.region_code?.trim() ?? null,
        profile,
        publishedAt: row.published_at,
        lastConfirmedAt: row.last_confirmed_at,
        qualifications: byOrganization.get(row.id) ?? [],
      };
    });
  }

  /**
   * Firms whose profile was published at or after `since`, the most recent first, at most `limit` (a range
   * of the published_at index: no profile is read).
   */
  async publishedSince(since: Date, limit: number): Promise<Array<{ organizationId: string; publishedAt: Date }>> {
    const rows: { organization_id: string; published_at: Date }[] = await this.dataSource.query(
      `SELECT "organization_id", "published_at" FROM "enterprise_profiles"
        WHERE "published" IS NOT NULL AND "published_at" >= $1 ORDER BY "published_at" DESC LIMIT ${Number(limit)}`,
      [since],
    );
    return rows.map((r) => ({ organizationId: r.organization_id, publishedAt: r.published_at }));
  }

  /** Every firm with a published profile, in pages (for a full reindex). */
  async publishedIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.dataSource.query(
      `SELECT "organization_id" FROM "enterprise_profiles" WHERE "published" IS NOT NULL AND ($1::uuid IS NULL OR "organization_id" > $1::uuid) ORDER BY "organization_id" LIMIT ${Number(limit)}`,
      [afterId],
    );
    return rows.map((r) => r.organization_id);
  }

  async countPublished(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "n" FROM "enterprise_profiles" WHERE "published" IS NOT NULL`,
    )) as { n: number }[];
    return row?.n ?? 0;
  }
}
