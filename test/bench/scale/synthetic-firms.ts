/**
 * Synthetic verified firms for `npm run bench:matching:scale`, written straight into the base tables the
 * app owns (organizations, enterprise_profiles with their first version, qualifications) in large
 * multi-row INSERTs (one `unnest` of column arrays per table and batch). Nothing derived is written: the
 * search index and any match feature come from the app's own reindex command afterwards.
 * Deterministic for a seed: the same seed gives the same firms, names, codes and certificates.
 */
import { createHash } from 'node:crypto';
import {
  computeCreditCodeCheckCharacter,
  CREDIT_CODE,
  type QualificationTypeCode,
  type SectorCode,
} from '@mcf/domain';
import type pg from 'pg';
import { SAMPLE_PDF } from '../../support/api-client.js';
import { NAME_PARTS, productCatalogue, REGIONS, SECTOR_CATALOGUE, type CatalogueProduct } from './catalogue.js';

/** mulberry32: small, fast and good enough to make benchmark data reproducible from a 32-bit seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Dice {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T extends { weight: number }>(items: readonly T[]): T {
    const total = items.reduce((sum, item) => sum + item.weight, 0);
    let roll = this.next() * total;
    for (const item of items) {
      roll -= item.weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]!;
  }
  /** `count` distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[Math.floor(this.next() * 4)]!;
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** Every state a certificate can be in that matters to matching, relative to the demands' deadline. */
export type CertificateState =
  | 'VALID'
  | 'EXPIRES_BEFORE_DEADLINE'
  | 'EXPIRED_STILL_APPROVED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REJECTED';

const CERTIFICATE_STATES: { state: CertificateState; weight: number }[] = [
  { state: 'VALID', weight: 62 },
  { state: 'EXPIRES_BEFORE_DEADLINE', weight: 10 },
  { state: 'EXPIRED_STILL_APPROVED', weight: 4 },
  { state: 'EXPIRED', weight: 6 },
  { state: 'PENDING', weight: 12 },
  { state: 'REJECTED', weight: 6 },
];

const DEFENCE_SECTORS: ReadonlySet<SectorCode> = new Set(['ORDNANCE', 'AEROSPACE', 'ELECTRONICS', 'MARINE', 'NEW_MATERIALS']);

const ISSUERS: Record<QualificationTypeCode, string> = {
  GJB9001C: '中国新时代认证中心',
  SECRECY: '国家武器装备科研生产单位保密资格审查认证委员会',
  WEAPONS_PERMIT: '国家国防科技工业局',
  EQUIPMENT_SUPPLIER: '中央军委装备发展部',
  ISO9001: '中国质量认证中心',
  MEDICAL_DEVICE: '省药品监督管理局',
  FOOD_SAFETY: '市场监督管理局',
  HIGH_TECH: '省科学技术厅',
  OTHER: '行业协会',
};

/** How likely a firm of `sector` holds a certificate of each type. */
function certificateOdds(sector: SectorCode): [QualificationTypeCode, number][] {
  const defence = DEFENCE_SECTORS.has(sector);
  return [
    ['ISO9001', 0.6],
    ['GJB9001C', defence ? 0.55 : 0.3],
    ['SECRECY', defence ? 0.35 : 0.15],
    ['EQUIPMENT_SUPPLIER', defence ? 0.35 : 0.2],
    ['WEAPONS_PERMIT', sector === 'ORDNANCE' ? 0.3 : defence ? 0.08 : 0.02],
    ['HIGH_TECH', 0.3],
    ['MEDICAL_DEVICE', sector === 'BIOMEDICINE' ? 0.6 : 0],
    ['FOOD_SAFETY', sector === 'LOGISTICS' ? 0.5 : 0],
  ];
}

export interface SyntheticCertificate {
  type: QualificationTypeCode;
  level: number | null;
  state: CertificateState;
  issuedOn: string;
  expiresOn: string;
}

export interface SyntheticFirm {
  id: string;
  name: string;
  creditCode: string;
  regionCode: string;
  status: 'VERIFIED' | 'PENDING_VERIFICATION' | 'SUSPENDED';
  profile: Record<string, unknown>;
  publishedAt: Date;
  lastConfirmedAt: Date;
  certificates: SyntheticCertificate[];
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const BASE31 = CREDIT_CODE.alphabet;

/** A valid 统一社会信用代码 unique per firm number: its organisation part encodes the number. */
function creditCodeOf(index: number, regionCode: string, salt: number): string {
  let value = (index * 7919 + salt) % 31 ** 6;
  let body = '';
  for (let i = 0; i < 6; i += 1) {
    body = BASE31[value % 31]! + body;
    value = Math.floor(value / 31);
  }
  const first17 = `91${regionCode}MAX${body}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

function cityOf(regionName: string): string {
  return regionName.replace(/^.*?(省|自治区)/u, '').split(/[市县]/u)[0] ?? regionName;
}

const SUMMARY_TEMPLATES: ((f: Record<string, string>) => string)[] = [
  (f) =>
    `${f.name}成立于${f.year}年，位于${f.region}，是一家专业从事${f.products}研发、生产和销售的${f.trade}企业。公司具备${f.capabilities}能力，拥有${f.equipment}等设备，产品广泛应用于${f.uses}等领域。`,
  (f) =>
    `本公司主营${f.products}，现有员工${f.employees}人，其中技术人员占三成以上。依托${f.capabilities}等核心能力，长期为${f.uses}提供配套产品和技术服务，质量体系健全，交付及时。`,
  (f) =>
    `${f.name}地处${f.region}，${f.year}年建厂，主要产品有${f.products}。公司配备${f.equipment}，可承接${f.capabilities}业务，愿为军队和军工单位提供可靠的${f.trade}产品。`,
  (f) =>
    `我们是${f.region}的${f.trade}企业，专注${f.products}二十余个规格型号的设计与制造，擅长${f.capabilities}，服务${f.uses}等用户，可按图纸和技术协议定制。`,
];

/** The product names a firm lists: the catalogue name most often, else one of its variants. */
function listedName(dice: Dice, product: CatalogueProduct): string {
  return product.variants.length > 0 && dice.chance(0.4) ? dice.pick(product.variants) : product.name;
}

export class FirmFactory {
  private readonly dice: Dice;
  readonly products = productCatalogue();
  private readonly bySector = new Map<SectorCode, CatalogueProduct[]>();
  private readonly sectors = Object.keys(SECTOR_CATALOGUE) as SectorCode[];

  constructor(
    readonly seed: number,
    /** The China date the data is made for; certificate expiries are relative to it and the deadline. */
    readonly today: string,
    /** The demands' deadline (certificates expiring before it count as EXPIRES_BEFORE_DEADLINE). */
    readonly deadline: string,
  ) {
    this.dice = new Dice(seededRandom(seed));
    for (const product of this.products) {
      const list = this.bySector.get(product.sector) ?? [];
      list.push(product);
      this.bySector.set(product.sector, list);
    }
  }

  private certificate(type: QualificationTypeCode): SyntheticCertificate {
    const dice = this.dice;
    const { state } = dice.weighted(CERTIFICATE_STATES);
    const level = type === 'SECRECY' ? dice.weighted([{ l: 1, weight: 10 }, { l: 2, weight: 35 }, { l: 3, weight: 55 }]).l : null;
    let expiresOn: string;
    if (state === 'EXPIRES_BEFORE_DEADLINE') {
      const daysToDeadline = Math.round((Date.parse(this.deadline) - Date.parse(this.today)) / 86_400_000);
      expiresOn = addDays(this.today, dice.int(2, Math.max(2, daysToDeadline - 3)));
    } else if (state === 'EXPIRED' || state === 'EXPIRED_STILL_APPROVED') {
      expiresOn = addDays(this.today, -dice.int(1, 700));
    } else {
      expiresOn = addDays(this.deadline, dice.int(30, 1400));
    }
    // Issued about three years before it expires, and never after today.
    const issuedOn = [addDays(expiresOn, -3 * 365), addDays(this.today, -dice.int(10, 400))].sort()[0]!;
    return { type, level, state, issuedOn, expiresOn };
  }

  firm(index: number): SyntheticFirm {
    const dice = this.dice;
    const sector = dice.pick(this.sectors);
    const second = dice.chance(0.25) ? dice.pick(this.sectors.filter((s) => s !== sector)) : null;
    const region = dice.weighted(REGIONS);
    const catalogue = SECTOR_CATALOGUE[sector];
    const own = dice.sample(this.bySector.get(sector)!, dice.int(second ? 1 : 2, second ? 4 : 6));
    const other = second ? dice.sample(this.bySector.get(second)!, dice.int(1, 2)) : [];
    const products = [...own, ...other].map((p) => listedName(dice, p));
    const capabilities = dice.sample(catalogue.capabilities, dice.int(2, 4));
    const equipment = dice.sample(catalogue.equipment, dice.int(1, 4));
    const year = dice.int(1985, 2023);
    const employees = dice.int(12, 2400);
    const tradeWord = dice.chance(0.6) ? catalogue.trade : dice.pick(['科技', '实业', '机械', '电子', '工业', '技术']);
    const name = `${cityOf(region.name)}${dice.pick([...NAME_PARTS.first])}${dice.pick([...NAME_PARTS.second])}${tradeWord}${dice.pick(NAME_PARTS.forms)}`;
    const summary = dice.pick(SUMMARY_TEMPLATES)({
      name,
      year: String(year),
      region: region.name,
      products: products.slice(0, 3).join('、'),
      trade: catalogue.trade,
      capabilities: capabilities.join('、'),
      equipment: equipment.join('、'),
      uses: dice.sample(catalogue.uses, 2).join('、'),
      employees: String(employees),
    });
    const certificates: SyntheticCertificate[] = [];
    for (const [type, odds] of certificateOdds(sector)) {
      if (!dice.chance(odds)) continue;
      certificates.push(this.certificate(type));
      // Some firms hold a renewed certificate beside an older one of the same type.
      if (dice.chance(0.08)) certificates.push(this.certificate(type));
    }
    const status = dice.weighted([
      { s: 'VERIFIED' as const, weight: 90 },
      { s: 'PENDING_VERIFICATION' as const, weight: 6 },
      { s: 'SUSPENDED' as const, weight: 4 },
    ]).s;
    const now = Date.parse(`${this.today}T04:00:00Z`);
    const publishedAt = new Date(now - dice.int(1, 700) * 86_400_000);
    const lastConfirmedAt = new Date(Math.max(publishedAt.getTime(), now - dice.int(0, 420) * 86_400_000));
    const profile = {
      summary,
      sectors: second ? [sector, second] : [sector],
      products,
      capabilities,
      equipment,
      capacity: dice.chance(0.5) ? `年产能约${dice.int(1, 500) * 100}台（套）` : null,
      employees,
      foundedYear: year,
      regionCode: region.code,
      website: null,
      contactName: `${dice.pick([...'王李张刘陈杨黄赵周吴'])}${dice.pick(['经理', '工程师', '主任', '女士', '先生'])}`,
      contactPhone: `0${dice.int(10, 999)}-${dice.int(2_000_000, 89_999_999)}`,
    };
    return {
      id: dice.uuid(),
      name,
      creditCode: creditCodeOf(index, region.code, this.seed % 100_003),
      regionCode: region.code,
      status,
      profile,
      publishedAt,
      lastConfirmedAt,
      certificates,
    };
  }
}

const QUALIFICATION_STATUS: Record<CertificateState, string> = {
  VALID: 'APPROVED',
  EXPIRES_BEFORE_DEADLINE: 'APPROVED',
  // The daily sweep marks lapsed certificates EXPIRED at 01:00; until then they are still APPROVED.
  EXPIRED_STILL_APPROVED: 'APPROVED',
  EXPIRED: 'EXPIRED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED',
};

const SAMPLE_PDF_SHA256 = createHash('sha256').update(SAMPLE_PDF).digest('hex');

/** Writes one batch of firms (organisation, published profile and its version 1, certificates). */
export async function insertFirms(pool: pg.Pool, firms: SyntheticFirm[], adminId: string): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO "organizations" ("id", "kind", "name", "credit_code", "region_code", "status", "status_reason", "status_changed_at", "created_at", "updated_at")
       SELECT t.id, 'ENTERPRISE', t.name, t.code, t.region, t.status,
              CASE WHEN t.status = 'SUSPENDED' THEN '资质材料存疑，暂停使用（基准测试数据）' END,
              CASE WHEN t.status <> 'PENDING_VERIFICATION' THEN t.created END, t.created, t.created
         FROM unnest($1::uuid[], $2::varchar[], $3::char(18)[], $4::char(6)[], $5::varchar[], $6::timestamptz[])
           AS t(id, name, code, region, status, created)`,
      [
        firms.map((f) => f.id),
        firms.map((f) => f.name),
        firms.map((f) => f.creditCode),
        firms.map((f) => f.regionCode),
        firms.map((f) => f.status),
        firms.map((f) => new Date(f.publishedAt.getTime() - 86_400_000)),
      ],
    );
    await client.query(
      `WITH t AS (
         SELECT * FROM unnest($1::uuid[], $2::jsonb[], $3::timestamptz[], $4::timestamptz[]) AS t(id, content, published, confirmed)
       ), profiles AS (
         INSERT INTO "enterprise_profiles" ("organization_id", "draft", "draft_updated_at", "published", "published_version", "published_at", "last_confirmed_at", "created_at", "updated_at")
         SELECT id, content, published, content, 1, published, confirmed, published, confirmed FROM t
       )
       INSERT INTO "enterprise_profile_versions" ("organization_id", "version", "content", "published_by", "published_at")
       SELECT id, 1, content, $5::uuid, published FROM t`,
      [
        firms.map((f) => f.id),
        firms.map((f) => JSON.stringify(f.profile)),
        firms.map((f) => f.publishedAt),
        firms.map((f) => f.lastConfirmedAt),
        adminId,
      ],
    );
    const certificates = firms.flatMap((f) => f.certificates.map((c, n) => ({ firm: f, c, n })));
    await client.query(
      `INSERT INTO "qualifications" ("organization_id", "type", "level", "certificate_no", "issuer", "issued_on", "expires_on",
                                     "status", "status_reason", "decided_by", "decided_at", "file_sha256", "file_kind", "file_size", "file_name")
       SELECT t.org, t.type, t.level, t.no, t.issuer, t.issued, t.expires, t.status,
              CASE WHEN t.status = 'REJECTED' THEN '扫描件与证书信息不符' END,
              CASE WHEN t.status = 'PENDING' THEN NULL ELSE $9::uuid END,
              CASE WHEN t.status = 'PENDING' THEN NULL ELSE LEAST(t.issued::timestamptz + interval '20 days', now()) END,
              $10, 'PDF', $11, 'certificate.pdf'
         FROM unnest($1::uuid[], $2::varchar[], $3::smallint[], $4::varchar[], $5::varchar[], $6::date[], $7::date[], $8::varchar[])
           AS t(org, type, level, no, issuer, issued, expires, status)`,
      [
        certificates.map(({ firm }) => firm.id),
        certificates.map(({ c }) => c.type),
        certificates.map(({ c }) => c.level),
        certificates.map(({ firm, c, n }) => `${c.type}-${firm.creditCode.slice(-8)}-${n + 1}`),
        certificates.map(({ c }) => ISSUERS[c.type]),
        certificates.map(({ c }) => c.issuedOn),
        certificates.map(({ c }) => c.expiresOn),
        certificates.map(({ c }) => QUALIFICATION_STATUS[c.state]),
        adminId,
        SAMPLE_PDF_SHA256,
        SAMPLE_PDF.length,
      ],
    );
    await client.query('COMMIT');
    return certificates.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Generates `count` firms in batches and writes them, generating the next batch while the database
 * writes the previous one (at most two batches in flight).
 */
export async function generateFirms(
  pool: pg.Pool,
  factory: FirmFactory,
  count: number,
  adminId: string,
  onProgress: (done: number) => void = () => undefined,
): Promise<{ firms: number; certificates: number }> {
  const BATCH = 2_000;
  let certificates = 0;
  let done = 0;
  const inFlight = new Set<Promise<void>>();
  for (let start = 0; start < count; start += BATCH) {
    const batch: SyntheticFirm[] = [];
    for (let i = start; i < Math.min(count, start + BATCH); i += 1) batch.push(factory.firm(i));
    const write: Promise<void> = insertFirms(pool, batch, adminId).then((n) => {
      certificates += n;
      done += batch.length;
      onProgress(done);
      inFlight.delete(write);
    });
    inFlight.add(write);
    if (inFlight.size >= 2) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { firms: done, certificates };
}
