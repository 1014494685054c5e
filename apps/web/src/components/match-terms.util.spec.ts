import { describe, expect, it } from 'vitest';
import { markTerms, mentionsAny } from './match-terms.util';

describe('markTerms', () => {
  it('marks every occurrence of each term, longest first', () => {
    expect(markTerms('应急舟桥、机械化舟桥与冲锋舟', ['舟桥', '应急舟桥'])).toEqual([
      { text: '应急舟桥', marked: true },
      { text: '、机械化', marked: false },
      { text: '舟桥', marked: true },
      { text: '与冲锋舟', marked: false },
    ]);
  });

  it('ignores case and joins overlapping or adjacent marks', () => {
    expect(markTerms('GJB 9001C carbon Fibre', ['gjb', 'CARBON', 'bon fibre'])).toEqual([
      { text: 'GJB', marked: true },
      { text: ' 9001C ', marked: false },
      { text: 'carbon Fibre', marked: true },
    ]);
  });

  it('marks nothing for terms that are absent, blank or missing', () => {
    expect(markTerms('液压阻尼器', [])).toEqual([{ text: '液压阻尼器', marked: false }]);
    expect(markTerms('液压阻尼器', ['  ', '消防炮'])).toEqual([{ text: '液压阻尼器', marked: false }]);
    expect(markTerms('', ['液压'])).toEqual([]);
  });

  it('tells whether a text mentions a term', () => {
    expect(mentionsAny('移动式发电机组', ['发电机'])).toBe(true);
    expect(mentionsAny('移动式发电机组', ['舟桥', ' '])).toBe(false);
  });
});
