/** A key term counts as found (matchedTerms) when this share of its weighted features is in the profile. */
export const MATCHED_TERM_MIN_COVERAGE = 0.5;

/**
 * Below this text relevance a firm is not offered for a demand, however good its other components: sector,
 * certificates and locality describe the firm, only the text says it makes the thing wanted. On the dev data set the right suppliers reach 0.45 or more
 * and firms of other trades stay at 0.25 or less.
 */
export const MIN_TEXT_RELEVANCE = 0.3;

/**
 * A firm is told about a new demand when it is a listed match (isListedMatch) scoring at least this. On the
 * dev data set every right supplier scores 0.59 or more and no unlisted firm above 0.49.
 */
export const MATCH_NOTIFY_THRESHOLD = 0.55;

/**
 * A firm whose profile names a narrower thing (除湿机) fits a demand for the broader one (除湿设备) nearly as
 * well as one naming it: it makes a kind of what is wanted.
 */
export const NARROWER_FITS_BROADER = 0.85;

/**
 * A firm naming only the broader thing (除湿设备) for a demand for a narrower one (转轮除湿机) may or may not
 * make that kind: half credit.
 */
export const BROADER_ONLY_FIT = 0.5;

/**
 * A firm covering one lot of a multi-lot notice is a reasonable supplier of it, but below one covering
 * every lot: its text relevance is this share of its best lot's coverage (when that beats the whole).
 */
export const LOT_CREDIT = 0.75;

/** A lone Han character (单 in 单兵 next to a term) says less than a pair. */
export const LONE_CHARACTER_WEIGHT = 0.5;

/** Bare numbers ("30" in "30 台") rarely name a trade. */
export const NUMBER_WEIGHT = 0.3;

/**
 * A vocabulary term found only through some of its characters (电站 of 移动电站 in 光伏电站) is weaker evidence
 * than the same characters in a word the vocabulary does not know: the vocabulary lists the term's variants,
 * so sharing characters without being one of them is as likely a different thing. Half credit.
 */
export const PAIR_FALLBACK_CREDIT = 0.5;

/**
 * A firm naming a look-alike of a demand's term (排爆 for 防爆, 青砖茶 for 青砖) and not the term itself has
 * that term's coverage halved: what it shares is probably the look-alike's characters, not the thing.
 */
export const LOOKALIKE_PENALTY = 0.5;

/**
 * The last feature of a key term (its head: 睡袋 of 防寒睡袋, the concept of 低温型空气源热泵) counts this many
 * times a modifier's, since Chinese compounds name the kind of thing last.
 */
export const HEAD_WEIGHT = 2;
