import { createI18n, type DefineLocaleMessage } from 'vue-i18n';
import en from './locales/en.yaml';
import zhCN from './locales/zh-CN.yaml';

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type AppLocale = (typeof SUPPORTED_LOCALES)[number];

/** Our users are Chinese enterprise staff and officials: Chinese unless they chose English. */
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';
export const LOCALE_STORAGE_KEY = 'mcf.locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value);
}

// Storage can be missing or throw (privacy modes, sandboxed frames); the language then simply does not persist.
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readPersistedLocale(): AppLocale {
  try {
    const stored = storage()?.getItem(LOCALE_STORAGE_KEY);
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function persistLocale(locale: AppLocale): void {
  try {
    storage()?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not persisted; the switch still applies to this visit.
  }
}

function applyDocumentLanguage(locale: AppLocale): void {
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

// The YAML plugin yields plain data; key parity between the two files is checked by i18n.spec.ts.
type Messages = DefineLocaleMessage;
const messages: Record<AppLocale, Messages> = { 'zh-CN': zhCN as Messages, en: en as Messages };

const datetimeFormats = {
  'zh-CN': {
    dateTime: { dateStyle: 'medium', timeStyle: 'medium' },
    time: { timeStyle: 'medium' },
  },
  en: {
    dateTime: { dateStyle: 'medium', timeStyle: 'medium' },
    time: { timeStyle: 'medium' },
  },
} satisfies Record<AppLocale, Record<string, Intl.DateTimeFormatOptions>>;

/** Creates the app's i18n in the persisted language (or Chinese) and sets `<html lang>` to match. */
export function createAppI18n(locale: AppLocale = readPersistedLocale()) {
  applyDocumentLanguage(locale);
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages,
    datetimeFormats,
  });
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** What `setAppLocale` needs of a composer: the global one from `useI18n()` or `i18n.global`. */
export interface LocaleHolder {
  locale: { value: string };
}

/** Switches the UI language, remembers it for the next visit and keeps `<html lang>` in step. */
export function setAppLocale(composer: LocaleHolder, locale: AppLocale): void {
  composer.locale.value = locale;
  persistLocale(locale);
  applyDocumentLanguage(locale);
}
