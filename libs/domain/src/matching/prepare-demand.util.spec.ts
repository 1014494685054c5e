import { describe, expect, it } from 'vitest';

import { countFeatureFrequencies } from './count-feature-frequencies.util.js';
import { contextWith } from './match-context.fixture.js';
import { demandFeatureKeys, prepareDemand } from './prepare-demand.util.js';
import { profileFeatures } from './profile-features.util.js';

const groups = [
  { relation: 'abbreviation' as const, full: ['不间断电源'], short: ['UPS'], reason: 'test' },
  { relation: 'broader' as const, broader: '电源', narrower: ['不间断电源'], reason: 'test' },
];
const empty = { name: '', summary: '', products: [], capabilities: [], equipment: [] };

describe('prepareDemand', () => {
  it('keeps out of the score the terms no profile uses, and names them', () => {
    const { vocabulary } = contextWith(groups);
    const profiles = [profileFeatures({ ...empty, products: ['不间断电源'] }, vocabulary)];
    const context = contextWith(groups, countFeatureFrequencies(profiles));
    const prepared = prepareDemand('某部询价公告', '采购UPS电源2台。', context);
    expect(prepared.unmatched).toContain('询价公告');
    expect(prepared.terms.map((term) => term.term)).toContain('UPS电源');
  });

  it('gives a concept its sense and its broader concept at BROADER_ONLY_FIT', () => {
    const prepared = prepareDemand('UPS', '', contextWith(groups));
    const [feature] = prepared.terms[0]?.features ?? [];
    expect(feature?.keys).toEqual([
      ['k:v:不间断电源', 0.9],
      ['k:v:电源', 0.45],
    ]);
  });

  it('assigns description terms to the lots that contain them', () => {
    const prepared = prepareDemand('器材采购', '采购：1.冲锋舟10艘；2.救生衣300件。', contextWith(groups));
    const names = prepared.lots.map((lot) => lot.map((index) => prepared.terms[index]?.term));
    expect(names).toEqual([['冲锋舟'], ['救生衣']]);
  });

  it('lists every key its scoring may read', () => {
    const keys = demandFeatureKeys('UPS电源', '', contextWith(groups));
    expect(keys).toEqual(expect.arrayContaining(['k:v:不间断电源', 'k:v:电源', 'b:电源']));
  });
});

describe('countFeatureFrequencies', () => {
  it('counts in how many profiles each key occurs', () => {
    expect(countFeatureFrequencies([{ 'b:电源': 1, 'b:电池': 0.6 }, { 'b:电源': 0.5 }])).toEqual({
      documents: 2,
      counts: { 'b:电源': 2, 'b:电池': 1 },
    });
  });
});
