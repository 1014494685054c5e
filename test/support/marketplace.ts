/**
 * Builds a marketplace through the public API the normal way: register, verify, profile, publish,
 * certificates with their vetting, demands. Used by the matching tests and `npm run bench:matching`.
 */
import type { DemandMatches, DemandView } from '@mcf/contracts';
import { type ApiClient, DEMO_ADMIN, SAMPLE_PDF, TEST_PASSWORD, uniqueEmail } from './api-client.js';

/** Without demo data, the app makes this administrator at start (the demo admin's credentials). */
export const WITHOUT_DEMO_DATA = {
  DEMO_DATA: 'off',
  BOOTSTRAP_ADMIN_EMAIL: DEMO_ADMIN.email,
  BOOTSTRAP_ADMIN_PASSWORD: DEMO_ADMIN.password,
} as const;

export interface FirmSpec {
  name: string;
  creditCode: string;
  regionCode: string;
  summary: string;
  sectors: string[];
  products: string[];
  capabilities: string[];
  equipment?: string[];
  employees?: number | null;
  qualifications: {
    type: string;
    level: number | null;
    status: 'APPROVED' | 'PENDING' | 'REJECTED' | 'EXPIRED';
    expiresAt: string;
    /** The certificate's name, required for type OTHER (data sets may leave it out). */
    otherName?: string;
  }[];
}

export interface CreatedFirm {
  organizationId: string;
  token: string;
  email: string;
}

async function expectStatus<T>(
  label: string,
  response: Promise<{ status: number; body: T }>,
  ...ok: number[]
): Promise<T> {
  const result = await response;
  if (!ok.includes(result.status))
    throw new Error(`${label}: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

export async function registerNamed(
  api: ApiClient,
  kind: 'ENTERPRISE' | 'PROCURER' | 'INSTITUTE' | 'PARK',
  name: string,
  creditCode: string,
  region: string,
) {
  const email = uniqueEmail(kind.toLowerCase());
  const registered = await expectStatus(
    `register ${name}`,
    api.call<{ organization: { id: string } }>('POST', '/api/v1/auth/register', {
      body: {
        email,
        password: TEST_PASSWORD,
        name: `${name.slice(0, 20)} 联系人`,
        organization: { kind, name, creditCode, region },
      },
    }),
    201,
  );
  const { token } = await api.login(email, TEST_PASSWORD);
  return { organizationId: registered.organization.id, token, email };
}

/** A verified firm with a published profile and its certificates in the given vetting states. */
export async function createFirm(api: ApiClient, adminToken: string, spec: FirmSpec): Promise<CreatedFirm> {
  const firm = await registerNamed(api, 'ENTERPRISE', spec.name, spec.creditCode, spec.regionCode);
  await api.setOrganizationStatus(adminToken, firm.organizationId, 'verify');
  const profile = {
    summary: spec.summary,
    sectors: spec.sectors,
    products: spec.products,
    capabilities: spec.capabilities,
    equipment: spec.equipment ?? [],
    employees: spec.employees ?? null,
    regionCode: spec.regionCode,
  };
  await expectStatus(
    `profile ${spec.name}`,
    api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, {
      token: firm.token,
      body: profile,
    }),
    200,
  );
  await expectStatus(
    `publish ${spec.name}`,
    api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token }),
    200,
  );
  let n = 0;
  for (const q of spec.qualifications) {
    n += 1;
    const expired = q.status === 'EXPIRED' || q.expiresAt < new Date().toISOString().slice(0, 10);
    const issuedAt = expired ? '2020-01-01' : '2024-01-01';
    const fields: Record<string, string> = {
      type: q.type,
      certificateNo: `CERT-${spec.creditCode.slice(-6)}-${n}`,
      issuer: '测试认证机构',
      issuedAt,
      expiresAt: q.expiresAt,
    };
    if (q.level !== null) fields.level = String(q.level);
    if (q.type === 'OTHER') fields.otherName = q.otherName ?? '其他资质证书';
    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, fields, {
      content: SAMPLE_PDF,
      name: `cert-${n}.pdf`,
    });
    if (uploaded.status !== 201)
      throw new Error(`certificate of ${spec.name}: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
    if (q.status === 'APPROVED' || q.status === 'EXPIRED') {
      await expectStatus(
        'approve',
        api.call('POST', `/api/v1/admin/qualifications/${uploaded.body.id}/approve`, { token: adminToken }),
        200,
      );
    } else if (q.status === 'REJECTED') {
      await expectStatus(
        'reject',
        api.call('POST', `/api/v1/admin/qualifications/${uploaded.body.id}/reject`, {
          token: adminToken,
          body: { reason: '扫描件与证书信息不符' },
        }),
        200,
      );
    }
  }
  return firm;
}

export interface DemandSpec {
  title: string;
  description: string;
  sectors: string[];
  requiredQualifications: { type: string; minLevel: number | null }[];
  regionCode?: string | null;
  visibility?: 'PUBLIC' | 'VERIFIED_SUPPLIERS' | 'INVITED';
  deadline?: string;
}

export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Creates and publishes a demand; returns it with the instant publishing was answered. */
export async function publishDemand(
  api: ApiClient,
  procurerToken: string,
  spec: DemandSpec,
): Promise<{ demand: DemandView; publishedAt: number }> {
  const body = {
    title: spec.title,
    description: spec.description,
    sectors: spec.sectors,
    requiredQualifications: spec.requiredQualifications.map((q) => ({ type: q.type, minLevel: q.minLevel })),
    regionCode: spec.regionCode ?? null,
    visibility: spec.visibility ?? 'PUBLIC',
    deadline: spec.deadline ?? daysFromNow(60),
  };
  const draft = await expectStatus(
    `demand ${spec.title}`,
    api.call<DemandView>('POST', '/api/v1/demands', { token: procurerToken, body }),
    201,
  );
  const demand = await expectStatus(
    `publish ${spec.title}`,
    api.call<DemandView>('POST', `/api/v1/demands/${draft.id}/publish`, { token: procurerToken }),
    200,
  );
  return { demand, publishedAt: Date.now() };
}

/** Polls the match list until it is READY for the demand's current version. */
export async function waitForMatches(
  api: ApiClient,
  token: string,
  demandId: string,
  timeoutMs = 60_000,
): Promise<DemandMatches> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const matches = await expectStatus(
      'matches',
      api.call<DemandMatches>('GET', `/api/v1/demands/${demandId}/matches`, { token }),
      200,
    );
    if (matches.status === 'READY') return matches;
    if (Date.now() > deadline) throw new Error(`matching of ${demandId} not ready within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Polls a search until `predicate` holds for its result. */
export async function waitUntil<T>(
  label: string,
  probe: () => Promise<T>,
  predicate: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (predicate(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `${label}: not reached within ${timeoutMs} ms (last: ${JSON.stringify(value).slice(0, 500)})`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}
