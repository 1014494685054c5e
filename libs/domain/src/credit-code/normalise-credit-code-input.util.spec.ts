import { describe, expect, it } from 'vitest';

import { normaliseCreditCodeInput } from './normalise-credit-code-input.util.js';

const join = (input: string): string => normaliseCreditCodeInput(input).normalised.join('');

describe('normaliseCreditCodeInput', () => {
  it('leaves a canonical code alone', () => {
    expect(join('91110000802100433B')).toBe('91110000802100433B');
  });

  it('drops surrounding spaces, tabs, newlines, ideographic spaces, zero-width spaces and BOMs', () => {
    expect(join('  \t91110000802100433B\r\n')).toBe('91110000802100433B');
    expect(join('\u300091110000802100433B\u3000')).toBe('91110000802100433B');
    expect(join('\uFEFF\u200B91110000802100433B\u200B')).toBe('91110000802100433B');
  });

  it('upper-cases ASCII letters', () => {
    expect(join('9144030071526726xg')).toBe('9144030071526726XG');
  });

  it('turns full-width digits and letters into ASCII', () => {
    expect(join('９１１１００００８０２１００４３３Ｂ')).toBe('91110000802100433B');
    expect(join('９１１１００００８０２１００４３３ｂ')).toBe('91110000802100433B');
  });

  it('keeps inner spaces and punctuation so the validator can point at them', () => {
    expect(join('9111 0000-8021')).toBe('9111 0000-8021');
  });

  it('maps character for character, so positions match what was typed', () => {
    const { typed, normalised } = normaliseCreditCodeInput(' ａb ß1 ');
    expect(typed).toEqual(['ａ', 'b', ' ', 'ß', '1']);
    expect(normalised).toEqual(['A', 'B', ' ', 'ß', '1']);
  });

  it('counts an astral character as one', () => {
    expect(normaliseCreditCodeInput('9😀1').normalised).toHaveLength(3);
  });

  it('returns nothing for blank input', () => {
    expect(normaliseCreditCodeInput(' \u3000\n').normalised).toEqual([]);
  });
});
