import { describe, expect, it } from 'vitest';

import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { vocabularyFileName } from './vocabulary-file-name.util.js';
import { vocabularyHash } from './vocabulary-hash.util.js';

describe('normaliseVocabularyTerm', () => {
  it('applies the match normal form, trims and folds runs of whitespace', () => {
    expect(normaliseVocabularyTerm('  ＵＰＳ  电源\t模块 ')).toBe('ups 电源 模块');
    expect(normaliseVocabularyTerm('RS-485')).toBe('rs485');
  });
});

describe('vocabularyFileName', () => {
  it('names a file after its sector in kebab case', () => {
    expect(vocabularyFileName('INTELLIGENT_EQUIPMENT')).toBe('intelligent-equipment.json');
    expect(vocabularyFileName('GENERAL')).toBe('general.json');
  });
});

describe('vocabularyHash', () => {
  it('is 64-bit FNV-1a over both bytes of each UTF-16 unit', () => {
    // FNV-1a 64 of the bytes 61 00 (the code unit of "a", low byte first), computed independently in Python;
    // the same constants give the published af63dc4c8601ec8c for the single byte 61.
    expect(vocabularyHash('a')).toBe('089be207b544f1e4');
    expect(vocabularyHash('')).toBe('cbf29ce484222325');
  });

  it('tells apart characters that share a low byte', () => {
    expect(vocabularyHash('\u4e00')).not.toBe(vocabularyHash('\u5100'));
  });
});
