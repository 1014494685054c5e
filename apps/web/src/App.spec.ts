import type { HealthReport } from '@mcf/contracts';
import { QUALIFICATION_TYPE_CODES } from '@mcf/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from './App.vue';
import { createAppI18n, LOCALE_STORAGE_KEY } from './i18n';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';
import { adminUser, enterpriseUser, sessionFor } from './testing/fixtures';

const redisDown: HealthReport = {
  status: 'error',
  details: {
    database: { status: 'up' },
    redis: { status: 'down', message: 'ECONNREFUSED' },
    meilisearch: { status: 'up' },
  },
};

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function mountAppAt(path: string, before?: (session: ReturnType<typeof useSessionStore>) => void) {
  const pinia = createPinia();
  // The router's guard reads the session store, and the first navigation happens before mounting.
  setActivePinia(pinia);
  before?.(useSessionStore(pinia));
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, {
    global: { plugins: [pinia, createAppI18n(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, session: useSessionStore(pinia) };
}

describe('App shell', () => {
  beforeEach(() => {
    localStorage.clear();
    // jsdom has no scrolling; the router scrolls to the top on navigation.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn((input: string) =>
        Promise.resolve(
          input.endsWith('/api/health')
            ? json(503, redisDown)
            : json(404, { title: 'Not Found', status: 404 }),
        ),
      ),
    );
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the platform title in Chinese and switches to English and back with one click each', async () => {
    const { wrapper } = await mountAppAt('/');
    const title = () => wrapper.get('[data-testid="app-title"]').text();
    const langSwitch = () => wrapper.get('[data-testid="lang-switch"]');

    expect(title()).toBe('军民融合供需对接平台');
    expect(langSwitch().text()).toBe('English');

    // English is loaded on the first switch (its own chunk), then shown.
    await langSwitch().trigger('click');
    await vi.waitFor(() => expect(title()).toBe('Defense–Civilian Integration Supply–Demand Platform'), { timeout: 5000 });
    expect(langSwitch().text()).toBe('中文');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');

    await langSwitch().trigger('click');
    await vi.waitFor(() => expect(title()).toBe('军民融合供需对接平台'), { timeout: 5000 });
    expect(document.documentElement.lang).toBe('zh-CN');
    wrapper.unmount();
  });

  it('changes the navigation with the kind of viewer', async () => {
    const { wrapper, session } = await mountAppAt('/');
    const navText = () => wrapper.get('[data-testid="nav"]').text();

    expect(navText()).toContain('需求大厅');
    expect(wrapper.get('[data-testid="nav"] .is-active').text()).toBe('首页');
    session.startSession(sessionFor(adminUser));
    await flushPromises();
    expect(navText()).toContain('机构审核');
    expect(navText()).not.toContain('需求大厅');
    wrapper.unmount();
  });

  it('shows the entry guide with every certificate of the catalogue, and unknown addresses the 404 page', async () => {
    const guide = await mountAppAt('/guide');
    expect(guide.wrapper.find('[data-testid="coming-soon"]').exists()).toBe(false);
    expect(guide.wrapper.get('[data-testid="entry-guide"]').text()).toContain('入驻步骤');
    expect(guide.wrapper.findAll('[data-testid="guide-certificate"]').map((node) => node.attributes('data-code'))).toEqual([
      ...QUALIFICATION_TYPE_CODES,
    ]);
    guide.wrapper.unmount();

    const unknown = await mountAppAt('/no/such/page');
    expect(unknown.wrapper.find('[data-testid="not-found"]').exists()).toBe(true);
    unknown.wrapper.unmount();
  });

  it('sends a visitor who opens an administrator page to sign in, and back there afterwards', async () => {
    const { wrapper, router } = await mountAppAt('/admin/organizations?status=ALL');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/admin/organizations?status=ALL');
    expect(wrapper.find('[data-testid="signin-email"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows a signed-in user of the wrong kind the 403 page at the address they opened', async () => {
    const { wrapper, router } = await mountAppAt('/admin/audit', (session) =>
      session.startSession(sessionFor(enterpriseUser)),
    );
    expect(router.currentRoute.value.fullPath).toBe('/admin/audit');
    expect(wrapper.get('[data-testid="forbidden"]').text()).toContain('无权访问此页面');
    expect(wrapper.find('[data-testid="not-found"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows the signed-in user in the header with a menu to their account and to sign out', async () => {
    const { wrapper, router } = await mountAppAt('/', (session) =>
      session.startSession(sessionFor(enterpriseUser)),
    );
    expect(wrapper.find('[data-testid="header-sign-in"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="user-menu"]').text()).toContain('李伟');

    await wrapper.get('[data-testid="user-menu"]').trigger('click');
    await flushPromises();
    const signOut = document.querySelector<HTMLElement>('[data-testid="sign-out"]');
    expect(signOut?.textContent).toContain('退出登录');
    signOut!.click();
    await flushPromises();

    expect(useSessionStore().isSignedIn).toBe(false);
    expect(router.currentRoute.value.name).toBe('home');
    expect(wrapper.find('[data-testid="header-sign-in"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('sends a user whose session has ended on a protected page to sign in, and back afterwards', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          json(401, { type: 'about:blank', title: '会话已失效', status: 401, code: 'INVALID_REFRESH_TOKEN' }),
        ),
      ),
    );
    const { wrapper, router } = await mountAppAt('/account', (session) =>
      session.startSession(sessionFor(enterpriseUser)),
    );
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'));
    expect(router.currentRoute.value.query).toEqual({ redirect: '/account', notice: 'session-expired' });
    await flushPromises();
    expect(wrapper.get('[data-testid="signin-notice"]').text()).toContain('登录状态已失效');
    wrapper.unmount();
  });

  it('links the health page from the footer and shows each service with its status', async () => {
    const { wrapper, router } = await mountAppAt('/');
    await wrapper.get('[data-testid="footer-health-link"]').trigger('click');
    await flushPromises();
    // The health page is a lazy chunk: under a loaded machine its import takes longer than waitFor's default 1 s.
    await vi.waitFor(
      () => expect(wrapper.get('[data-testid="health-overall"]').attributes('data-status')).toBe('error'),
      { timeout: 5000 },
    );

    expect(router.currentRoute.value.name).toBe('health');
    expect(wrapper.findAll('[data-testid="nav"] .is-active')).toHaveLength(0);
    expect(wrapper.get('[data-testid="health-database"]').attributes('data-status')).toBe('up');
    expect(wrapper.get('[data-testid="health-redis"]').attributes('data-status')).toBe('down');
    expect(wrapper.get('[data-testid="health-redis"]').text()).toContain('异常');
    expect(wrapper.get('[data-testid="health-meilisearch"]').text()).toContain('搜索引擎 Meilisearch');
    wrapper.unmount();
  });
});
