import type { SavedSearchCreateInput, UserView } from '@mcf/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createTestI18n } from '../../../testing/i18n';
import { createAppRouter } from '../../../router';
import { RouteName } from '../../../router/route-names';
import { useSessionStore } from '../../../stores/session';
import { enterpriseUser, jsonResponse, sessionFor } from '../../../testing/fixtures';
import { savedSearch } from '../alert-fixtures';
import SaveSearchButton from './SaveSearchButton.vue';

async function mountButton(user: UserView | null) {
  const fetch = vi.fn((_input: string, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as SavedSearchCreateInput;
    return Promise.resolve(jsonResponse(201, savedSearch('s9', { name: body.name, kind: body.kind })));
  });
  vi.stubGlobal('fetch', fetch);
  const pinia = createPinia();
  setActivePinia(pinia);
  if (user) useSessionStore(pinia).startSession(sessionFor(user));
  const router = createAppRouter(createMemoryHistory());
  await router.push('/search/demands?q=线缆');
  const wrapper = mount(SaveSearchButton, {
    props: { kind: 'DEMANDS', query: { q: '线缆', sectors: ['ELECTRONICS'] } },
    global: { plugins: [pinia, createTestI18n('zh-CN'), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router, fetch };
}

describe('保存为订阅', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('saves the page’s filters under the suggested name', async () => {
    const { wrapper, fetch } = await mountButton(enterpriseUser);
    await wrapper.find('[data-testid="save-search"]').trigger('click');
    await flushPromises();
    expect(document.querySelector('[data-testid="save-search-conditions"]')?.textContent).toBe('「线缆」 · 电子信息');
    expect((document.querySelector('input[data-testid="save-search-name"]') as HTMLInputElement).value).toBe('「线缆」 · 电子信息');
    (document.querySelector('[data-testid="save-search-submit"]') as HTMLButtonElement).click();
    await flushPromises();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toContain('/api/v1/me/saved-searches');
    expect(JSON.parse(String(init?.body))).toEqual({
      kind: 'DEMANDS',
      name: '「线缆」 · 电子信息',
      query: { q: '线缆', sectors: ['ELECTRONICS'], regions: [], qualifications: [] },
      frequency: 'IMMEDIATE',
    });
    expect(wrapper.find('[data-testid="save-search-saved"]').text()).toContain('已保存订阅「「线缆」 · 电子信息」');
  });

  it('sends a visitor to sign in first', async () => {
    const { wrapper, router, fetch } = await mountButton(null);
    await wrapper.find('[data-testid="save-search"]').trigger('click');
    await flushPromises();
    await vi.dynamicImportSettled();
    await flushPromises();
    expect(router.currentRoute.value.name).toBe(RouteName.SignIn);
    expect(fetch).not.toHaveBeenCalled();
  });
});
