import { describe, expect, it } from 'vitest';

import { contextWith } from './match-context.fixture.js';
import { characterPairs, textUnits } from './text-features.util.js';

const { vocabulary } = contextWith([
  { relation: 'equivalent', terms: ['冷链', '冷链运输'], reason: 'test' },
  { relation: 'equivalent', terms: ['冷链物流', '冷链配送'], reason: 'test' },
  { relation: 'abbreviation', full: ['不间断电源'], short: ['UPS'], reason: 'test' },
]);
const units = (text: string) => textUnits(text, vocabulary).map((unit) => `${unit.kind}:${unit.text}`);

describe('textUnits', () => {
  it('keeps a Han run whole when no term covers it', () => {
    expect(units('红外镜头')).toEqual(['han:红外镜头']);
  });

  it('cuts at punctuation and spaces', () => {
    expect(units('红外、镜头')).toEqual(['han:红外', 'han:镜头']);
  });

  it('keeps ASCII words whole and lower-cased, folding widths and joiners first', () => {
    expect(units('J599系列')).toEqual(['word:j599', 'han:系列']);
    expect(units('ＲＳ-４８５接口')).toEqual(['word:rs485', 'han:接口']);
  });

  it('takes the longest term (冷链物流 before 冷链) and leaves the rest as Han runs', () => {
    expect(units('冷链物流园区')).toEqual(['term:冷链物流', 'han:园区']);
    expect(units('医药冷链')).toEqual(['han:医药', 'term:冷链']);
  });

  it('matches an ASCII term only as a whole word', () => {
    expect(units('UPS电源')).toEqual(['term:ups', 'han:电源']);
    expect(units('UPSX')).toEqual(['word:upsx']);
  });

  it('gives a term the senses of its groups', () => {
    const [ups] = textUnits('ups', vocabulary);
    expect(ups?.kind === 'term' ? ups.senses : []).toEqual([{ concept: 'v:不间断电源', weight: 0.9 }]);
  });

  it('returns nothing for text without letters, digits or Chinese', () => {
    expect(units('，。、 ()')).toEqual([]);
    expect(units('')).toEqual([]);
  });
});

describe('characterPairs', () => {
  it('turns Chinese into overlapping pairs', () => {
    expect(characterPairs('红外镜头')).toEqual(['红外', '外镜', '镜头']);
  });

  it('has no pair for a lone character or for nothing', () => {
    expect(characterPairs('锗')).toEqual([]);
    expect(characterPairs('')).toEqual([]);
  });
});
