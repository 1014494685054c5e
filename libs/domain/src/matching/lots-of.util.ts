// "1.软体油罐12具……；2.输油软管2000米……" or "一、…… 二、……": a notice that buys several things lists
// them as numbered lots. A firm supplying one lot well is a reasonable supplier for the notice.
/** The number of a lot ("1.", "2、", "（3）", "四、") where a lot can start; "1.0MPa" is a decimal, not a lot. */
export const LOT_NUMBER =
  /(?<=^|[\s；;。，,：:])(?:[(（]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．](?!\d))/gu;

/** The lots of a description, in order; a description without numbered lots has none. */
export function lotsOf(description: string): string[] {
  const text = description.normalize('NFKC');
  const markers = [...text.matchAll(LOT_NUMBER)].map((match) => ({
    at: match.index ?? 0,
    start: (match.index ?? 0) + match[0].length,
  }));
  if (markers.length < 2) return [];
  return markers
    .map(({ start }, index) => {
      const end = index + 1 < markers.length ? (markers[index + 1]?.at ?? text.length) : text.length;
      // The last lot runs to the end of its sentence; what follows (deadline, certificates) is not part of it.
      const lot = text.slice(start, end);
      return index + 1 < markers.length ? lot.replace(/[；;，,。]$/u, '') : (lot.split(/[。]/u)[0] ?? lot);
    })
    .map((lot) => lot.trim())
    .filter((lot) => lot !== '');
}
