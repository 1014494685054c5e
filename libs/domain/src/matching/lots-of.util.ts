// "1.软体油罐12具……；2.输油软管2000米……" or "一、…… 二、……": a notice that buys several things lists
// them as numbered lots. A firm supplying one lot well is a reasonable supplier for the notice.
const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const SEPARATOR_BEFORE = /[\s；;。，,：:]/u;

/** The ways lot `n` is numbered: "2." "2、" "（2）" "二、" "(二)". */
function numberings(n: number): string[] {
  const forms = [String(n), ...(n <= CHINESE_NUMERALS.length ? [CHINESE_NUMERALS[n - 1] ?? ''] : [])];
  return forms.flatMap((form) => [`${form}.`, `${form}、`, `${form}．`, `(${form})`, `（${form}）`]);
}

/**
 * Where the lots' numbers stand, in order: lot 1, then lot 2 after it, and so on, each at the start of the
 * text or after a separator. Read in sequence, "2.40马力舷外机" after lot 1 is lot 2 (40 马力), and a decimal
 * such as "工作压力1.0MPa" is never a lot. Fewer than two lots: none.
 */
export function lotMarkers(text: string): Array<{ at: number; end: number }> {
  const markers: Array<{ at: number; end: number }> = [];
  let from = 0;
  for (let n = 1; ; n += 1) {
    let found: { at: number; end: number } | null = null;
    for (const numbering of numberings(n)) {
      let at = text.indexOf(numbering, from);
      while (at >= 0 && at > 0 && !SEPARATOR_BEFORE.test(text[at - 1] ?? '')) at = text.indexOf(numbering, at + 1);
      if (at >= 0 && (found === null || at < found.at)) found = { at, end: at + numbering.length };
    }
    if (found === null) break;
    markers.push(found);
    from = found.end;
  }
  return markers.length >= 2 ? markers : [];
}

// "一、采购内容：…  二、交货时间及地点：…": numbered headings structure a notice; they are not lots. A heading
// is a few words closed by a colon at the start of the numbered part.
const HEADING = /^[^，,。；;：:\s]{1,12}[：:]/u;

/**
 * The lots of a description, in order: its numbered items (1.软体油罐12具…；2.输油软管…). Numbered sections
 * (一、采购内容：…) are not lots; a description with fewer than two items has none.
 */
export function lotsOf(description: string): string[] {
  const text = description.normalize('NFKC');
  const markers = lotMarkers(text);
  const lots = markers
    .map(({ end: start }, index) => {
      const next = markers[index + 1];
      // The last lot runs to the end of its sentence; what follows (deadline, certificates) is not part of it.
      const lot = text.slice(start, next?.at ?? text.length);
      return next ? lot.replace(/[；;，,。]$/u, '') : (lot.split(/[。]/u)[0] ?? lot);
    })
    .map((lot) => lot.trim())
    .filter((lot) => lot !== '' && !HEADING.test(lot));
  return lots.length >= 2 ? lots : [];
}

/** The text with its lot numbers blanked out (same length), so they are not read as part of a term. */
export function withoutLotNumbers(text: string): string {
  let result = text;
  for (const { at, end } of lotMarkers(text)) result = result.slice(0, at) + ' '.repeat(end - at) + result.slice(end);
  return result;
}
