import { PROVINCES, XIANNING_REGIONS } from '@mcf/domain';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { createTestI18n } from '../testing/i18n';
import RegionSelect from './RegionSelect.vue';
import { OTHER_REGION } from './region-select.util';

function mountSelect(props: Record<string, unknown>, attrs: Record<string, unknown> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(RegionSelect, {
    props: { modelValue: '', ...props } as never,
    attrs,
    global: { plugins: [createTestI18n(locale)] },
    attachTo: document.body,
  });
}

const options = () => [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')];

describe('RegionSelect', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers Xianning’s divisions and, when asked, "elsewhere", each with a test id and its code', () => {
    const wrapper = mountSelect(
      { otherLabel: '其他地区', optionTestId: 'region-option', xianningGroup: '咸宁市' },
      { 'data-testid': 'region', class: 'wide' },
    );
    const root = wrapper.find('[data-testid="region"]');
    expect(root.exists()).toBe(true);
    expect(root.classes()).toContain('el-select');
    expect(root.classes()).toContain('wide');
    const values = [...document.querySelectorAll<HTMLElement>('[data-testid="region-option"]')].map((option) => option.dataset.value);
    expect(values).toEqual([...XIANNING_REGIONS.map((region) => region.code), OTHER_REGION]);
    expect(options().map((option) => option.textContent?.trim())).toEqual([
      ...XIANNING_REGIONS.map((region) => region.nameZh),
      '其他地区',
    ]);
    expect(document.querySelector('.el-select-group__title')?.textContent?.trim()).toBe('咸宁市');
  });

  it('names regions in English and adds provinces (outside Hubei) or provinces alone', () => {
    const outside = mountSelect({ provinces: 'outside-hubei' }, {}, 'en');
    const names = options().map((option) => option.textContent?.trim());
    expect(names.slice(0, XIANNING_REGIONS.length)).toEqual(XIANNING_REGIONS.map((region) => region.nameEn));
    expect(names).toHaveLength(XIANNING_REGIONS.length + PROVINCES.length - 1);
    expect(names).not.toContain(PROVINCES.find((province) => province.code === '420000')!.nameEn);
    outside.unmount();
    document.body.innerHTML = '';

    mountSelect({ provinces: 'all', xianning: false });
    expect(options().map((option) => option.textContent?.trim())).toEqual(PROVINCES.map((province) => province.nameZh));
  });

  it('shows the code input beside the select only while "elsewhere" is chosen, bound to other-code', async () => {
    const wrapper = mountSelect(
      { otherLabel: '其他地区', otherCode: '', otherTestId: 'region-code', otherPlaceholder: '六位代码' },
      { 'data-testid': 'region' },
    );
    expect(wrapper.find('.region [data-testid="region"]').exists()).toBe(true);
    expect(wrapper.find('input[data-testid="region-code"]').exists()).toBe(false);

    await wrapper.setProps({ modelValue: OTHER_REGION } as never);
    const code = wrapper.find('input[data-testid="region-code"]');
    expect(code.exists()).toBe(true);
    expect(code.attributes('placeholder')).toBe('六位代码');
    expect(code.attributes('maxlength')).toBe('6');
    await code.setValue('110105');
    expect(wrapper.emitted('update:otherCode')?.at(-1)).toEqual(['110105']);

    await wrapper.setProps({ modelValue: '421202' } as never);
    await nextTick();
    expect(wrapper.find('input[data-testid="region-code"]').exists()).toBe(false);
  });

  it('passes the choice through v-model', async () => {
    const wrapper = mountSelect({ optionTestId: 'region-option' });
    document.querySelector<HTMLElement>('[data-testid="region-option"][data-value="421202"]')!.click();
    await nextTick();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['421202']);
  });
});
