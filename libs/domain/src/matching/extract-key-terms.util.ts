import {
  KEY_TERM_CONTEXT_PREFIXES,
  KEY_TERM_GENERIC_WORDS,
  KEY_TERM_PROTECTED_WORDS,
  KEY_TERM_PURPOSE_MARKERS,
  KEY_TERM_QUALIFICATION_WORDING,
  KEY_TERM_STOP_WORDS,
} from './key-term-vocabulary.constant.js';
import { withoutLotNumbers } from './lots-of.util.js';
import { KEY_TERM_PURPOSE_FACTOR, KEY_TERM_WEIGHT } from './key-term-weight.constant.js';
import { type KeyTerm } from './match.types.js';
import { normaliseMatchText } from './normalise-match-text.util.js';

const STOP_WORDS: ReadonlySet<string> = new Set(KEY_TERM_STOP_WORDS);
const PROTECTED_WORDS: ReadonlySet<string> = new Set(KEY_TERM_PROTECTED_WORDS);
const LONGEST_WORD = Math.max(
  ...[...KEY_TERM_STOP_WORDS, ...KEY_TERM_PROTECTED_WORDS].map((word) => Array.from(word).length),
);

// A phrase runs over Han characters and ASCII letters and digits; "-", "." and "/" belong to it only
// inside an ASCII word (X-Ray, Ku/Ka, 1.5). Everything else (punctuation, spaces, brackets) separates.
const STRAY_ASCII_JOINER = /(?<![A-Za-z0-9])[-./]|[-./](?![A-Za-z0-9])/gu;
const SEPARATORS = /[^\p{Script=Han}A-Za-z0-9\-./]+/u;

// "五千双", "两台", "十万米", "5000只": how many is not what. 次 is left out (二次雷达), and 一次性 is a word.
const QUANTITY =
  /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[余多]?(?:台|套|双|米|件|个|批|吨|辆|艘|具|面|桶|片|袋|罐|枚|座|架|部|副|只|把|张|顶|箱|份|项|名|家|条|根|块|卷|盒|包|瓶|支|组|元|公斤|千克|平方米|立方米|公里)(?!性)/gu;
const DATE_PART = /\d+(?:年度|年|月|日|天|周)/gu;
// "ISO 9001", "GJB 9001C": a standard's letters and number are one word, so its wording is recognised.
const SPACED_STANDARD = /\b(iso|gjb)[\s-]+(?=\d)/giu;

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const ASCII_WORD = /[a-z0-9]+/gu;

function isQualificationWording(phrase: string): boolean {
  const normalised = normaliseMatchText(phrase);
  // 认证 ends certificate wording (通过认证, 产品认证); 身份认证 is a security product, not a certificate.
  return (
    KEY_TERM_QUALIFICATION_WORDING.test(normalised) ||
    (/认证$/u.test(normalised) && !/身份认证$/u.test(normalised))
  );
}

/** Whether a phrase can be a key term: it names something beyond filler, numbers and certificates. */
function isKeyTermCandidate(phrase: string): boolean {
  if (phrase === '' || KEY_TERM_GENERIC_WORDS.has(phrase) || isQualificationWording(phrase)) return false;
  const normalised = normaliseMatchText(phrase);
  const hanCount = normalised.match(HAN_GLOBAL)?.length ?? 0;
  const words = normalised.match(ASCII_WORD) ?? [];
  const meaningfulWords = words.filter((word) => word.length >= 2 && !/^\d+$/u.test(word));
  return hanCount >= 2 || meaningfulWords.length > 0;
}

interface Phrase {
  text: string;
  /** What the thing is for (侦察 in 侦察用无人机), not the thing itself. */
  purpose: boolean;
}

/**
 * Cuts a run of text at stop words; a protected word at least as long as a stop word wins. Marks the
 * phrase before 用 and the one after 用于 as a purpose.
 */
function splitAtStopWords(chunk: string): Phrase[] {
  const chars = Array.from(chunk);
  const phrases: Phrase[] = [];
  let current = '';
  let purpose = false;
  let index = 0;
  while (index < chars.length) {
    let stopLength = 0;
    let protectedLength = 0;
    if (HAN.test(chars[index] ?? '')) {
      for (let length = Math.min(LONGEST_WORD, chars.length - index); length >= 1; length -= 1) {
        const candidate = chars.slice(index, index + length).join('');
        if (stopLength === 0 && STOP_WORDS.has(candidate)) stopLength = length;
        if (protectedLength === 0 && PROTECTED_WORDS.has(candidate)) protectedLength = length;
      }
    }
    if (protectedLength > 0 && protectedLength >= stopLength) {
      current += chars.slice(index, index + protectedLength).join('');
      index += protectedLength;
    } else if (stopLength > 0) {
      const stopWord = chars.slice(index, index + stopLength).join('');
      phrases.push({ text: current, purpose: purpose || KEY_TERM_PURPOSE_MARKERS.before.includes(stopWord) });
      current = '';
      purpose = KEY_TERM_PURPOSE_MARKERS.after.includes(stopWord);
      index += stopLength;
    } else {
      current += chars[index];
      index += 1;
    }
  }
  phrases.push({ text: current, purpose });
  return phrases;
}

/** 部队食堂大米 → 食堂大米: who the buyer is says nothing about the supplier. */
function withoutContextPrefix(phrase: Phrase): Phrase {
  const text = phrase.text.trim();
  const prefix = KEY_TERM_CONTEXT_PREFIXES.find((word) => text.startsWith(word));
  if (prefix === undefined || !isKeyTermCandidate(text.slice(prefix.length))) return { ...phrase, text };
  return { ...phrase, text: text.slice(prefix.length) };
}

/** The candidate phrases of one text, in reading order, as written (widths folded). */
function phrasesOf(text: string): Phrase[] {
  return withoutLotNumbers(text.normalize('NFKC'))
    .replace(SPACED_STANDARD, '$1')
    .replace(QUANTITY, ' ')
    .replace(DATE_PART, ' ')
    .replace(STRAY_ASCII_JOINER, ' ')
    .split(SEPARATORS)
    .flatMap(splitAtStopWords)
    .map(withoutContextPrefix)
    .filter((phrase) => isKeyTermCandidate(phrase.text));
}

/**
 * A title runs words together that its description often writes apart (信息系统渗透测试 / "对某信息系统开展
 * 渗透测试"): a title phrase is cut where description phrases lie inside it, longest first, so that a
 * firm offering 渗透测试 is not marked down for the pair 统渗 no one writes. Leftovers that are still key
 * terms stay; a description phrase marked as a purpose keeps that mark.
 */
function segmentedByDescription(titlePhrase: Phrase, descriptionPhrases: readonly Phrase[]): Phrase[] {
  const key = normaliseMatchText(titlePhrase.text);
  const inside = descriptionPhrases
    .map((phrase) => ({ phrase, key: normaliseMatchText(phrase.text) }))
    .filter((candidate) => candidate.key.length < key.length && key.includes(candidate.key))
    .sort((a, b) => b.key.length - a.key.length);
  const taken: Array<{ start: number; end: number; purpose: boolean }> = [];
  for (const candidate of inside) {
    const start = key.indexOf(candidate.key);
    const end = start + candidate.key.length;
    if (taken.some((span) => start < span.end && span.start < end)) continue;
    taken.push({ start, end, purpose: candidate.phrase.purpose });
  }
  if (taken.length === 0) return [titlePhrase];
  taken.sort((a, b) => a.start - b.start);
  const segments: Phrase[] = [];
  let cursor = 0;
  // Lower-casing keeps the length of ASCII and Han text, so offsets in the key apply to the text as written.
  for (const span of taken) {
    segments.push({ text: titlePhrase.text.slice(cursor, span.start), purpose: titlePhrase.purpose });
    segments.push({
      text: titlePhrase.text.slice(span.start, span.end),
      purpose: titlePhrase.purpose || span.purpose,
    });
    cursor = span.end;
  }
  segments.push({ text: titlePhrase.text.slice(cursor), purpose: titlePhrase.purpose });
  return segments
    .map((segment) => ({ ...segment, text: segment.text.trim() }))
    .filter((segment) => isKeyTermCandidate(segment.text));
}

/**
 * A description phrase restates the title more often than not. One inside a title term adds nothing; one
 * that contains a title term is kept only when what it adds is more than a generic word (锗镜头 for a
 * title's 镜头 is kept, 长航时固定翼无人机系统 for 长航时固定翼无人机 is not).
 */
function beyondTitleTerms(phrase: Phrase, titleKeys: readonly string[]): boolean {
  const key = normaliseMatchText(phrase.text);
  if (titleKeys.some((titleKey) => titleKey.includes(key))) return false;
  let rest = key;
  for (const titleKey of titleKeys) rest = rest.split(titleKey).join(' ');
  return rest
    .split(' ')
    .map((part) => part.trim())
    .some((part) => part !== '' && !KEY_TERM_GENERIC_WORDS.has(part));
}

/**
 * The phrases of a demand a supplier's profile should contain, for search and scoring: the text cut at
 * procurement verbs, connectives and quantities; qualification wording (a hard constraint, not text) and
 * generic words dropped; title phrases first and weighted above description phrases, a purpose (侦察 in
 * 侦察用无人机) below the thing itself; no repeats. Deterministic.
 */
export function extractKeyTerms(title: string, description: string): KeyTerm[] {
  const terms: KeyTerm[] = [];
  const seen = new Set<string>();
  const add = (phrase: Phrase, source: KeyTerm['source']): void => {
    const key = normaliseMatchText(phrase.text);
    if (seen.has(key)) return;
    seen.add(key);
    const weight = KEY_TERM_WEIGHT[source] * (phrase.purpose ? KEY_TERM_PURPOSE_FACTOR : 1);
    terms.push({ term: phrase.text, weight, source });
  };

  const descriptionPhrases = phrasesOf(description);
  const titlePhrases = phrasesOf(title).flatMap((phrase) =>
    segmentedByDescription(phrase, descriptionPhrases),
  );
  titlePhrases.forEach((phrase) => add(phrase, 'title'));
  const titleKeys = titlePhrases.map((phrase) => normaliseMatchText(phrase.text));
  descriptionPhrases
    .filter((phrase) => beyondTitleTerms(phrase, titleKeys))
    .forEach((phrase) => add(phrase, 'description'));
  return terms;
}
