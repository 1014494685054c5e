import { type Locale } from '../i18n/locale.type.js';
import { KNOWN_REGION_BY_CODE } from './known-region.lookup.js';

// Undefined for valid codes the lib does not enumerate (a county in another province): callers fall back
// to the province's name via provinceOf rather than showing a wrong one.
export function regionName(code: string, locale: Locale = 'zh-CN'): string | undefined {
  const region = KNOWN_REGION_BY_CODE.get(code);
  if (region === undefined) {
    return undefined;
  }
  return locale === 'zh-CN' ? region.nameZh : region.nameEn;
}
