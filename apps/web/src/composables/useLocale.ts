import elementEn from 'element-plus/es/locale/lang/en';
import elementZhCn from 'element-plus/es/locale/lang/zh-cn';
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { type AppLocale, DEFAULT_LOCALE, isAppLocale, setAppLocale } from '../i18n';

const ELEMENT_LOCALES = { 'zh-CN': elementZhCn, en: elementEn } as const;

/** The UI language: the current one, the one the switch offers, and Element Plus's matching locale. */
export function useLocale() {
  const composer = useI18n({ useScope: 'global' });

  const locale = computed<AppLocale>(() =>
    isAppLocale(composer.locale.value) ? composer.locale.value : DEFAULT_LOCALE,
  );
  const otherLocale = computed<AppLocale>(() => (locale.value === 'zh-CN' ? 'en' : 'zh-CN'));
  const elementLocale = computed(() => ELEMENT_LOCALES[locale.value]);

  /** Resolves once the language is shown; rejects (the language unchanged) when its messages cannot be loaded. */
  function setLocale(next: AppLocale): Promise<void> {
    return setAppLocale(composer, next);
  }

  /** The header switch offers exactly one other language, so one click toggles. */
  function toggleLocale(): Promise<void> {
    return setLocale(otherLocale.value);
  }

  return { locale, otherLocale, elementLocale, setLocale, toggleLocale };
}
