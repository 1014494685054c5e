import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../../../testing/i18n';
import { actionLabel, AUDIT_FIELD_KEYS, fieldLabel, targetTypeLabel, type Translator, valueLabel } from './audit-labels.util';

function translator(locale: 'zh-CN' | 'en'): Translator {
  const { t, te } = createTestI18n(locale).global;
  return { t: (key) => t(key), te: (key) => te(key, locale), language: locale };
}
const zh = translator('zh-CN');
const en = translator('en');
const ID = '5f0c6c0e-2a7b-4c1d-9d2e-0a1b2c3d4e5f';
const context = (t: Translator, targetType: string) => ({
  ...t,
  targetType,
  references: { [ID]: { type: 'organization' as const, name: '咸宁某某复合材料有限公司' } },
  formatDateTime: (iso: string) => `at ${iso.slice(0, 10)}`,
});

describe('audit labels', () => {
  // AUDIT_ACTIONS is every action the API writes (apps/api/src/modules/audit/audit-actions.spec.ts
  // checks the API's code against it); here, each must have a name in both languages.
  it.each(AUDIT_ACTIONS)('names the action %s in Chinese and English', (action) => {
    const zhLabel = actionLabel(action, zh);
    const enLabel = actionLabel(action, en);
    expect(zhLabel).not.toBe(action);
    expect(enLabel).not.toBe(action);
    expect(zhLabel).toMatch(/[\u4e00-\u9fff]/);
    expect(enLabel).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('gives every action a different name', () => {
    expect(new Set(AUDIT_ACTIONS.map((a) => actionLabel(a, zh))).size).toBe(AUDIT_ACTIONS.length);
    expect(new Set(AUDIT_ACTIONS.map((a) => actionLabel(a, en))).size).toBe(AUDIT_ACTIONS.length);
  });

  it.each([...AUDIT_TARGET_TYPES])('names the target type %s', (type) => {
    expect(targetTypeLabel(type, zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(targetTypeLabel(type, en)).not.toBe(type);
  });

  it.each([...AUDIT_FIELD_KEYS])('names the field %s', (field) => {
    expect(fieldLabel(field, zh)).toMatch(/[\u4e00-\u9fff]/);
    expect(fieldLabel(field, en)).not.toBe(field);
  });

  it('shows an unknown action or field under its own code (an entry older than its label)', () => {
    expect(actionLabel('legacy.thing', zh)).toBe('legacy.thing');
    expect(fieldLabel('legacyField', en)).toBe('legacyField');
  });
});

describe('audit values', () => {
  it('names statuses by the kind of object', () => {
    expect(valueLabel('status', 'PENDING_VERIFICATION', context(zh, 'organization'))).toBe('待审核');
    expect(valueLabel('status', 'APPROVED', context(zh, 'qualification'))).toBe('已通过');
    expect(valueLabel('status', 'PUBLISHED', context(zh, 'demand'))).toBe('已发布');
    expect(valueLabel('status', 'SHORTLISTED', context(en, 'response'))).toBe('Shortlisted');
    expect(valueLabel('state', 'failed', context(zh, 'job'))).toBe('失败');
  });

  it('names codes, ids, booleans, dates and lists', () => {
    expect(valueLabel('type', 'GJB9001C', context(zh, 'qualification'))).toContain('武器装备质量管理体系');
    expect(valueLabel('kind', 'ENTERPRISE', context(zh, 'organization'))).toBe('民参军企业');
    expect(valueLabel('visibility', 'INVITED', context(zh, 'demand'))).toBe('仅受邀企业');
    expect(valueLabel('level', 2, context(zh, 'qualification'))).toBe('二级');
    expect(valueLabel('sectors', ['NEW_MATERIALS', 'EMERGENCY'], context(zh, 'demand'))).toBe('新材料、应急装备与服务');
    expect(valueLabel('enterpriseId', ID, context(zh, 'demand'))).toBe('咸宁某某复合材料有限公司');
    expect(valueLabel('userId', '6f0c6c0e-2a7b-4c1d-9d2e-0a1b2c3d4e5f', context(zh, 'organization'))).toBe('6f0c6c0e…');
    expect(valueLabel('disabled', true, context(zh, 'user'))).toBe('是');
    expect(valueLabel('disabled', false, context(en, 'user'))).toBe('No');
    expect(valueLabel('statusReason', null, context(zh, 'organization'))).toBe('（空）');
    expect(valueLabel('expiresAt', '2026-12-06T10:00:00.000Z', context(zh, 'user'))).toBe('at 2026-12-06');
    expect(valueLabel('expiresOn', '2028-01-09', context(zh, 'qualification'))).toBe('2028-01-09');
    expect(
      valueLabel('requiredQualifications', [{ type: 'SECRECY', level: 2 }], context(zh, 'demand')),
    ).toMatch(/保密资格.*二级/);
  });
});
