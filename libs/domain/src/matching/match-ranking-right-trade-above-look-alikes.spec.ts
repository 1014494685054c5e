import { describe, expect, it } from 'vitest';

import { CONTEXT } from './match-context.fixture.js';
import { assessMatch } from './assess-match.util.js';
import { isListedMatch } from './is-listed-match.util.js';
import { isNearlyMatched } from './is-nearly-matched.util.js';
import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';

// Cases from the dev data set (matching-dev.json): the right supplier first, look-alikes and firms with
// unusable certificates off the list.
const NOW = new Date('2026-11-28T02:00:00Z');

const firm = (profile: Partial<EnterpriseForMatching>): EnterpriseForMatching => ({
  name: '',
  summary: '',
  products: [],
  capabilities: [],
  equipment: [],
  sectors: [],
  regionCode: '421202',
  qualifications: [],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: '2026-11-01T00:00:00Z',
  ...profile,
});

const approved = (type: 'GJB9001C' | 'SECRECY', expiresOn = '2031-06-30', level: number | null = null) => ({
  type,
  level,
  status: 'APPROVED' as const,
  expiresOn,
});

const ranked = (demand: DemandForMatching, firms: Record<string, EnterpriseForMatching>): string[] =>
  Object.entries(firms)
    .map(([key, enterprise]) => ({ key, assessment: assessMatch(demand, enterprise, NOW, CONTEXT) }))
    .filter((entry) => isListedMatch(entry.assessment))
    .sort((a, b) => b.assessment.score - a.assessment.score)
    .map((entry) => entry.key);

describe('the right trade above look-alikes', () => {
  it('a reconnaissance drone: the drone maker, not the toy-plane maker or the fire-reconnaissance robot', () => {
    const demand: DemandForMatching = {
      title: '侦察用长航时固定翼无人机',
      description: '采购侦察用长航时固定翼无人机系统，需保密资格和国军标质量体系认证。',
      sectors: ['AEROSPACE'],
      requiredQualifications: [
        { type: 'GJB9001C', minLevel: null },
        { type: 'SECRECY', minLevel: 3 },
      ],
      regionCode: null,
      deadline: '2027-01-27',
    };
    const firms = {
      uav: firm({
        name: '咸宁翔鹰无人机科技有限公司',
        summary: '工业级多旋翼与固定翼无人机研制。',
        products: ['固定翼无人机', '系留无人机', '无人机集群控制系统'],
        capabilities: ['飞控软件', '长航时动力'],
        sectors: ['AEROSPACE', 'AI'],
        qualifications: [approved('GJB9001C'), approved('SECRECY', '2031-06-30', 3)],
      }),
      toy: firm({
        name: '崇阳县童趣玩具有限公司',
        summary: '儿童玩具制造。',
        products: ['遥控飞机玩具', '积木'],
      }),
      robot: firm({
        name: '咸宁智造机器人有限公司',
        summary: '特种机器人研制。',
        products: ['排爆机器人', '巡检机器人', '消防侦察机器人'],
        sectors: ['AI'],
        qualifications: [approved('GJB9001C'), approved('SECRECY', '2031-06-30', 3)],
      }),
    };
    expect(ranked(demand, firms)).toEqual(['uav']);
  });

  it('an infrared lens: the germanium-lens maker; the one whose GJB certificate expired is only nearly matched', () => {
    const demand: DemandForMatching = {
      title: '红外热像仪镜头',
      description: '采购红外热像仪用锗镜头，需GJB9001C。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
      regionCode: null,
      deadline: '2027-01-27',
    };
    const expired = firm({
      name: '咸宁明视光学仪器有限公司',
      summary: '光学镜头与观瞄器材。',
      products: ['红外热像镜头', '望远镜', '光学窗口'],
      sectors: ['ELECTRONICS'],
      qualifications: [approved('GJB9001C', '2025-01-31')],
    });
    const firms = {
      optics2: firm({
        name: '赤壁晶光光电有限公司',
        summary: '红外光学元件。',
        products: ['锗透镜', '红外镜头'],
        capabilities: ['单点金刚石车削'],
        sectors: ['ELECTRONICS'],
        qualifications: [approved('GJB9001C')],
      }),
      optics: expired,
    };
    expect(ranked(demand, firms)).toEqual(['optics2']);
    const assessment = assessMatch(demand, expired, NOW, CONTEXT);
    expect(isNearlyMatched(assessment)).toBe(true);
    expect(assessment.constraints[1]).toMatchObject({ outcome: 'EXPIRED', expiresOn: '2025-01-31' });
  });

  it('a long, wordy description still puts the right supplier first', () => {
    const demand: DemandForMatching = {
      title: '装甲车辆液压减振器',
      description:
        '本项目拟采购用于某型号装甲车辆动力系统配套的液压减振器总成，要求具备GJB9001C质量体系认证，产品需满足' +
        'GJB150A环境试验要求，交付周期不超过六个月，供应商需提供完整技术资料、安装调试及售后服务，并开展操作维护培训。',
      sectors: ['ORDNANCE'],
      requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
      regionCode: null,
      deadline: '2027-01-27',
    };
    const firms = {
      damper: firm({
        name: '咸宁金衡液压科技有限公司',
        summary: '装甲车动力系统配套液压减震器研制生产。',
        products: ['液压减震器', '缓冲油缸'],
        sectors: ['ORDNANCE'],
        qualifications: [approved('GJB9001C')],
      }),
      trainer: firm({
        name: '咸宁智培教育科技有限公司',
        summary: '职业技能培训与技术资料编制服务。',
        products: ['操作维护培训', '技术资料编制'],
        qualifications: [approved('GJB9001C')],
      }),
    };
    expect(ranked(demand, firms)[0]).toBe('damper');
  });
});
