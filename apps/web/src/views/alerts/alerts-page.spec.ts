import type { AlertPage, SavedSearchList, UserView } from '@mcf/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createTestI18n } from '../../testing/i18n';
import { createAppRouter } from '../../router';
import { RouteName } from '../../router/route-names';
import { useSessionStore } from '../../stores/session';
import { enterpriseUser, jsonResponse, problem, sessionFor } from '../../testing/fixtures';
import { alertItem, savedSearch } from './alert-fixtures';

type Answer = { status: number; body: unknown };
type Routes = Record<string, Answer | ((url: URL, init?: RequestInit) => Answer)>;

function fakeApi(routes: Routes) {
  return vi.fn((input: string, init?: RequestInit) => {
    const url = new URL(input, 'http://localhost');
    const route = routes[`${init?.method ?? 'GET'} ${url.pathname}`];
    const answer = typeof route === 'function' ? route(url, init) : (route ?? { status: 404, body: problem(404, 'NOT_FOUND') });
    return Promise.resolve(jsonResponse(answer.status, answer.body));
  });
}

async function mountAt(path: string, user: UserView | null, routes: Routes, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const fetch = fakeApi(routes);
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  if (user) useSessionStore(pinia).startSession(sessionFor(user));
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [pinia, createTestI18n(locale), router] }, attachTo: document.body });
  await flushPromises();
  await vi.dynamicImportSettled();
  await flushPromises();
  return { wrapper, router, fetch };
}

const list = (items = [savedSearch('s1', { name: '特种线缆' })]): SavedSearchList => ({ items, max: 20 });
const alertPage = (items = [alertItem('a1', { title: '舰载耐高温特种线缆采购' }), alertItem('a2', { demoted: true, rankScore: 0.3 })]): AlertPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

describe('the 订阅与提醒 page', { timeout: 20_000 }, () => {
  beforeEach(() => {
    localStorage.clear();
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists saved searches and alerts, with "不相关" on each alert', async () => {
    const { wrapper } = await mountAt('/alerts', enterpriseUser, {
      'GET /api/v1/me/saved-searches': { status: 200, body: list() },
      'GET /api/v1/me/alerts': { status: 200, body: alertPage() },
      'POST /api/v1/alerts/a1/feedback': { status: 200, body: alertItem('a1', { title: '舰载耐高温特种线缆采购', feedback: false }) },
    });
    expect(wrapper.find('h1').text()).toBe('订阅与提醒');
    expect(wrapper.find('[data-testid="saved-search"]').text()).toContain('特种线缆');
    expect(wrapper.find('[data-testid="saved-search"]').text()).toContain('「线缆」 · 电子信息');
    expect(wrapper.find('[data-testid="saved-search-count"]').text()).toBe('已保存 1 / 20 个');
    const alerts = wrapper.findAll('[data-testid="alert"]');
    expect(alerts).toHaveLength(2);
    expect(alerts[0]!.text()).toContain('舰载耐高温特种线缆采购');
    expect(alerts[0]!.text()).toContain('相关度 100%');
    expect(alerts[1]!.find('[data-testid="alert-demoted"]').exists()).toBe(true);
    await alerts[0]!.find('[data-testid="alert-mark-not-relevant"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="alert"]')[0]!.find('[data-testid="alert-not-relevant"]').text()).toBe('已标记为不相关');
  });

  it('asks before deleting a saved search', async () => {
    const { wrapper, fetch } = await mountAt('/alerts', enterpriseUser, {
      'GET /api/v1/me/saved-searches': { status: 200, body: list() },
      'GET /api/v1/me/alerts': { status: 200, body: alertPage([]) },
      'DELETE /api/v1/me/saved-searches/s1': { status: 204, body: null },
    });
    await wrapper.find('[data-testid="saved-search-delete"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[data-testid="confirm-dialog"]');
    expect(dialog?.textContent).toContain('确定删除订阅「特种线缆」吗');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
  });

  it('shows the empty states', async () => {
    const { wrapper } = await mountAt('/alerts', enterpriseUser, {
      'GET /api/v1/me/saved-searches': { status: 200, body: list([]) },
      'GET /api/v1/me/alerts': { status: 200, body: alertPage([]) },
    });
    expect(wrapper.find('[data-testid="saved-searches-empty"]').text()).toContain('还没有订阅');
    expect(wrapper.find('[data-testid="alerts-empty"]').text()).toContain('暂无提醒');
  });

  it('shows an error with a retry, in English too', async () => {
    const { wrapper } = await mountAt(
      '/alerts',
      enterpriseUser,
      {
        'GET /api/v1/me/saved-searches': { status: 500, body: problem(500, 'INTERNAL', { title: 'Something went wrong' }) },
        'GET /api/v1/me/alerts': { status: 200, body: alertPage([]) },
      },
      'en',
    );
    expect(wrapper.find('h1').text()).toBe('Saved searches and alerts');
    expect(wrapper.find('[data-testid="saved-searches-error"]').text()).toContain('Something went wrong');
    expect(wrapper.find('[data-testid="alerts-empty"]').text()).toContain('No alerts yet');
  });

  it('sends a visitor to sign in first, and back afterwards', async () => {
    const { wrapper, router } = await mountAt('/alerts', null, {});
    expect(router.currentRoute.value.name).toBe(RouteName.SignIn);
    expect(router.currentRoute.value.query.redirect).toBe('/alerts');
    expect(wrapper.find('[data-testid="saved-searches"]').exists()).toBe(false);
  });
});
