import { PROVINCES, XIANNING_REGIONS } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { OTHER_REGION, regionChoiceOf, regionCodeOf, regionOptionsOf } from './region-select.util';

describe('region select choices', () => {
  it('chooses a Xianning division by itself, anything else as "elsewhere" with the code typed', () => {
    expect(regionChoiceOf('')).toEqual({ choice: '' });
    expect(regionChoiceOf('421202')).toEqual({ choice: '421202' });
    expect(regionChoiceOf('110105')).toEqual({ choice: OTHER_REGION, otherCode: '110105' });
  });

  it('stands for the typed code (trimmed) when "elsewhere" is chosen, else for the choice', () => {
    expect(regionCodeOf('421281', ' 110105 ')).toBe('421281');
    expect(regionCodeOf(OTHER_REGION, ' 110105 ')).toBe('110105');
    expect(regionCodeOf(OTHER_REGION, '')).toBe('');
    expect(regionCodeOf('', '110105')).toBe('');
  });

  it('offers Xianning first, then the provinces asked for, from libs/domain', () => {
    expect(regionOptionsOf('none')).toEqual({ xianning: XIANNING_REGIONS, provinces: [] });
    expect(regionOptionsOf('all').provinces).toEqual(PROVINCES);
    const outside = regionOptionsOf('outside-hubei').provinces.map((province) => province.code);
    expect(outside).toHaveLength(PROVINCES.length - 1);
    expect(outside).not.toContain('420000');
    expect(regionOptionsOf('all', false).xianning).toEqual([]);
  });
});
