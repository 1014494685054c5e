import { describe, expect, it } from 'vitest';

import { normaliseMatchText } from './normalise-match-text.util.js';

describe('normaliseMatchText', () => {
  it('folds full-width letters, digits and brackets to ASCII', () => {
    expect(normaliseMatchText('ＧＪＢ９００１Ｃ（Ｂ）')).toBe('gjb9001c(b)');
  });

  it('lower-cases ASCII and leaves Chinese as it is', () => {
    expect(normaliseMatchText('PCBA贴片加工')).toBe('pcba贴片加工');
  });

  it('folds the ideographic space', () => {
    expect(normaliseMatchText('红外\u3000镜头')).toBe('红外 镜头');
  });
});
