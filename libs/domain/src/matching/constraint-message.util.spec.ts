import { describe, expect, it } from 'vitest';

import { CONSTRAINT_OUTCOMES, type ConstraintCheck } from './match.types.js';
import { constraintMessage } from './constraint-message.util.js';

const organization = (outcome: ConstraintCheck['outcome']): ConstraintCheck => ({
  kind: 'ORGANIZATION',
  qualificationType: null,
  requiredLevel: null,
  heldLevel: null,
  expiresOn: null,
  outcome,
  met: outcome === 'MET',
});

const qualification = (overrides: Partial<ConstraintCheck>): ConstraintCheck => ({
  kind: 'QUALIFICATION',
  qualificationType: 'GJB9001C',
  requiredLevel: null,
  heldLevel: null,
  expiresOn: '2030-12-31',
  outcome: 'MET',
  met: true,
  ...overrides,
});

const GJB_ZH = '武器装备质量管理体系认证（GJB 9001C-2017）';
const GJB_EN = 'Weapons and equipment quality management system certification (GJB 9001C-2017)';

describe('constraintMessage', () => {
  describe('organisation', () => {
    it.each([
      ['MET', '机构已认证', 'Organisation verified'],
      ['NOT_VERIFIED', '贵单位尚未通过机构认证', 'Your organisation has not been verified yet'],
      ['SUSPENDED', '贵单位账号已被暂停', 'Your organisation is suspended'],
    ] as const)('%s', (outcome, zh, en) => {
      expect(constraintMessage(organization(outcome), 'zh-CN')).toBe(zh);
      expect(constraintMessage(organization(outcome), 'en')).toBe(en);
    });
  });

  describe('secrecy levels with Chinese numerals', () => {
    it('says which level is required and which is held', () => {
      const check = qualification({
        qualificationType: 'SECRECY',
        requiredLevel: 2,
        heldLevel: 3,
        outcome: 'LEVEL_TOO_LOW',
        met: false,
      });
      expect(constraintMessage(check, 'zh-CN')).toBe('需二级保密资格，贵单位为三级');
      expect(constraintMessage(check, 'en')).toBe('Requires secrecy qualification level 2; yours is level 3');
    });

    it.each([
      [1, '一级'],
      [2, '二级'],
      [3, '三级'],
    ])('writes level %d as %s', (level, zh) => {
      const check = qualification({
        qualificationType: 'SECRECY',
        requiredLevel: level,
        heldLevel: null,
        outcome: 'MISSING',
        met: false,
        expiresOn: null,
      });
      expect(constraintMessage(check, 'zh-CN')).toBe(`需${zh}保密资格，贵单位尚未提交该证书`);
    });

    it('names the level held when met, which may be stronger than required', () => {
      const check = qualification({ qualificationType: 'SECRECY', requiredLevel: 2, heldLevel: 1 });
      expect(constraintMessage(check, 'zh-CN')).toBe('已具备一级保密资格，有效期至2030-12-31');
      expect(constraintMessage(check, 'en')).toBe(
        'Holds secrecy qualification level 1, valid through 2030-12-31',
      );
    });

    it('uses the catalogue name when no level is required', () => {
      const check = qualification({ qualificationType: 'SECRECY', outcome: 'PENDING', met: false });
      expect(constraintMessage(check, 'zh-CN')).toBe('需武器装备科研生产单位保密资格，贵单位的证书待审核');
    });

    it('says when a secrecy certificate states no level', () => {
      const check = qualification({
        qualificationType: 'SECRECY',
        requiredLevel: 3,
        outcome: 'LEVEL_TOO_LOW',
        met: false,
      });
      expect(constraintMessage(check, 'zh-CN')).toBe('需三级保密资格，贵单位的证书未注明等级');
      expect(constraintMessage(check, 'en')).toBe(
        'Requires secrecy qualification level 3; yours states no level',
      );
    });
  });

  describe('each qualification outcome, with the catalogue name', () => {
    it.each([
      [
        'MET',
        '2030-12-31',
        `已具备${GJB_ZH}，有效期至2030-12-31`,
        `Holds ${GJB_EN}, valid through 2030-12-31`,
      ],
      [
        'MISSING',
        null,
        `需${GJB_ZH}，贵单位尚未提交该证书`,
        `Requires ${GJB_EN}; you have not submitted one`,
      ],
      [
        'PENDING',
        '2030-12-31',
        `需${GJB_ZH}，贵单位的证书待审核`,
        `Requires ${GJB_EN}; your certificate is awaiting review`,
      ],
      [
        'REJECTED',
        '2030-12-31',
        `需${GJB_ZH}，贵单位的证书未通过审核`,
        `Requires ${GJB_EN}; your certificate was rejected`,
      ],
      [
        'EXPIRED',
        '2025-01-31',
        `需${GJB_ZH}，贵单位的证书已于2025-01-31过期`,
        `Requires ${GJB_EN}; your certificate expired on 2025-01-31`,
      ],
      [
        'EXPIRES_BEFORE_DEADLINE',
        '2026-12-20',
        `需${GJB_ZH}，贵单位的证书将于2026-12-20到期，早于需求截止日期`,
        `Requires ${GJB_EN}; your certificate expires on 2026-12-20, before the demand's deadline`,
      ],
    ] as const)('%s', (outcome, expiresOn, zh, en) => {
      const check = qualification({ outcome, expiresOn, met: outcome === 'MET' });
      expect(constraintMessage(check, 'zh-CN')).toBe(zh);
      expect(constraintMessage(check, 'en')).toBe(en);
    });

    it('writes an expired certificate without a date', () => {
      const check = qualification({ outcome: 'EXPIRED', expiresOn: null, met: false });
      expect(constraintMessage(check, 'zh-CN')).toBe(`需${GJB_ZH}，贵单位的证书已过期`);
    });

    it('writes a met certificate without a date', () => {
      expect(constraintMessage(qualification({ expiresOn: null }), 'en')).toBe(`Holds ${GJB_EN}`);
    });

    it('keeps the brackets of a name without a version', () => {
      const check = qualification({ qualificationType: 'FOOD_SAFETY', outcome: 'MISSING', met: false });
      expect(constraintMessage(check, 'zh-CN')).toBe('需食品生产 / 经营许可证（SC），贵单位尚未提交该证书');
    });
  });

  it('has a non-empty message for every outcome of either kind in either locale', () => {
    for (const outcome of CONSTRAINT_OUTCOMES) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(constraintMessage(organization(outcome), locale)).not.toBe('');
        expect(constraintMessage(qualification({ outcome, met: outcome === 'MET' }), locale)).not.toBe('');
      }
    }
  });
});
