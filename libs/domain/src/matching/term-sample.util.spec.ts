import { describe, expect, it } from 'vitest';

import { demandSampleText, TermSample } from './term-sample.util.js';

const sample = (texts: string[]) => texts.map((text, i) => ({ id: `d${i}`, text }));

describe('demandSampleText', () => {
  it('is the title and the description, lower-cased, so that ASCII terms match whatever their case', () => {
    expect(demandSampleText('UPS 电源采购', '含 GPS 模块')).toBe('ups 电源采购 含 gps 模块');
  });
});

describe('TermSample', () => {
  const texts = ['采购发电机组，交货地点咸宁', '采购光伏组件，交货地点武汉', '渗透测试服务，地点咸宁', '采购帐篷'];

  it('counts in how many sampled texts each term occurs, once per text', () => {
    const terms = new TermSample(sample(texts), 4);
    expect(terms.frequencies(['采购', '地点', '帐篷', '舷外机'])).toEqual({
      documents: 4,
      counts: { 采购: 3, 地点: 3, 帐篷: 1, 舷外机: 0 },
    });
  });

  it('scales counts to every published demand when the sample is the newest part of them', () => {
    const terms = new TermSample(sample(texts), 40);
    expect(terms.frequencies(['采购', '帐篷'])).toEqual({ documents: 40, counts: { 采购: 30, 帐篷: 10 } });
  });

  it('counts in the demand being matched when it was published after the sample was read', () => {
    const terms = new TermSample(sample(texts), 4);
    const own = { id: 'new', text: '采购舷外机' };
    expect(terms.frequencies(['采购', '舷外机', '地点'], own)).toEqual({ documents: 5, counts: { 采购: 4, 舷外机: 1, 地点: 3 } });
  });

  it('does not count the demand twice when the sample already holds it', () => {
    const terms = new TermSample(sample(texts), 4);
    expect(terms.frequencies(['帐篷'], { id: 'd3', text: texts[3]! })).toEqual({ documents: 4, counts: { 帐篷: 1 } });
  });

  it('remembers a count: the answer stays the same when asked again, and repeated terms count once', () => {
    const terms = new TermSample(sample(texts), 4);
    expect(terms.count('咸宁')).toBe(2);
    expect(terms.count('咸宁')).toBe(2);
    expect(terms.frequencies(['咸宁', '咸宁']).counts).toEqual({ 咸宁: 2 });
  });

  it('answers no counts for no terms or no published demand', () => {
    expect(new TermSample(sample(texts), 4).frequencies([])).toEqual({ documents: 4, counts: {} });
    expect(new TermSample([], 0).frequencies(['采购'])).toEqual({ documents: 0, counts: {} });
    expect(new TermSample([], 0).frequencies(['采购'], { id: 'x', text: '采购' })).toEqual({ documents: 1, counts: { 采购: 1 } });
  });
});
