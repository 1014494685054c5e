import { createI18n, type DefineLocaleMessage } from 'vue-i18n';
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
export type Messages = DefineLocaleMessage;

/**
 * Chinese is in the entry chunk; English is a chunk of its own, loaded when someone chooses it, so the
 * first page most users open carries one language (≈17 KB gzip less).
 */
const MESSAGE_LOADERS: Record<AppLocale, () => Promise<Messages>> = {
  'zh-CN': () => Promise.resolve(zhCN as Messages),
  en: async () => (await import('./locales/en.yaml')).default as Messages,
};

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

/**
 * Creates the app's i18n with the Chinese messages and any `preloaded` others, in `locale` when its
 * messages are there (else Chinese), and sets `<html lang>` to match. The app starts through
 * `startAppI18n`, which loads the persisted language first.
 */
export function createAppI18n(
  locale: AppLocale = DEFAULT_LOCALE,
  preloaded: Partial<Record<AppLocale, Messages>> = {},
) {
  const messages: Partial<Record<AppLocale, Messages>> = { ...preloaded, 'zh-CN': zhCN as Messages };
  const active = messages[locale] ? locale : DEFAULT_LOCALE;
  applyDocumentLanguage(active);
  return createI18n({
    legacy: false,
    locale: active,
    fallbackLocale: DEFAULT_LOCALE,
    messages: messages as Record<AppLocale, Messages>,
    datetimeFormats,
  });
}

/** The app's i18n in the language chosen on an earlier visit, its messages loaded (Chinese when none was). */
export async function startAppI18n(): Promise<AppI18n> {
  const i18n = createAppI18n();
  const persisted = readPersistedLocale();
  if (persisted !== DEFAULT_LOCALE) {
    try {
      await setAppLocale(i18n.global, persisted);
    } catch {
      // The English chunk did not load (offline, a deploy in between): Chinese, the default, stays.
    }
  }
  return i18n;
}

export type AppI18n = ReturnType<typeof createAppI18n>;

/** What `setAppLocale` needs of a composer: the global one from `useI18n()` or `i18n.global`. */
export interface LocaleHolder {
  locale: { value: string };
  availableLocales: string[];
  setLocaleMessage(locale: AppLocale, messages: Messages): void;
}

/**
 * Switches the UI language (loading its messages the first time), remembers it for the next visit and
 * keeps `<html lang>` in step. Rejects, changing nothing, when the messages cannot be loaded.
 */
export async function setAppLocale(composer: LocaleHolder, locale: AppLocale): Promise<void> {
  if (!composer.availableLocales.includes(locale)) composer.setLocaleMessage(locale, await MESSAGE_LOADERS[locale]());
  composer.locale.value = locale;
  persistLocale(locale);
  applyDocumentLanguage(locale);
}
