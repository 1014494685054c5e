import { type Locale } from '../i18n/locale.type.js';
import { type QualificationTypeCode } from '../qualifications/qualification-type-code.constant.js';
import { requirementName } from './constraint-message.util.js';

/** What matching found out about a demand no firm passed the text threshold for. */
export interface EmptyMatchFacts {
  /** Key terms of the demand that no profile on the platform uses. */
  unmatchedTerms: readonly string[];
  /** Verified firms sharing a sector with the demand. */
  sectorFirms: number;
  /** Of those, how many lack each requirement (valid through the deadline). */
  missing: ReadonlyArray<{ qualificationType: QualificationTypeCode; requiredLevel: number | null; firms: number }>;
}

const quoted = (terms: readonly string[], locale: Locale): string =>
  terms.map((term) => (locale === 'zh-CN' ? `“${term}”` : `"${term}"`)).join(locale === 'zh-CN' ? '、' : ', ');

/**
 * Tells a procurer why its demand has no match and what to do, e.g. "37 家企业领域相符，其中 29 家缺少二级保密资格。
 * 平台上没有供应商使用“舷外机”等用词。以下为领域相符的较弱匹配，可调整需求措辞后重新发布。"
 */
export function emptyMatchMessage(facts: EmptyMatchFacts, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  const missing = facts.missing.filter((entry) => entry.firms > 0);
  const lacking = missing
    .map((entry) => {
      const name = requirementName({ qualificationType: entry.qualificationType }, entry.requiredLevel, locale);
      return zh ? `${entry.firms} 家缺少${name}` : `${entry.firms} lack ${name}`;
    })
    .join(zh ? '，' : ', ');
  if (zh) parts.push(`${facts.sectorFirms} 家企业领域相符${lacking === '' ? '' : `，其中 ${lacking}`}。`);
  else
    parts.push(
      `${facts.sectorFirms} ${facts.sectorFirms === 1 ? 'firm shares' : 'firms share'} the demand's sectors${lacking === '' ? '' : `; of them ${lacking}`}.`,
    );
  const unmatched = facts.unmatchedTerms.slice(0, 5);
  if (unmatched.length > 0)
    parts.push(
      zh
        ? `平台上没有供应商使用${quoted(unmatched, locale)}等用词。`
        : `No supplier on the platform uses ${quoted(unmatched, locale)}.`,
    );
  parts.push(
    zh
      ? '以下为领域相符的较弱匹配，可调整需求措辞（如使用产品的通用名称）后重新发布。'
      : 'Below are weaker matches from the same sectors; consider rewording the demand (e.g. the product’s common name) and publishing it again.',
  );
  return parts.join(zh ? '' : ' ');
}
