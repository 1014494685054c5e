import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SearchHighlight from './SearchHighlight.vue';

function elementsIn(html: string): string[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  return [...root.querySelectorAll('*')].map((element) => element.tagName);
}

describe('SearchHighlight', () => {
  it('renders the API’s marks and nothing else of its markup', () => {
    const wrapper = mount(SearchHighlight, {
      props: {
        highlight: '碳纤维<mark>复合材料</mark><img src=x onerror="window.hacked=1"><script>window.hacked=2</script>构件',
        text: '碳纤维复合材料构件',
      },
    });
    expect(wrapper.find('mark').text()).toBe('复合材料');
    expect(elementsIn(wrapper.html()).filter((tag) => tag !== 'SPAN')).toEqual(['MARK']);
    expect(wrapper.text()).toBe('碳纤维复合材料window.hacked=2构件');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });

  it('joins highlighted list items and falls back to the plain text, escaped by Vue', () => {
    const list = mount(SearchHighlight, {
      props: { highlight: ['<mark>发电</mark>机组', '照明车'], text: '', tag: 'p' },
    });
    expect(list.element.tagName).toBe('P');
    expect(list.html()).toContain('<mark>发电</mark>机组、照明车');

    const plain = mount(SearchHighlight, { props: { text: '<b>不是标签</b>' } });
    expect(plain.find('b').exists()).toBe(false);
    expect(plain.text()).toBe('<b>不是标签</b>');
  });
});
