import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../testing/i18n';
import { demandMatches, enterpriseMatches } from '../testing/demand-fixtures';
import MatchConstraintList from './MatchConstraintList.vue';
import MatchExplanation from './MatchExplanation.vue';

const explanation = demandMatches().items[0]!.explanation;

describe('MatchExplanation', () => {
  it('shows each constraint with its mark and message, the score parts and the matched words in the products', () => {
    const wrapper = mount(MatchExplanation, {
      props: { explanation, products: ['应急舟桥', '冲锋舟'] },
      global: { plugins: [createTestI18n('zh-CN')] },
    });
    const constraints = wrapper.findAll('[data-testid="match-constraint"]');
    expect(constraints.map((item) => item.attributes('data-met'))).toEqual(['true', 'true']);
    expect(constraints[1]!.text()).toContain('需二级保密资格，贵单位为一级');

    const rows = wrapper.findAll('[data-testid="match-components"] tbody tr');
    expect(rows).toHaveLength(6);
    expect(rows[0]!.text()).toContain('文本相关度');
    expect(rows[0]!.text()).toContain('90%');
    expect(rows[0]!.text()).toContain('+45.0');

    expect(wrapper.findAll('.products mark').map((mark) => mark.text())).toEqual(['舟桥']);
  });

  it('shows unmet constraints in the UI language', () => {
    const unmet = enterpriseMatches().nearlyMatched[0]!.unmet;
    const zh = mount(MatchConstraintList, { props: { constraints: unmet }, global: { plugins: [createTestI18n('zh-CN')] } });
    expect(zh.find('[data-met="false"]').text()).toBe('需二级保密资格，贵单位为三级');
    const en = mount(MatchConstraintList, { props: { constraints: unmet }, global: { plugins: [createTestI18n('en')] } });
    expect(en.text()).toBe('needs secrecy level 2; holds level 3');
  });
});
