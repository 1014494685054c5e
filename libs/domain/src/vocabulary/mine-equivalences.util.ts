import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { type CompiledVocabulary } from './vocabulary.types.js';

/** Where a suggested pair was seen: a published profile or demand, or a procurer's choice of a firm. */
export type SuggestionSourceKind = 'PROFILE' | 'DEMAND' | 'INVITATION' | 'SHORTLIST' | 'AWARD';

/** One occurrence backing a suggestion: what was read, where, and the words around it. */
export interface SuggestionEvidence {
  sourceKind: SuggestionSourceKind;
  /** The profile's organisation id or the demand's id. */
  sourceId: string;
  /** The text around the pair (at most about 60 characters), or, for a procurer's choice, what happened. */
  snippet: string;
}

/** Relations a mined pair can be proposed as; an administrator may change it when approving. */
export type MinedRelation = 'equivalent' | 'abbreviation';

/** A pair of names the platform's own text suggests mean the same thing, for an administrator to decide. */
export interface CandidateEquivalence {
  relation: MinedRelation;
  /** As written (widths folded, spaces trimmed, ASCII case kept); for an abbreviation the full form first. */
  terms: [string, string];
  evidence: SuggestionEvidence;
}

const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9\-·.]/u;
const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
/** A short form in Latin capitals: PSA, UPS, FPGA, 5G is not (one letter), C4ISR is. */
const ACRONYM = /^(?=(?:[^A-Za-z]*[A-Za-z]){2})[A-Za-z][A-Za-z0-9&-]{1,9}$/u;
const ENGLISH_NAME = /^[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*){1,5}$/u;
/** Standard or document numbers in brackets: (GB 19298), (GJB 151B), (Q/XN 01-2020). */
const STANDARD_CODE = /^(?:GB|GJB|GB\/T|GJB\/Z|HB|QJ|WJ|CB|SJ|YY|ISO|IEC|IEEE|MIL|JB|Q\/)/iu;

/**
 * Words that open a bracket holding a note, an inventory or a condition rather than another name:
 * （含岸基控制站1套）, （包括安装调试）, （如需）, （见附件）, （暂定）. Checked at the start of the bracket.
 */
const NOTE_OPENERS = [
  '含', '不含', '包含', '包括', '包', '如', '例如', '比如', '即', '配', '配套', '共', '约', '单价', '型号', '规格',
  '注', '详见', '见', '参见', '参考', '按', '需', '须', '要求', '以', '下同', '暂定', '试行', '草案', '修订',
  '征求意见稿', '第', '附', '限', '非', '不', '可', '或', '及', '和', '等', '其他', '其它', '选配', '可选', '另',
];
/** Words a bracket ending them lists examples or leaves the list open: （雷达、声呐等）. */
const NOTE_ENDINGS = ['等', '等等', '除外', '为主', '优先', '在内', '以上', '以下', '以内', '左右'];
/** Kinds of organisation and place words: 咸宁（集团）, 股份（有限）, 湖北（咸宁） name the firm, not a thing. */
const ORGANISATION_WORDS = /集团|股份|有限|公司|控股|中国|湖北|咸宁|武汉|北京|上海|深圳|筹|分公司|总部|办事处/u;

/** Markers "A 又称 B": a different name (relation by the general rule) or, for 简称, a short form. */
const ALIAS_MARKERS = ['以下简称', '下称', '简称', '又称', '也称', '亦称', '俗称', '又名', '别称', '统称为'] as const;
const SHORT_FORM_MARKERS: ReadonlySet<string> = new Set(['以下简称', '下称', '简称']);
/** "B 是 A 的简称 / 俗称": the short or common name first. */
const REVERSE_MARKER = /^(.+?)(?:是|为)(.+?)的(简称|缩写|俗称|别称|又称)$/u;

/** Verbs and filler that open a sentence before the name it is about: 主营变压吸附制氧机 → 变压吸附制氧机. */
const LEADING_FILLER = [
  '我公司', '本公司', '我们', '我单位', '本单位', '公司', '主要产品', '主营产品', '主营业务', '主营', '专业生产', '专业从事', '专注于', '致力于',
  '从事', '生产', '研制', '研发', '制造', '销售', '提供', '采购', '拟采购', '需采购', '购置', '承接', '开展', '包括',
  '产品', '主要', '其中', '一批', '一套', '若干', '用于', '的',
];

const LONGEST_NAME = 24;
const LONGEST_BRACKET = 16;
const LONGEST_ENGLISH_NAME = 40;
const SNIPPET_RADIUS = 24;

/**
 * Candidate pairs of names one text gives for the same thing, in reading order, each with the words around
 * it. Read: "A（B）" and "A(B)", "A/B", "A，又称B" (也称, 亦称, 俗称, 又名, 别称), "A，简称B", "A（简称B）",
 * "B是A的简称". Conservative by rule, since an administrator reads every suggestion:
 * - A bracket must hold another name: not a note or inventory (（含岸基控制站1套）, （包括安装调试）, （雷达、
 *   声呐等）), not a standard number (（GB 19298）), not a quantity, model or date (any digit, unless the whole
 *   bracket is a Latin acronym such as C4ISR), not a list or sentence (commas, 、, spaces between Chinese),
 *   not an organisation or place part of a firm's name (咸宁（集团）, 科技（咸宁）有限公司), and not a bracket
 *   the name carries on after (某（型）号: the bracket is inside a word).
 * - "A/B" is mostly "A or B" (发电机/电动机, Ku/Ka): kept only when one side is a Latin acronym and the other is
 *   Chinese (不间断电源/UPS), or one is a short form of the other's characters (空滤/空气滤清器).
 * - One side contained in the other as it stands (制氧机 in 变压吸附制氧机) is a broader term, not another
 *   name: dropped. Both sides must name something (two Chinese characters, or a Latin word of two letters).
 * - Pairs the vocabulary already names as one concept, or holds as look-alikes or broader/narrower, are
 *   dropped: the first adds nothing, the others would contradict it.
 * Relation: abbreviation when one side is a Latin acronym or its characters appear in order in the other
 * (等保测评 / 等级保护测评), or the text says 简称; equivalent otherwise.
 */
export function mineEquivalences(
  text: string,
  source: Pick<SuggestionEvidence, 'sourceKind' | 'sourceId'>,
  vocabulary: CompiledVocabulary,
): CandidateEquivalence[] {
  const folded = text.normalize('NFKC');
  const found: CandidateEquivalence[] = [];
  const seen = new Set<string>();
  const add = (first: string, second: string, at: number, shortForm: boolean): void => {
    const candidate = candidateOf(first, second, shortForm);
    if (candidate === undefined) return;
    const key = suggestionPairKey(candidate.terms);
    if (seen.has(key) || knownToVocabulary(candidate.terms, vocabulary)) return;
    seen.add(key);
    found.push({ ...candidate, evidence: { ...source, snippet: snippetAround(folded, at) } });
  };

  for (const bracket of folded.matchAll(/\(([^()]*)\)/gu)) {
    const open = bracket.index;
    const inside = (bracket[1] ?? '').trim();
    const before = trailingName(folded.slice(0, open));
    const after = folded[open + bracket[0].length];
    if (before === '' || (after !== undefined && NAME_CHAR.test(after))) continue;
    const marker = ALIAS_MARKERS.find((word) => inside.startsWith(word));
    if (marker !== undefined) {
      add(before, leadingName(inside.slice(marker.length)), open, SHORT_FORM_MARKERS.has(marker));
    } else if (isBracketName(inside)) {
      add(before, inside, open, false);
    }
  }

  for (const marker of ALIAS_MARKERS) {
    let from = 0;
    for (let at = folded.indexOf(marker, from); at >= 0; at = folded.indexOf(marker, from)) {
      from = at + marker.length;
      // Inside a bracket it was read above; "以下简称" also contains "简称".
      if (folded[at - 1] === '(' || folded.slice(Math.max(0, at - 2), at) === '以下') continue;
      const before = trailingName(folded.slice(0, at).replace(/[,，\s]+$/u, ''));
      const after = leadingName(folded.slice(at + marker.length).replace(/^[:：\s“"「『]+/u, ''));
      add(before, after, at, SHORT_FORM_MARKERS.has(marker));
    }
  }

  for (const sentence of folded.split(/[。;；!！?？\n,，]/u)) {
    const reverse = REVERSE_MARKER.exec(sentence.trim());
    if (reverse === null) continue;
    const short = trailingName(reverse[1] ?? '');
    const full = trailingName(reverse[2] ?? '');
    const kind = reverse[3] ?? '';
    add(full, short, folded.indexOf(sentence), kind === '简称' || kind === '缩写');
  }

  for (const slash of folded.matchAll(/\//gu)) {
    const at = slash.index;
    const before = trailingName(folded.slice(0, at));
    const after = leadingName(folded.slice(at + 1));
    if (before === '' || after === '') continue;
    const shortOfOther = isShortFormOf(before, after) || isShortFormOf(after, before);
    const acronymAndChinese =
      (ACRONYM.test(before) && isChineseName(after)) || (ACRONYM.test(after) && isChineseName(before));
    if (shortOfOther || acronymAndChinese) add(before, after, at, false);
  }
  return found;
}

/** The key of a pending pair: its two normalised terms in code-point order, whatever the relation. */
export function suggestionPairKey(terms: readonly string[]): string {
  return [...terms.map(normaliseVocabularyTerm)].sort().join('|');
}

/** A term as an administrator reads it: widths folded and spaces tidied like the normal form, case kept. */
export function writtenTerm(term: string): string {
  const tidy = term.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return normaliseVocabularyTerm(tidy) === tidy.toLowerCase() ? tidy : normaliseVocabularyTerm(tidy);
}

/** Abbreviation when one side is a Latin acronym or a short form of the other's characters; else equivalent. */
export function proposedRelation(first: string, second: string): { relation: MinedRelation; terms: [string, string] } {
  if (ACRONYM.test(second) && !ACRONYM.test(first)) return { relation: 'abbreviation', terms: [first, second] };
  if (ACRONYM.test(first) && !ACRONYM.test(second)) return { relation: 'abbreviation', terms: [second, first] };
  if (isShortFormOf(second, first)) return { relation: 'abbreviation', terms: [first, second] };
  if (isShortFormOf(first, second)) return { relation: 'abbreviation', terms: [second, first] };
  return { relation: 'equivalent', terms: [first, second] };
}

function candidateOf(
  rawFirst: string,
  rawSecond: string,
  shortForm: boolean,
): Omit<CandidateEquivalence, 'evidence'> | undefined {
  const first = writtenTerm(rawFirst);
  const second = writtenTerm(rawSecond);
  if (!namesSomething(first) || !namesSomething(second)) return undefined;
  const a = normaliseVocabularyTerm(first);
  const b = normaliseVocabularyTerm(second);
  // Equal, or one inside the other as it stands: the same word, or a broader term (制氧机 / 变压吸附制氧机).
  if (a === b || a.includes(b) || b.includes(a)) return undefined;
  if (shortForm) return { relation: 'abbreviation', terms: [first, second] };
  return proposedRelation(first, second);
}

/** Already one concept, or look-alikes, or broader/narrower in the vocabulary: nothing to suggest. */
function knownToVocabulary(terms: readonly [string, string], vocabulary: CompiledVocabulary): boolean {
  const [a, b] = terms.map((term) => vocabulary.senses.get(normaliseVocabularyTerm(term)) ?? []);
  if (a === undefined || b === undefined || a.length === 0 || b.length === 0) return false;
  for (const x of a) {
    for (const y of b) {
      if (x.concept === y.concept) return true;
      if ((vocabulary.lookalikes.get(x.concept) ?? []).includes(y.concept)) return true;
      if ((vocabulary.broader.get(x.concept) ?? []).includes(y.concept)) return true;
      if ((vocabulary.broader.get(y.concept) ?? []).includes(x.concept)) return true;
    }
  }
  return false;
}

/** Two Chinese characters, or a Latin word of two letters or more: less names nothing anyone searches for. */
function namesSomething(term: string): boolean {
  const han = term.match(HAN_GLOBAL)?.length ?? 0;
  const longest = han > 0 ? LONGEST_NAME : LONGEST_ENGLISH_NAME;
  return term !== '' && [...term].length <= longest && (han >= 2 || /[A-Za-z]{2}/u.test(term));
}

function isChineseName(term: string): boolean {
  return (term.match(HAN_GLOBAL)?.length ?? 0) >= 2;
}

/** `short`'s characters appear in `full` in order, `short` shorter and not a contiguous part (that is broader). */
function isShortFormOf(short: string, full: string): boolean {
  const s = [...normaliseVocabularyTerm(short)];
  const f = [...normaliseVocabularyTerm(full)];
  if (s.length < 2 || s.length >= f.length || f.join('').includes(s.join(''))) return false;
  let index = 0;
  for (const char of f) if (char === s[index]) index += 1;
  return index === s.length && HAN.test(s.join(''));
}

/** Whether a bracket's content can be another name of what precedes it (see mineEquivalences). */
function isBracketName(inside: string): boolean {
  const english = ENGLISH_NAME.test(inside);
  if (inside === '' || [...inside].length > (english ? LONGEST_ENGLISH_NAME : LONGEST_BRACKET)) return false;
  if (STANDARD_CODE.test(inside)) return false;
  if (/\d/u.test(inside) && !ACRONYM.test(inside)) return false;
  if (/[,，、;；:：。/]/u.test(inside) || /\p{Script=Han}\s+\p{Script=Han}/u.test(inside)) return false;
  if (NOTE_OPENERS.some((word) => inside.startsWith(word))) return false;
  if (NOTE_ENDINGS.some((word) => inside.endsWith(word))) return false;
  if (ORGANISATION_WORDS.test(inside)) return false;
  return ACRONYM.test(inside) || english || /^[\p{Script=Han}A-Za-z\-·]+$/u.test(inside);
}

/** The name a text ends with: the last run of name characters, without the verbs and filler that open it. */
function trailingName(text: string): string {
  const chars = [...text.trimEnd()];
  let start = chars.length;
  while (start > 0 && NAME_CHAR.test(chars[start - 1] ?? '')) start -= 1;
  let name = chars.slice(start).join('');
  // Only at the start: 生产 inside 自动化生产线 is part of the name.
  for (let filler = fillerOpening(name); filler !== undefined; filler = fillerOpening(name)) {
    name = name.slice(filler.length);
  }
  return [...name].length > LONGEST_NAME ? '' : name;
}

function fillerOpening(name: string): string | undefined {
  return LEADING_FILLER.find((filler) => name.startsWith(filler) && name.length > filler.length);
}

/** The name a text starts with: the first run of name characters (an English name may hold spaces). */
function leadingName(text: string): string {
  const trimmed = text.trimStart();
  const english = /^[A-Za-z][A-Za-z-]*(?: [A-Za-z][A-Za-z-]*)*/u.exec(trimmed)?.[0] ?? '';
  const chars = [...trimmed];
  let end = 0;
  while (end < chars.length && NAME_CHAR.test(chars[end] ?? '')) end += 1;
  const name = english.length > end ? english : chars.slice(0, end).join('');
  return name.replace(/[”"」』]$/u, '');
}

function snippetAround(text: string, at: number): string {
  const chars = [...text];
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(chars.length, at + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').replace(/\s+/gu, ' ').trim()}${end < chars.length ? '…' : ''}`;
}
