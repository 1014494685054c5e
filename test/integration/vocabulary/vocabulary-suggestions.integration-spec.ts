/**
 * The platform learning its vocabulary from its own data, against real PostgreSQL, Redis and Meilisearch:
 * a published profile writing "直接数字频率合成器（DDS）" produces a suggestion; before approval a demand
 * asking only for "DDS" finds, neither in search nor in its matches, a firm that writes only
 * "直接数字频率合成器"; once an administrator approves the pair, the same running app finds it in both
 * (synonyms updated, features rebuilt, the demand matched again). Contradictions are refused by name,
 * decisions audited, rejections need a reason.
 */
import type {
  AuditEventPage,
  DemandMatches,
  EnterpriseSearchResult,
  VocabularySuggestionPage,
  VocabularySuggestionView,
} from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  publishDemand,
  registerNamed,
  waitForMatches,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');

let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
let writesBoth: CreatedFirm;
let writesFullName: CreatedFirm;

const FULL_NAME_ONLY = '咸宁逻辑阵列器件有限公司';

async function suggestions(status?: string): Promise<VocabularySuggestionPage> {
  const query = status ? `?status=${status}&pageSize=100` : '?pageSize=100';
  const page = await api.call<VocabularySuggestionPage>('GET', `/api/v1/admin/vocabulary/suggestions${query}`, {
    token: admin,
  });
  expect(page.status).toBe(200);
  return page.body;
}

const hasTerms = (s: VocabularySuggestionView, a: string, b: string) =>
  s.terms.join('|').toLowerCase() === `${a}|${b}`.toLowerCase();

async function searchNames(q: string): Promise<string[]> {
  const result = await api.call<EnterpriseSearchResult>(
    'GET',
    `/api/v1/search/enterprises?q=${encodeURIComponent(q)}&pageSize=50`,
    { token: procurer.token },
  );
  expect(result.status).toBe(200);
  return result.body.items.map((item) => item.name);
}

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  writesBoth = await createFirm(api, admin, {
    name: '咸宁芯算电子科技有限公司',
    creditCode: newCreditCode(),
    regionCode: '421202',
    summary: '可编程器件开发与板卡设计。',
    sectors: ['ELECTRONICS'],
    products: ['直接数字频率合成器（DDS）', '红外搜索跟踪系统（IRST）'],
    capabilities: ['硬件描述语言开发（含验证环境1套）'],
    qualifications: [],
  });
  writesFullName = await createFirm(api, admin, {
    name: FULL_NAME_ONLY,
    creditCode: newCreditCode(),
    regionCode: '421221',
    summary: '国产直接数字频率合成器研制。',
    sectors: ['ELECTRONICS'],
    products: ['直接数字频率合成器'],
    capabilities: [],
    qualifications: [],
  });
  procurer = await registerNamed(api, 'PROCURER', '某研究所器件采购办', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('vocabulary suggestions', () => {
  let dds: VocabularySuggestionView;
  let sar: VocabularySuggestionView;
  let demandId: string;

  it('turns "X（Y）" in a published profile into a pending suggestion with its evidence, and notes nothing from an inventory', async () => {
    const pending = await waitUntil(
      'suggestions mined',
      () => suggestions('PENDING'),
      (page) => page.items.some((s) => hasTerms(s, '直接数字频率合成器', 'DDS')) && page.items.some((s) => hasTerms(s, '红外搜索跟踪系统', 'IRST')),
    );
    dds = pending.items.find((s) => hasTerms(s, '直接数字频率合成器', 'DDS'))!;
    sar = pending.items.find((s) => hasTerms(s, '红外搜索跟踪系统', 'IRST'))!;
    expect(dds).toMatchObject({ relation: 'abbreviation', status: 'PENDING', evidenceCount: 1, decidedBy: null });
    expect(dds.evidence[0]).toMatchObject({ sourceKind: 'PROFILE', sourceId: writesBoth.organizationId });
    expect(dds.evidence[0]!.snippet).toContain('直接数字频率合成器(DDS)');
    expect(pending.items.some((s) => s.terms.some((t) => t.includes('验证环境')))).toBe(false);
    expect(pending.items.every((s) => s.status === 'PENDING')).toBe(true);
  });

  it('before approval, a demand naming only "DDS" finds the firm that writes the full name neither in search nor in its matches', async () => {
    // Both firms are in the index (the full name finds them), so what "DDS" misses is the vocabulary's doing.
    await waitUntil(
      'both firms indexed',
      () => searchNames('直接数字频率合成器'),
      (names) => names.includes(FULL_NAME_ONLY) && names.includes('咸宁芯算电子科技有限公司'),
    );
    const before = await searchNames('DDS');
    expect(before).toContain('咸宁芯算电子科技有限公司');
    expect(before).not.toContain(FULL_NAME_ONLY);
    const { demand } = await publishDemand(api, procurer.token, {
      title: 'DDS采购',
      description: '采购DDS若干片，到货后统一验收入库。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
    });
    demandId = demand.id;
    const matches = await waitForMatches(api, procurer.token, demandId);
    const listed = matches.items.filter((m) => !m.weak).map((m) => m.enterprise.id);
    expect(listed).toContain(writesBoth.organizationId);
    expect(listed).not.toContain(writesFullName.organizationId);
  });

  it('adds a procurer inviting a firm matching did not list as evidence to the same pending pair', async () => {
    const invited = await api.call('POST', `/api/v1/demands/${demandId}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: writesFullName.organizationId, message: '' },
    });
    expect(invited.status).toBe(201);
    const pending = await waitUntil(
      'invitation mined',
      () => suggestions('PENDING'),
      (page) => page.items.some((s) => s.id === dds.id && s.evidenceCount === 2),
    );
    const same = pending.items.find((s) => s.id === dds.id)!;
    expect(same.evidence[0]).toMatchObject({ sourceKind: 'INVITATION', sourceId: demandId });
    expect(same.evidence[0]!.snippet).toBe('invited though not listed: 「DDS采购」');
    expect(same.evidence[1]).toMatchObject({ sourceKind: 'PROFILE' });
  });

  it('refuses an approval that contradicts the vocabulary, naming the terms in Chinese and English', async () => {
    const refused = await api.call<{ code: string; errors: { field: string; message: string; messageZh: string }[] }>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${sar.id}/approve`,
      { token: admin, body: { relation: 'equivalent', terms: ['无人机', '无人机反制'] } },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('VOCABULARY_CONFLICT');
    expect(refused.body.errors[0]!.field).toBe('terms');
    expect(refused.body.errors[0]!.message).toMatch(/无人机反制/u);
    expect(refused.body.errors[0]!.messageZh).toMatch(/「无人机」与「无人机反制」/u);

    const already = await api.call<{ code: string }>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${sar.id}/approve`,
      { token: admin, body: { relation: 'equivalent', terms: ['不间断电源', 'UPS电源'] } },
    );
    expect(already.status).toBe(409);

    const same = await api.call<{ code: string }>('POST', `/api/v1/admin/vocabulary/suggestions/${sar.id}/approve`, {
      token: admin,
      body: { terms: ['ＤＤＳ', 'dds'] },
    });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('SAME_TERMS');
  });

  it('needs a reason to reject, then keeps the rejection with who decided', async () => {
    const noReason = await api.call<{ errors: { field: string }[] }>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${sar.id}/reject`,
      { token: admin, body: {} },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors.map((e) => e.field)).toContain('reason');
    const rejected = await api.call<VocabularySuggestionView>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${sar.id}/reject`,
      { token: admin, body: { reason: '测试：留待人工整理' } },
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', decisionReason: '测试：留待人工整理' });
    expect(rejected.body.decidedBy).toBeTruthy();
    expect((await suggestions('REJECTED')).items.map((s) => s.id)).toContain(sar.id);
  });

  it('after approval, without a restart, search and the demand’s matches find the firm that writes only the full name', async () => {
    const approved = await api.call<VocabularySuggestionView>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${dds.id}/approve`,
      { token: admin, body: { reason: 'DDS 是直接数字频率合成器的通用缩写' } },
    );
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', relation: 'abbreviation' });

    // Synonyms are applied before the approval answers.
    expect(await searchNames('DDS')).toContain(FULL_NAME_ONLY);

    const rematched = await waitUntil(
      're-matched with the approved pair',
      async () =>
        (await api.call<DemandMatches>('GET', `/api/v1/demands/${demandId}/matches`, { token: procurer.token })).body,
      (m) => m.items.some((item) => !item.weak && item.enterprise.id === writesFullName.organizationId),
      60_000,
    );
    expect(rematched.items.some((item) => item.enterprise.id === writesBoth.organizationId)).toBe(true);

    const again = await api.call<{ code: string }>(
      'POST',
      `/api/v1/admin/vocabulary/suggestions/${dds.id}/approve`,
      { token: admin, body: {} },
    );
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('SUGGESTION_ALREADY_DECIDED');

    const audit = await api.call<AuditEventPage>(
      'GET',
      `/api/v1/admin/audit-events?targetType=vocabulary_suggestion&targetId=${dds.id}`,
      { token: admin },
    );
    expect(audit.body.items.map((e) => e.action)).toEqual(['vocabulary.suggestion_approved']);
    expect(audit.body.items[0]!.after).toMatchObject({ status: 'APPROVED' });
  });

  it('refuses bad queries and unknown suggestions with problem details', async () => {
    const badStatus = await api.call('GET', '/api/v1/admin/vocabulary/suggestions?status=MAYBE', { token: admin });
    expect(badStatus.status).toBe(400);
    const unknown = await api.call(
      'POST',
      '/api/v1/admin/vocabulary/suggestions/00000000-0000-4000-8000-000000000099/reject',
      { token: admin, body: { reason: '不存在的建议' } },
    );
    expect(unknown.status).toBe(404);
  });
});
