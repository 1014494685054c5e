import { describe, expect, it } from 'vitest';
import { baseVocabulary } from './base-vocabulary.js';
import { compileVocabulary } from './compile-vocabulary.util.js';
import { mineEquivalences, suggestionPairKey, proposedRelation, writtenTerm } from './mine-equivalences.util.js';

const source = { sourceKind: 'PROFILE', sourceId: 'org-1' } as const;
const empty = compileVocabulary([]);
const pairs = (text: string, vocabulary = empty) =>
  mineEquivalences(text, source, vocabulary).map(({ relation, terms }) => [relation, ...terms]);

describe('mineEquivalences: brackets', () => {
  it('reads a name and another name in full-width or half-width brackets', () => {
    expect(pairs('变压吸附制氧机（PSA制氧机）')).toEqual([['equivalent', '变压吸附制氧机', 'PSA制氧机']]);
    expect(pairs('变压吸附制氧机(PSA制氧机)')).toEqual([['equivalent', '变压吸附制氧机', 'PSA制氧机']]);
  });

  it('proposes an abbreviation, full form first, when the bracket holds a Latin acronym', () => {
    expect(pairs('现场可编程门阵列（FPGA）开发')).toEqual([]); // the bracket is inside a word: 阵列（FPGA）开发
    expect(pairs('现场可编程门阵列（FPGA），用于信号处理')).toEqual([
      ['abbreviation', '现场可编程门阵列', 'FPGA'],
    ]);
    expect(pairs('FPGA（现场可编程门阵列）。')).toEqual([['abbreviation', '现场可编程门阵列', 'FPGA']]);
  });

  it('proposes an abbreviation when one side is a short form of the other’s characters in order', () => {
    expect(pairs('空气滤清器（空滤）')).toEqual([['abbreviation', '空气滤清器', '空滤']]);
  });

  it('reads an English name in brackets as an equivalent, lower-case in the normal form only', () => {
    expect(pairs('合成孔径雷达（Synthetic Aperture Radar）')).toEqual([
      ['equivalent', '合成孔径雷达', 'Synthetic Aperture Radar'],
    ]);
  });

  it('drops the verbs and filler that open the sentence before the name', () => {
    expect(pairs('我公司主营变压吸附制氧机（PSA制氧机）')).toEqual([
      ['equivalent', '变压吸附制氧机', 'PSA制氧机'],
    ]);
  });

  it.each([
    ['an inventory', '无人机系统（含岸基控制站1套）'],
    ['a standard number', '速冻食品（GB 19298）'],
    ['a standard number without digits first', '军用软件（GJB5000A）'],
    ['a quantity', '移动电站（50kW）'],
    ['a date', '年度保障（2025年）'],
    ['a list', '探测设备（雷达、声呐）'],
    ['an open list', '探测设备（雷达声呐等）'],
    ['a note', '安装调试（如需）'],
    ['a condition', '整机（不含电池）'],
    ['an organisation part', '咸宁光谷（集团）'],
    ['a place in a firm name', '光电科技（咸宁）有限公司'],
    ['a bracket inside a word', '某（型）号雷达'],
    ['a sentence', '供氧设备（用于高原 部队 营区）'],
    ['a broader term', '变压吸附制氧机（制氧机）'],
    ['a single character', '电源（电）'],
    ['nothing before it', '（PSA制氧机）'],
    ['an empty bracket', '制氧机（）'],
  ])('reads no pair from %s', (_, text) => {
    expect(pairs(text)).toEqual([]);
  });
});

describe('mineEquivalences: markers', () => {
  it('reads 又称, 也称, 俗称 and 又名 as another name, and the relation by the general rule', () => {
    expect(pairs('变压吸附制氧机，又称分子筛制氧机，广泛用于高原')).toEqual([
      ['equivalent', '变压吸附制氧机', '分子筛制氧机'],
    ]);
    expect(pairs('履带式装载机也称“履带装载车”')).toEqual([['equivalent', '履带式装载机', '履带装载车']]);
    expect(pairs('野战给养单元俗称单兵口粮。')).toEqual([['equivalent', '野战给养单元', '单兵口粮']]);
    expect(pairs('不间断电源又名UPS')).toEqual([['abbreviation', '不间断电源', 'UPS']]);
  });

  it('reads 简称 as a short form, in a sentence or a bracket, with 以下简称 too', () => {
    expect(pairs('网络安全等级保护测评，简称等保测评')).toEqual([
      ['abbreviation', '网络安全等级保护测评', '等保测评'],
    ]);
    expect(pairs('军民融合发展（简称军民融合）工作')).toEqual([]); // bracket inside a word
    expect(pairs('无人水面艇（以下简称无人艇）。')).toEqual([['abbreviation', '无人水面艇', '无人艇']]);
  });

  it('reads "B是A的简称" and "B是A的俗称" with the full name first', () => {
    expect(pairs('等保测评是等级保护测评的简称。')).toEqual([['abbreviation', '等级保护测评', '等保测评']]);
    expect(pairs('单兵口粮是野战给养单元的俗称')).toEqual([['equivalent', '野战给养单元', '单兵口粮']]);
  });
});

describe('mineEquivalences: slashes', () => {
  it('keeps "A/B" only for a Chinese name and its acronym, or a short form of the other', () => {
    expect(pairs('不间断电源/UPS')).toEqual([['abbreviation', '不间断电源', 'UPS']]);
    expect(pairs('空滤/空气滤清器')).toEqual([['abbreviation', '空气滤清器', '空滤']]);
  });

  it('reads "A/B" between two Chinese names or two Latin words as alternatives, not names', () => {
    expect(pairs('发电机/电动机')).toEqual([]);
    expect(pairs('Ku/Ka 波段')).toEqual([]);
    expect(pairs('TCP/IP 协议')).toEqual([]);
  });
});

describe('mineEquivalences: against the vocabulary', () => {
  it('drops a pair the vocabulary already names as one concept', () => {
    expect(pairs('不间断电源（UPS电源）', baseVocabulary())).toEqual([]);
  });

  it('drops a pair the vocabulary holds as look-alikes or broader and narrower', () => {
    const vocabulary = compileVocabulary([], [
      { relation: 'lookalike', terms: ['防爆机器人', '排爆机器人'], reason: 'different trades' },
      { relation: 'broader', broader: '制氧设备', narrower: ['分子筛制氧机'], reason: 'a kind of' },
    ]);
    expect(pairs('防爆机器人（排爆机器人）', vocabulary)).toEqual([]);
    expect(pairs('分子筛制氧机（制氧设备）', vocabulary)).toEqual([]);
    expect(pairs('分子筛制氧机（PSA制氧机）', vocabulary)).toEqual([
      ['equivalent', '分子筛制氧机', 'PSA制氧机'],
    ]);
  });

  it('reads a pair once per text, with the words around it as evidence', () => {
    const text = '本公司生产变压吸附制氧机（PSA制氧机），变压吸附制氧机（PSA制氧机）供高原部队使用';
    const found = mineEquivalences(text, source, empty);
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence).toEqual({
      sourceKind: 'PROFILE',
      sourceId: 'org-1',
      snippet: expect.stringContaining('变压吸附制氧机(PSA制氧机)'),
    });
  });

  it('finds nothing in text that gives no second name', () => {
    expect(pairs('军用发电机组研制生产，具备GJB9001C认证。')).toEqual([]);
    expect(pairs('')).toEqual([]);
  });
});

describe('helpers', () => {
  it('keys a pair by its normalised terms in order, whatever the order written', () => {
    expect(suggestionPairKey(['PSA制氧机', '变压吸附制氧机'])).toBe(suggestionPairKey(['变压吸附制氧机', 'psa制氧机']));
  });

  it('writes a term in the normal form, keeping ASCII case, or the normal form when joiners go', () => {
    expect(writtenTerm(' ＰＳＡ制氧机 ')).toBe('PSA制氧机');
    expect(writtenTerm('RS-485接口')).toBe('rs485接口');
  });

  it('proposes the relation: acronym or in-order short form → abbreviation, full form first', () => {
    expect(proposedRelation('UPS', '不间断电源')).toEqual({ relation: 'abbreviation', terms: ['不间断电源', 'UPS'] });
    expect(proposedRelation('等保测评', '等级保护测评')).toEqual({
      relation: 'abbreviation',
      terms: ['等级保护测评', '等保测评'],
    });
    expect(proposedRelation('空滤', '空气滤清器').relation).toBe('abbreviation');
    expect(proposedRelation('单兵口粮', '野战给养单元').relation).toBe('equivalent');
  });
});
