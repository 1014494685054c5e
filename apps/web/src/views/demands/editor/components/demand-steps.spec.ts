import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { demandView } from '../../../../testing/demand-fixtures';
import { createTestI18n } from '../../../../testing/i18n';
import { DEMAND_EDITOR, useDemandEditor } from '../useDemandEditor';
import DemandReviewStep from './DemandReviewStep.vue';
import DemandVisibilityStep from './DemandVisibilityStep.vue';
import DemandWhatStep from './DemandWhatStep.vue';

function mountStep(step: typeof DemandWhatStep | typeof DemandVisibilityStep | typeof DemandReviewStep) {
  const scope = effectScope();
  const editor = scope.run(() => useDemandEditor({ getDemand: () => Promise.resolve(demandView()) }))!;
  const wrapper = mount(step, {
    global: { plugins: [createTestI18n('zh-CN')], provide: { [DEMAND_EDITOR as symbol]: editor } },
    attachTo: document.body,
  });
  return { wrapper, editor };
}

describe('the demand editor’s steps', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('edit the page’s form through the editor it provides, the region through RegionSelect', async () => {
    const { wrapper, editor } = mountStep(DemandWhatStep);
    await wrapper.find('input[data-testid="demand-title"]').setValue('应急舟桥器材采购');
    expect(editor.form.title).toBe('应急舟桥器材采购');
    const budget = wrapper.find('[data-testid="demand-budget-min"] input');
    await budget.setValue('32.5');
    await budget.trigger('change');
    expect(editor.form.budgetMin).toBe(325_000);
    expect(wrapper.find('[data-testid="demand-budget-max"] input').exists()).toBe(true);

    document.querySelectorAll<HTMLElement>('.el-select-dropdown__item').forEach((option) => {
      if (option.textContent?.includes('其他地区')) option.click();
    });
    await nextTick();
    await wrapper.find('input[data-testid="demand-region-code"]').setValue(' 110105 ');
    expect(editor.form.regionCode).toBe('110105');
  });

  it('choose into the same form and show what it holds', async () => {
    const { wrapper, editor } = mountStep(DemandVisibilityStep);
    await wrapper.find('[data-testid="demand-visibility-VERIFIED_SUPPLIERS"] input').setValue(true);
    expect(editor.form.visibility).toBe('VERIFIED_SUPPLIERS');

    const review = mountStep(DemandReviewStep);
    review.editor.form.title = '野战电站';
    await nextTick();
    expect(review.wrapper.find('[data-testid="demand-review-title"]').text()).toBe('野战电站');
  });

  it('refuse to work outside the editor page', () => {
    expect(() => mount(DemandVisibilityStep, { global: { plugins: [createTestI18n('zh-CN')] } })).toThrow(/outside the demand editor/);
  });
});
