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

describe('normaliseMatchText joins model numbers written apart', () => {
  it.each([
    ['RS-485', 'rs485'],
    ['RS485', 'rs485'],
    ['RS 485', 'rs485'],
    ['ＩＰ６７', 'ip67'],
    ['IP-67', 'ip67'],
    ['MIL_STD', 'milstd'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseMatchText(input)).toBe(expected);
  });

  it('keeps decimal points and spaces between words', () => {
    expect(normaliseMatchText('1.5mm')).toBe('1.5mm');
    expect(normaliseMatchText('PCIe Gen3')).toBe('pcie gen3');
  });
});
