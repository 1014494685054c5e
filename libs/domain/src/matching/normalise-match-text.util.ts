// Forms and imports mix full-width and half-width characters (ＧＪＢ９００１Ｃ, （）), and firms write model
// numbers in either case. Matching compares one canonical form: NFKC folds the widths, then lower case.
export function normaliseMatchText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
