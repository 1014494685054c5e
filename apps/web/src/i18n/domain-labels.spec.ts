import {
  MembershipRoleSchema,
  ORGANIZATION_KINDS,
  OrganizationStatusSchema,
  PLATFORM_ROLES,
  VIEWER_KINDS,
} from '@mcf/contracts';
import { ORGANIZATION_STATUS_ACTIONS, PROFILE_FIELDS, QUALIFICATION_STATUSES, SECRECY_LEVELS } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { createTestI18n } from '../testing/i18n';

/** Labels the views build from wire values (`organizationStatus.${status}`): one per value, in both languages. */
const FAMILIES: Record<string, readonly string[]> = {
  organizationStatus: OrganizationStatusSchema.options,
  'account.statusHint': OrganizationStatusSchema.options,
  organizationKind: ORGANIZATION_KINDS,
  organizationKindShort: ORGANIZATION_KINDS,
  'register.kindHint': ORGANIZATION_KINDS,
  membershipRole: MembershipRoleSchema.options,
  platformRole: PLATFORM_ROLES,
  viewerKind: VIEWER_KINDS,
  invitationStatus: ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'],
  qualificationStatus: QUALIFICATION_STATUSES,
  secrecyLevel: SECRECY_LEVELS.map(String),
  'profile.completenessFields': PROFILE_FIELDS,
  'vetting.action': ['approve', 'reject', 'bulk'].flatMap((action) =>
    ['title', 'message', 'confirm'].map((part) => `${action}.${part}`),
  ),
  'adminOrgs.action': ORGANIZATION_STATUS_ACTIONS.flatMap((action) =>
    ['label', 'title', 'message', 'confirm', 'done'].map((part) => `${action}.${part}`),
  ),
  'adminOrgs.memberAction': ['resetPassword', 'disable', 'enable'].flatMap((action) =>
    ['label', 'title', 'message', 'confirm'].map((part) => `${action}.${part}`),
  ),
};

describe('labels of wire values', () => {
  it.each(['zh-CN', 'en'] as const)('has every one in %s', (locale) => {
    const { global } = createTestI18n(locale);
    for (const [family, values] of Object.entries(FAMILIES)) {
      for (const value of values) expect(global.te(`${family}.${value}`), `${family}.${value}`).toBe(true);
    }
  });

  it('names the organisation statuses as reviewers say them', () => {
    const { global } = createTestI18n('zh-CN');
    expect(
      OrganizationStatusSchema.options.map((status) => global.t(`organizationStatus.${status}`)),
    ).toEqual(['待审核', '已认证', '未通过', '已暂停']);
  });
});
