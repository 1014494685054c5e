import { describe, expect, it } from 'vitest';

import { SYNONYM_GROUPS } from '../synonyms/synonym-groups.constant.js';
import { textFeatures } from './text-features.util.js';

const keysOf = (text: string): string[] => textFeatures(text).flatMap((feature) => [...feature.keys]);
const groupKey = (term: string): string => `s:${SYNONYM_GROUPS.findIndex((group) => group.includes(term))}`;

describe('textFeatures', () => {
  it('turns Chinese into overlapping character pairs', () => {
    expect(keysOf('红外镜头')).toEqual(['b:红外', 'b:外镜', 'b:镜头']);
  });

  it('does not pair characters across punctuation or spaces', () => {
    expect(keysOf('红外、镜头')).toEqual(['b:红外', 'b:镜头']);
  });

  it('keeps ASCII words whole and lower-cased, and pairs only the Chinese around them', () => {
    expect(keysOf('J599系列')).toEqual(['w:j599', 'b:系列']);
    expect(keysOf('Ku/Ka波段')).toEqual(['w:ku', 'w:ka', 'b:波段']);
  });

  it('folds full-width characters first', () => {
    expect(keysOf('ＰＣＢＡ')).toEqual(['w:pcba']);
  });

  it('counts bare numbers and uninformative pairs for little', () => {
    const [number] = textFeatures('30');
    expect(number?.weight).toBe(0.3);
    const weights = textFeatures('漏洞扫描系统').map((feature) => feature.weight);
    expect(weights).toEqual([1, 1, 1, 1, 0.2]);
  });

  it('gives a lone character half a pair', () => {
    expect(textFeatures('锗')).toEqual([{ keys: ['c:锗'], weight: 0.5 }]);
  });

  it('returns nothing for text without letters, digits or Chinese', () => {
    expect(textFeatures('，。、 ()')).toEqual([]);
    expect(textFeatures('')).toEqual([]);
  });

  describe('synonyms', () => {
    it('replaces every variant of a group by the same key', () => {
      expect(keysOf('移动电站')).toEqual([groupKey('移动电站')]);
      expect(keysOf('发电机组')).toEqual([groupKey('移动电站')]);
    });

    it('weighs a synonym like the pairs it replaces', () => {
      expect(textFeatures('移动电站')).toEqual([{ keys: [groupKey('移动电站')], weight: 3 }]);
    });

    it('takes the longest variant (冷链物流 before 冷链)', () => {
      expect(keysOf('冷链物流')).toEqual([groupKey('冷链物流')]);
    });

    it('finds a variant inside a longer phrase and pairs the rest', () => {
      expect(keysOf('超静音发电机组')).toEqual(['c:超', groupKey('静音'), groupKey('发电机组')]);
      expect(keysOf('固定翼无人机')).toEqual(['b:固定', 'b:定翼', groupKey('无人机')]);
    });

    it('matches an ASCII variant only as a whole word', () => {
      expect(keysOf('GJB')).toEqual([groupKey('GJB')]);
      expect(keysOf('gjb 标准')).toEqual([groupKey('GJB'), 'b:标准']);
      expect(keysOf('GJB150A')).toEqual(['w:gjb150a']);
    });

    it('gives every variant of every group its group key', () => {
      SYNONYM_GROUPS.forEach((group, index) => {
        for (const term of group) {
          expect(keysOf(term)).toContain(`s:${index}`);
        }
      });
    });
  });
});
