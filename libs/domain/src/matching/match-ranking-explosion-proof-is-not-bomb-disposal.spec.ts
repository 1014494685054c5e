import { describe, expect, it } from 'vitest';

import { CONTEXT } from './match-context.fixture.js';
import { assessMatch } from './assess-match.util.js';
import { isListedMatch } from './is-listed-match.util.js';
import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';

// 防爆 (explosion-proof, for oil depots) and 排爆 (bomb disposal) differ by one character and share
// 机器人: each demand must list its own trade only.
const NOW = new Date('2026-11-28T02:00:00Z');

const demand = (title: string, description: string): DemandForMatching => ({
  title,
  description,
  sectors: ['INTELLIGENT_EQUIPMENT'],
  requiredQualifications: [],
  regionCode: null,
  deadline: null,
});

const firm = (name: string, products: string[], summary: string): EnterpriseForMatching => ({
  name,
  summary,
  products,
  capabilities: [],
  equipment: [],
  sectors: ['INTELLIGENT_EQUIPMENT', 'EMERGENCY'],
  regionCode: '421202',
  qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2031-06-30' }],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: '2026-11-01T00:00:00Z',
});

const explosionProof = firm(
  '咸宁安巡智能装备有限公司',
  ['防爆巡检机器人', '挂轨巡检机器人'],
  '石化场站防爆巡检机器人。',
);
const bombDisposal = firm('赤壁神盾排爆装备有限公司', ['排爆机器人', '排爆服'], '排爆与反恐装备。');

describe('防爆 and 排爆 robots', () => {
  it('lists the explosion-proof inspection robot maker for an oil-depot demand, not the bomb-disposal one', () => {
    const oilDepot = demand('油库防爆巡检机器人', '油库用防爆型巡检机器人，具备可燃气体检测。');
    expect(isListedMatch(assessMatch(oilDepot, explosionProof, NOW, CONTEXT))).toBe(true);
    expect(isListedMatch(assessMatch(oilDepot, bombDisposal, NOW, CONTEXT))).toBe(false);
  });

  it('lists the bomb-disposal robot maker for an EOD demand, not the explosion-proof one', () => {
    const eod = demand('排爆机器人采购', '采购排爆机器人两台。');
    expect(isListedMatch(assessMatch(eod, bombDisposal, NOW, CONTEXT))).toBe(true);
    expect(isListedMatch(assessMatch(eod, explosionProof, NOW, CONTEXT))).toBe(false);
  });

  it('treats 拆弹机器人 as the same trade as 排爆机器人', () => {
    const eod = demand('拆弹机器人', '');
    expect(assessMatch(eod, bombDisposal, NOW, CONTEXT).matchedTerms).toEqual(['拆弹机器人']);
  });
});
