import { type Locale } from '../i18n/locale.type.js';
import { qualificationTypeByCode } from '../qualifications/qualification-type-by-code.util.js';
import { type ConstraintCheck } from './match.types.js';

const LEVEL_ZH: Readonly<Record<number, string>> = { 1: '一级', 2: '二级', 3: '三级' };

const levelZh = (level: number): string => LEVEL_ZH[level] ?? `${level}级`;

// The catalogue writes "(GJB 9001C-2017)" with ASCII brackets; a Chinese sentence takes full-width ones.
const zhName = (name: string): string => name.replace(/ ?\(([^()]*)\)/gu, '（$1）');

/** The certificate a check is about, with the level when one is named ("二级保密资格"). */
export function requirementName(
  check: Pick<ConstraintCheck, 'qualificationType'>,
  level: number | null,
  locale: Locale,
): string {
  if (check.qualificationType === null) return '';
  if (check.qualificationType === 'SECRECY' && level !== null) {
    return locale === 'zh-CN' ? `${levelZh(level)}保密资格` : `secrecy qualification level ${level}`;
  }
  const type = qualificationTypeByCode(check.qualificationType);
  return locale === 'zh-CN' ? zhName(type.nameZh) : type.nameEn;
}

function organizationMessage(check: ConstraintCheck, locale: Locale): string {
  if (check.outcome === 'MET') return locale === 'zh-CN' ? '机构已认证' : 'Organisation verified';
  if (check.outcome === 'SUSPENDED') {
    return locale === 'zh-CN' ? '贵单位账号已被暂停' : 'Your organisation is suspended';
  }
  return locale === 'zh-CN' ? '贵单位尚未通过机构认证' : 'Your organisation has not been verified yet';
}

/**
 * One line telling a firm (or a procurer reviewing it) why a hard constraint holds or fails, e.g.
 * "需二级保密资格，贵单位为三级" / "Requires secrecy qualification level 2; yours is level 3".
 */
export function constraintMessage(check: ConstraintCheck, locale: Locale): string {
  if (check.kind === 'ORGANIZATION' || check.qualificationType === null)
    return organizationMessage(check, locale);

  const zh = locale === 'zh-CN';
  const required = requirementName(check, check.requiredLevel, locale);
  const expiry = check.expiresOn;
  switch (check.outcome) {
    case 'MET': {
      const heldName = requirementName(check, check.heldLevel ?? check.requiredLevel, locale);
      if (expiry === null) return zh ? `已具备${heldName}` : `Holds ${heldName}`;
      return zh ? `已具备${heldName}，有效期至${expiry}` : `Holds ${heldName}, valid through ${expiry}`;
    }
    case 'MISSING':
      return zh ? `需${required}，贵单位尚未提交该证书` : `Requires ${required}; you have not submitted one`;
    case 'PENDING':
      return zh
        ? `需${required}，贵单位的证书待审核`
        : `Requires ${required}; your certificate is awaiting review`;
    case 'REJECTED':
      return zh
        ? `需${required}，贵单位的证书未通过审核`
        : `Requires ${required}; your certificate was rejected`;
    case 'EXPIRED':
      if (expiry === null)
        return zh
          ? `需${required}，贵单位的证书已过期`
          : `Requires ${required}; your certificate has expired`;
      return zh
        ? `需${required}，贵单位的证书已于${expiry}过期`
        : `Requires ${required}; your certificate expired on ${expiry}`;
    case 'EXPIRES_BEFORE_DEADLINE':
      return zh
        ? `需${required}，贵单位的证书将于${expiry ?? ''}到期，早于需求截止日期`
        : `Requires ${required}; your certificate expires on ${expiry ?? ''}, before the demand's deadline`;
    case 'LEVEL_TOO_LOW':
      if (check.heldLevel === null) {
        return zh ? `需${required}，贵单位的证书未注明等级` : `Requires ${required}; yours states no level`;
      }
      return zh
        ? `需${required}，贵单位为${levelZh(check.heldLevel)}`
        : `Requires ${required}; yours is level ${check.heldLevel}`;
    case 'NOT_VERIFIED':
    case 'SUSPENDED':
      return organizationMessage(check, locale);
  }
}
