import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAppI18n,
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  readPersistedLocale,
  setAppLocale,
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

  it('remembers a switch to English, and a fresh start reads it back', () => {
    const first = createAppI18n();
    setAppLocale(first.global, 'en');

    expect(first.global.t('app.title')).toBe('Defense–Civilian Integration Supply–Demand Platform');
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    document.documentElement.lang = '';
    const next = createAppI18n();
    expect(next.global.locale.value).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches back to Chinese and remembers that too', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const i18n = createAppI18n();
    setAppLocale(i18n.global, 'zh-CN');

    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('zh-CN');
    expect(createAppI18n().global.locale.value).toBe('zh-CN');
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
