import { describe, expect, it } from 'vitest';

import { CONTEXT } from './match-context.fixture.js';
import { assessMatch } from './assess-match.util.js';
import { isListedMatch } from './is-listed-match.util.js';
import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';

// 移动电站 is the military's word for a field generator set (发电机组); 光伏电站 shares 电站 but is a solar
// farm. The synonym groups must link the first pair and the matcher must not be fooled by the second.
const NOW = new Date('2026-11-28T02:00:00Z');

const demand: DemandForMatching = {
  title: '野战低噪声移动电站采购',
  description: '采购30kW拖车式野战低噪声移动电站。',
  sectors: ['ORDNANCE', 'NEW_ENERGY'],
  requiredQualifications: [],
  regionCode: null,
  deadline: '2027-01-27',
};

const firm = (name: string, products: string[], summary: string): EnterpriseForMatching => ({
  name,
  summary,
  products,
  capabilities: [],
  equipment: [],
  sectors: ['NEW_ENERGY'],
  regionCode: '421202',
  qualifications: [],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: '2026-11-01T00:00:00Z',
});

const generator = firm('咸宁同力机电有限公司', ['超静音发电机组', '车载电源'], '军用发电机组研制。');
const solarFarm = firm('通城县阳光新能源有限公司', ['光伏电站运营'], '光伏电站投资运营。');

describe('demand 野战低噪声移动电站采购', () => {
  const forGenerator = assessMatch(demand, generator, NOW, CONTEXT);
  const forSolarFarm = assessMatch(demand, solarFarm, NOW, CONTEXT);

  it('ranks the generator-set maker above the solar-farm operator', () => {
    expect(forGenerator.score).toBeGreaterThan(forSolarFarm.score);
  });

  it('lists the generator-set maker, with the title term found through synonyms', () => {
    expect(isListedMatch(forGenerator)).toBe(true);
    expect(forGenerator.matchedTerms).toContain('野战低噪声移动电站');
  });

  it('does not list the solar-farm operator', () => {
    expect(isListedMatch(forSolarFarm)).toBe(false);
    expect(forSolarFarm.matchedTerms).toEqual([]);
  });
});
