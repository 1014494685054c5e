import type { DemandSearchResult, EnterpriseSearchResult, JobPage, UserView } from '@mcf/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createTestI18n } from '../../testing/i18n';
import { createAppRouter } from '../../router';
import { useSessionStore } from '../../stores/session';
import {
  DEMAND_ID,
  demandMatches,
  demandView,
  ENTERPRISE_ID,
  enterpriseMatches,
  procurerUser,
} from '../../testing/demand-fixtures';
import { adminUser, enterpriseUser, jsonResponse, problem, sessionFor } from '../../testing/fixtures';

/** The pages, mounted in the app with a fake API: they render every state without errors. */

type Answer = { status: number; body: unknown };
type Routes = Record<string, Answer | ((url: URL, init?: RequestInit) => Answer)>;

function fakeApi(routes: Routes) {
  return vi.fn((input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const route = routes[key];
    const answer = typeof route === 'function' ? route(url, init) : (route ?? { status: 404, body: problem(404, 'NOT_FOUND') });
    return Promise.resolve(jsonResponse(answer.status, answer.body));
  });
}

async function mountAt(path: string, user: UserView | null, routes: Routes) {
  const fetch = fakeApi(routes);
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  if (user) useSessionStore(pinia).startSession(sessionFor(user));
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [pinia, createTestI18n('zh-CN'), router] }, attachTo: document.body });
  await flushPromises();
  await vi.dynamicImportSettled();
  await flushPromises();
  return { wrapper, router, fetch };
}

const enterpriseHits: EnterpriseSearchResult = {
  items: [
    {
      id: ENTERPRISE_ID,
      name: '咸宁某某应急装备有限公司',
      summary: '专业生产应急舟桥与冲锋舟',
      sectors: ['EMERGENCY'],
      products: ['应急舟桥', '冲锋舟'],
      capabilities: ['焊接'],
      regionCode: '421202',
      verified: true,
      isDemo: false,
      validQualificationTypes: ['GJB9001C'],
      secrecyLevel: 2,
      updatedAt: '2026-03-01T08:00:00Z',
      highlight: { name: '咸宁某某<mark>应急</mark>装备有限公司', products: ['<mark>应急</mark>舟桥', '冲锋舟'] },
    },
  ],
  total: 41,
  totalIsLowerBound: false,
  lastPage: 3,
  page: 1,
  pageSize: 20,
  facets: { sectors: { EMERGENCY: 12, NEW_MATERIALS: 3 }, regionCode: { '421202': 9 }, validQualificationTypes: { GJB9001C: 4 } },
  processingTimeMs: 2,
};

// Mounting the whole app is slow in jsdom, the more so when the suite runs in parallel.
describe('demand and search pages', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('searches suppliers anonymously from the address, with facets and safe highlights', async () => {
    const { wrapper, fetch } = await mountAt('/search/enterprises?q=应急&sectors=EMERGENCY', null, {
      'GET /api/v1/search/enterprises': { status: 200, body: enterpriseHits },
    });
    const call = fetch.mock.calls.map(([input]) => new URL(input, 'http://localhost')).find((url) => url.pathname.endsWith('/search/enterprises'))!;
    expect(call.searchParams.get('q')).toBe('应急');
    expect(call.searchParams.get('sectors')).toBe('EMERGENCY');
    expect(call.searchParams.get('pageSize')).toBe('20');
    const hit = wrapper.find('[data-testid="enterprise-hit"]');
    expect(hit.findAll('mark').map((mark) => mark.text())).toEqual(['应急', '应急']);
    expect(wrapper.find('[data-testid="search-total"]').text()).toBe('共 41 家企业');
    expect(wrapper.find('[data-testid="facet-sectors"]').text()).toContain('应急装备与服务');
    expect(wrapper.find('[data-testid="facet-regions"]').text()).toContain('咸安区');
  });

  it('shows the empty state of a demand search', async () => {
    const empty: DemandSearchResult = { items: [], total: 0, totalIsLowerBound: false, lastPage: 0, page: 1, pageSize: 20, facets: {}, processingTimeMs: 1 };
    const { wrapper } = await mountAt('/search/demands', null, { 'GET /api/v1/search/demands': { status: 200, body: empty } });
    expect(wrapper.find('[data-testid="search-empty"]').exists()).toBe(true);
  });

  it('shows the owner the ranked matches with an expandable explanation', async () => {
    const published = demandView({
      status: 'PUBLISHED',
      publishedAt: '2026-03-02T08:00:00Z',
      matching: { status: 'READY', version: 1, updatedAt: '2026-03-02T08:00:05Z', eligibleCount: 1 },
    });
    const { wrapper } = await mountAt(`/demands/${DEMAND_ID}`, procurerUser, {
      [`GET /api/v1/demands/${DEMAND_ID}`]: { status: 200, body: published },
      [`GET /api/v1/demands/${DEMAND_ID}/matches`]: { status: 200, body: demandMatches() },
    });
    expect(wrapper.find('[data-testid="demand-title"]').text()).toBe('应急舟桥器材采购');
    const item = wrapper.find('[data-testid="match-item"]');
    expect(item.find('[data-testid="match-enterprise-link"]').attributes('href')).toBe(`/enterprises/${ENTERPRISE_ID}`);
    expect(item.find('.match-score').attributes('data-score')).toBe('82');
    await item.find('[data-testid="match-explain"]').trigger('click');
    expect(item.find('[data-testid="match-explanation"]').text()).toContain('需二级保密资格，贵单位为一级');
    expect(wrapper.find('[data-testid="demand-close"]').exists()).toBe(true);
  });

  it('shows weak matches as such, with why nothing passed the threshold', async () => {
    const published = demandView({
      status: 'PUBLISHED',
      publishedAt: '2026-03-02T08:00:00Z',
      matching: { status: 'READY', version: 1, updatedAt: '2026-03-02T08:00:05Z', eligibleCount: 0 },
    });
    const weak = demandMatches();
    const diagnostics = {
      unmatchedTerms: ['舷外机'],
      sectorFirms: 37,
      missing: [{ qualificationType: 'SECRECY' as const, requiredLevel: 2, firms: 29 }],
      messageZh: '37 家企业领域相符，其中 29 家缺少二级保密资格。',
      message: '37 firms share the demand’s sectors; of them 29 lack secrecy qualification level 2.',
    };
    const { wrapper } = await mountAt(`/demands/${DEMAND_ID}`, procurerUser, {
      [`GET /api/v1/demands/${DEMAND_ID}`]: { status: 200, body: published },
      [`GET /api/v1/demands/${DEMAND_ID}/matches`]: {
        status: 200,
        body: { ...weak, items: weak.items.map((item) => ({ ...item, weak: true })), diagnostics },
      },
    });
    expect(wrapper.find('[data-testid="matches-diagnostics"]').text()).toContain('其中 29 家缺少二级保密资格');
    expect(wrapper.find('[data-testid="match-item"] [data-testid="match-weak"]').text()).toBe('较弱匹配');
    expect(wrapper.find('[data-testid="matches-empty"]').exists()).toBe(false);
  });

  it('shows others the summary-only notice, and no matches', async () => {
    const hidden = demandView({ status: 'PUBLISHED', detailsHidden: true, description: null, quantity: null, budgetMin: null, budgetMax: null, visibility: 'VERIFIED_SUPPLIERS' });
    const { wrapper, fetch } = await mountAt(`/demands/${DEMAND_ID}`, null, {
      [`GET /api/v1/demands/${DEMAND_ID}`]: { status: 200, body: hidden },
    });
    expect(wrapper.find('[data-testid="demand-summary-only"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="demand-matches"]').exists()).toBe(false);
    expect(fetch.mock.calls.some(([input]) => String(input).endsWith('/matches'))).toBe(false);
  });

  it('walks a procurer through the editor steps, refusing to move on with errors', async () => {
    const { wrapper } = await mountAt('/procurer/demands/new', procurerUser, {});
    expect(wrapper.find('[data-testid="demand-step-panel-what"]').isVisible()).toBe(true);
    await wrapper.find('[data-testid="demand-next"]').trigger('click');
    // The message itself sits in a transition the test renderer stubs; the field is marked.
    const title = wrapper.find('input[data-testid="demand-title"]');
    expect(title.element.closest('.el-form-item')?.classList.contains('is-error')).toBe(true);
    expect(wrapper.find('[data-testid="demand-step-panel-what"]').isVisible()).toBe(true);
    await title.setValue('应急舟桥器材采购');
    await wrapper.find('[data-testid="demand-next"]').trigger('click');
    expect(wrapper.find('[data-testid="demand-step-panel-qualifications"]').isVisible()).toBe(true);
    await wrapper.find('[data-testid="demand-qualification-add"]').trigger('click');
    expect(wrapper.findAll('[data-testid="demand-qualification-row"]')).toHaveLength(1);
    await wrapper.find('[data-testid="demand-qualification-remove"]').trigger('click');
    await wrapper.find('[data-testid="demand-next"]').trigger('click');
    await wrapper.find('[data-testid="demand-next"]').trigger('click');
    expect(wrapper.find('[data-testid="demand-review-title"]').text()).toBe('应急舟桥器材采购');
    expect(wrapper.find('[data-testid="demand-publish"]').exists()).toBe(true);
  });

  it('lists my demands with their matching state', async () => {
    const page = {
      items: [demandView({ status: 'PUBLISHED', matching: { status: 'READY', version: 1, updatedAt: null, eligibleCount: 3 } }), demandView({ id: '11111111-2222-4333-8444-555555555555' })],
      total: 2,
      page: 1,
      pageSize: 20,
    };
    const { wrapper } = await mountAt('/procurer/demands', procurerUser, { 'GET /api/v1/me/demands': { status: 200, body: page } });
    const rows = wrapper.findAll('[data-testid="my-demand-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('3 家符合条件');
    expect(rows[1]!.text()).toContain('发布后开始匹配');
  });

  it('shows a firm its demands and the almost-matched ones with what is missing', async () => {
    const { wrapper } = await mountAt('/enterprise/matches', enterpriseUser, {
      [`GET /api/v1/enterprises/${enterpriseUser.organization!.id}/matches`]: { status: 200, body: enterpriseMatches() },
    });
    expect(wrapper.findAll('[data-testid="recommended-demand"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="nearly-matched-demand"]').text()).toContain('需二级保密资格，贵单位为三级');
  });

  it('shows administrators failed jobs and asks before retrying one', async () => {
    const jobs: JobPage = {
      items: [
        {
          queue: 'matching',
          id: '42',
          name: 'match-demand',
          state: 'failed',
          attemptsMade: 5,
          failedReason: 'Meilisearch unreachable',
          data: { demandId: DEMAND_ID },
          createdAt: '2026-03-01T08:00:00Z',
          finishedAt: '2026-03-01T08:05:00Z',
        },
      ],
      total: 1,
      page: 1,
      pageSize: 20,
    };
    const { wrapper } = await mountAt('/admin/jobs', adminUser, { 'GET /api/v1/admin/jobs': { status: 200, body: jobs } });
    expect(wrapper.text()).toContain('Meilisearch unreachable');
    await wrapper.find('[data-testid="job-retry"]').trigger('click');
    await flushPromises();
    expect(document.body.querySelector('[data-testid="confirm-dialog"]')?.textContent).toContain('为需求匹配供应商');
  });
});
