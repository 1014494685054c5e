import { type AppLocale, createAppI18n, type Messages } from '../i18n';
import en from '../i18n/locales/en.yaml';

/** The app's i18n with both languages loaded at once, for specs that render in English (the app loads it lazily). */
export function createTestI18n(locale: AppLocale = 'zh-CN') {
  return createAppI18n(locale, { en: en as Messages });
}
