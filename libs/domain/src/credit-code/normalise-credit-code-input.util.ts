export interface NormalisedCreditCodeInput {
  // Characters as the user typed them, surrounding blanks removed: messages quote these.
  readonly typed: readonly string[];
  // The same characters, position for position, in the canonical form the checks run on.
  readonly normalised: readonly string[];
}

// Copying from a web page or a PDF brings zero-width characters and BOMs that String#trim keeps.
const SURROUNDING_BLANKS = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/gu;

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_WIDTH_OFFSET = 0xfee0;

// Normalisation is deliberately forgiving about what cannot be a different code:
// - surrounding spaces come with every copy-paste and are dropped;
// - lower case is upper-cased, because the code is case-free and many people type it in lower case;
// - full-width letters and digits (Ａ, １) come from Chinese input methods left in full-width mode and
//   are turned into their ASCII twins.
// Anything else (inner spaces, hyphens, forbidden letters) is kept so the validator can point at it.
// The mapping is one character to one character, so positions in messages match what the user typed;
// for the same reason only ASCII a–z is upper-cased (toUpperCase turns ß into two letters).
export function normaliseCreditCodeInput(input: string): NormalisedCreditCodeInput {
  const typed = Array.from(input.replace(SURROUNDING_BLANKS, ''));
  return { typed, normalised: typed.map(normaliseCharacter) };
}

function normaliseCharacter(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  const ascii =
    codePoint >= FULL_WIDTH_FIRST && codePoint <= FULL_WIDTH_LAST
      ? String.fromCodePoint(codePoint - FULL_WIDTH_OFFSET)
      : char;
  return ascii >= 'a' && ascii <= 'z' ? ascii.toUpperCase() : ascii;
}
