import type { ImportRun, OrganizationAdminPage } from '@mcf/contracts';
import {
  type ApiClient,
  type ApiResponse,
  newCreditCode,
  SAMPLE_PDF,
  TEST_PASSWORD,
  uniqueEmail,
} from './api-client.js';

/**
 * A firm as a bulk import leaves it: an organisation without any member, which its firm may claim.
 * Imported through the real import (CSV, run in the background) and waited for.
 */
export async function importClaimableFirm(
  api: ApiClient,
  adminToken: string,
  name = `认领测试单位${Date.now().toString(36)}`,
): Promise<{ organizationId: string; creditCode: string; name: string }> {
  const creditCode = newCreditCode();
  const csv = `机构名称,统一社会信用代码,所在地区,领域,简介,产品\n${name},${creditCode},咸安区,新材料,复合材料构件研发制造,碳纤维构件\n`;
  const run = await api.postFile<ImportRun>(
    '/api/v1/admin/imports?dryRun=false',
    adminToken,
    new TextEncoder().encode(csv),
    'claimable.csv',
  );
  if (run.status !== 202 && run.status !== 200)
    throw new Error(`import: ${run.status} ${JSON.stringify(run.body)}`);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const current = await api.call<ImportRun>('GET', `/api/v1/admin/imports/${run.body.id}`, {
      token: adminToken,
    });
    if (current.body.status === 'DONE') break;
    if (current.body.status === 'FAILED' || Date.now() > deadline)
      throw new Error(`import ${run.body.id}: ${JSON.stringify(current.body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const found = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?q=${creditCode}`, {
    token: adminToken,
  });
  const organization = found.body.items[0];
  if (!organization) throw new Error(`imported firm ${creditCode} not found`);
  return { organizationId: organization.id, creditCode, name };
}

// A type, not an interface: fileClaim takes it as a record of form fields.
export type ClaimForm = {
  creditCode: string;
  name: string;
  email: string;
  password: string;
};

export function claimForm(creditCode: string, overrides: Partial<ClaimForm> = {}): ClaimForm {
  return { creditCode, name: '李经理', email: uniqueEmail('claim'), password: TEST_PASSWORD, ...overrides };
}

/** `POST /api/v1/auth/claims` as the registration page sends it: the fields and the licence scan, multipart. */
export async function fileClaim<T = { id: string; status: string }>(
  api: ApiClient,
  fields: Partial<ClaimForm> & Record<string, string>,
  licence: { content: Uint8Array; name: string; type?: string } | null = {
    content: SAMPLE_PDF,
    name: '营业执照.pdf',
  },
  options: { ip?: string; token?: string } = {},
): Promise<ApiResponse<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  if (licence)
    form.append(
      'licence',
      new Blob([licence.content as Uint8Array<ArrayBuffer>], { type: licence.type ?? 'application/pdf' }),
      licence.name,
    );
  const headers: Record<string, string> = {};
  if (options.ip) headers['X-Forwarded-For'] = options.ip;
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const response = await fetch(`${api.baseUrl}/api/v1/auth/claims`, { method: 'POST', headers, body: form });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: response.status, body: body as T, headers: response.headers };
}
