import { SAVED_SEARCH_NAME_MAX } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { regionLabel, savedSearchSummary, suggestedSavedSearchName } from './saved-search-summary.util';

describe('savedSearchSummary', () => {
  it('names the words, sectors, regions and qualifications in the UI language', () => {
    const query = { q: '线缆', sectors: ['ELECTRONICS' as const], regions: ['421200'], qualifications: ['GJB9001C' as const] };
    expect(savedSearchSummary(query, 'zh-CN')).toBe('「线缆」 · 电子信息 · 咸宁市 · 武器装备质量管理体系认证 (GJB 9001C-2017)');
    expect(savedSearchSummary(query, 'en')).toBe(
      '“线缆” · Electronic information · Xianning · Weapons and equipment quality management system certification (GJB 9001C-2017)',
    );
  });

  it('is empty for a search without conditions', () => {
    expect(savedSearchSummary({}, 'zh-CN')).toBe('');
    expect(savedSearchSummary(undefined, 'en')).toBe('');
    expect(savedSearchSummary({ q: '   ' }, 'zh-CN')).toBe('');
  });
});

describe('regionLabel', () => {
  it('names known regions and falls back to the province for others', () => {
    expect(regionLabel('421202', 'zh-CN')).toBe('咸安区');
    expect(regionLabel('110000', 'en')).toBe('Beijing');
    expect(regionLabel('110105', 'zh-CN')).toBe('北京市 110105');
    expect(regionLabel('999999', 'zh-CN')).toBe('999999');
  });
});

describe('suggestedSavedSearchName', () => {
  it('is the summary, cut to the length a name may have', () => {
    expect(suggestedSavedSearchName({ sectors: ['MARINE'] }, 'zh-CN')).toBe('船舶与海洋');
    const long = suggestedSavedSearchName({ qualifications: ['GJB9001C', 'SECRECY'] }, 'en');
    expect(long).toHaveLength(SAVED_SEARCH_NAME_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
