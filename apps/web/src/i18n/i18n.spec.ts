import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAppI18n,
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  readPersistedLocale,
  setAppLocale,
  startAppI18n,
} from './index';
import en from './locales/en.yaml';
import zhCN from './locales/zh-CN.yaml';

function keyPaths(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => keyPaths(value, prefix ? `${prefix}.${key}` : key));
}

describe('UI language', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
  });
  afterEach(() => localStorage.clear());

  it('starts in Chinese when nothing was chosen', () => {
    const i18n = createAppI18n();
    expect(DEFAULT_LOCALE).toBe('zh-CN');
    expect(i18n.global.locale.value).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(i18n.global.t('app.title')).toBe('军民融合供需对接平台');
  });

  it('loads English on the first switch, remembers it, and a fresh start loads it before the first render', async () => {
    const first = createAppI18n();
    expect(first.global.availableLocales).toEqual(['zh-CN']);
    await setAppLocale(first.global, 'en');

    expect(first.global.t('app.title')).toBe('Defense–Civilian Integration Supply–Demand Platform');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    document.documentElement.lang = '';
    const next = await startAppI18n();
    expect(next.global.locale.value).toBe('en');
    expect(next.global.t('app.title')).toBe('Defense–Civilian Integration Supply–Demand Platform');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches back to Chinese and remembers that too', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const i18n = await startAppI18n();
    await setAppLocale(i18n.global, 'zh-CN');

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect((await startAppI18n()).global.locale.value).toBe('zh-CN');
  });

  it('keeps the language when the other cannot be loaded', async () => {
    const i18n = createAppI18n();
    // The English messages cannot be had (as when their chunk fails to load): the switch rejects, nothing changes.
    const broken = {
      locale: i18n.global.locale,
      availableLocales: ['zh-CN'],
      setLocaleMessage: () => {
        throw new Error('chunk failed');
      },
    };
    await expect(setAppLocale(broken, 'en')).rejects.toThrow('chunk failed');
    expect(i18n.global.locale.value).toBe('zh-CN');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBeNull();
  });

  it('ignores a stored value it does not support', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr');
    expect(readPersistedLocale()).toBe('zh-CN');
  });

  it('has the same message keys in Chinese and English, none of them empty', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(zhCN).sort());
    for (const path of keyPaths(zhCN)) {
      expect(createAppI18n('zh-CN').global.te(path), path).toBe(true);
    }
  });

  it('compiles every message in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { global } = createAppI18n(locale);
      for (const path of keyPaths(zhCN)) {
        const text = global.t(path, { year: 2025, version: '1.0.0', time: '10:00', page: 'X' });
        expect(text, `${locale} ${path}`).not.toBe('');
        expect(text, `${locale} ${path}`).not.toBe(path);
      }
    }
  });
});
