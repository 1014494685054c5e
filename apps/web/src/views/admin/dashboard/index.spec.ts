import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTestI18n } from '../../../testing/i18n';
import { busyStatistics, emptyStatistics } from './dashboard-fixture';
import DashboardPage from './index.vue';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function mountWith(answer: () => Promise<Response>) {
  vi.stubGlobal('fetch', vi.fn(answer));
  const wrapper = mount(DashboardPage, {
    // Canvas drawing is ECharts' business; the page hands each chart its option.
    global: {
      plugins: [createPinia(), createTestI18n('zh-CN')],
      stubs: { Echarts: { props: ['option'], template: '<div class="chart-stub" />' } },
    },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

describe('the dashboard page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the figures, the target bars and a chart with downloads for each dataset, in Chinese', async () => {
    const wrapper = await mountWith(() => Promise.resolve(json(200, busyStatistics())));
    expect(wrapper.find('h1').text()).toBe('统计看板');
    expect(wrapper.find('[data-testid="dashboard-figures"]').text()).toContain('机构总数');
    expect(wrapper.find('[data-testid="dashboard-target-VERIFIED_CIVIL_ENTERPRISES"]').text()).toContain(
      '7 / 50（完成 14%）',
    );
    expect(wrapper.find('[data-testid="dashboard-target-AWARDED_DEMANDS"]').text()).toContain('平台自定目标');
    expect(wrapper.findAll('.chart-stub')).toHaveLength(6);
    expect(wrapper.find('[data-testid="dashboard-download-funnel-csv"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="dashboard-empty"]').exists()).toBe(false);
  });

  it('says so when the platform has nothing to count yet', async () => {
    const wrapper = await mountWith(() => Promise.resolve(json(200, emptyStatistics())));
    expect(wrapper.find('[data-testid="dashboard-empty"]').exists()).toBe(true);
    expect(wrapper.findAll('.chart-stub')).toHaveLength(0);
    expect(wrapper.findAll('.el-empty')).toHaveLength(6);
  });

  it('shows the problem and a retry button when loading fails', async () => {
    const wrapper = await mountWith(() =>
      Promise.resolve(json(403, { title: '无权执行此操作', status: 403, code: 'FORBIDDEN' })),
    );
    expect(wrapper.find('[data-testid="dashboard-error"]').text()).toContain('无权执行此操作');
  });
});
