// Forms and imports mix full-width and half-width characters (ＧＪＢ９００１Ｃ, （）), and firms write model
// numbers in either case and with or without joiners (RS-485, RS485, RS 485). Matching compares one
// canonical form: NFKC folds the widths, then lower case, then a hyphen, underscore or space between a
// letter and a digit (or between two letters or digits across a hyphen/underscore) is dropped. A dot is
// kept: 1.5 and 15 are different numbers.
const JOINER_BETWEEN_ALNUM = /(?<=[a-z0-9])[-_‐‑–](?=[a-z0-9])/gu;
const SPACE_BETWEEN_LETTERS_AND_DIGITS = /(?<=[a-z]) +(?=[0-9])|(?<=[0-9]) +(?=[a-z])/gu;

export function normaliseMatchText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(JOINER_BETWEEN_ALNUM, '')
    .replace(SPACE_BETWEEN_LETTERS_AND_DIGITS, '');
}
