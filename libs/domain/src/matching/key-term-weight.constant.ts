import { type KeyTermSource } from './match.types.js';

// A demand's title names the thing wanted; its description adds uses, quantities and conditions, so a
// description phrase counts half as much.
export const KEY_TERM_WEIGHT: Readonly<Record<KeyTermSource, number>> = {
  title: 1,
  description: 0.5,
};

/** A purpose (侦察 in 侦察用无人机, 核生化应急处置 in 用于核生化应急处置) counts at this share of its source's weight. */
export const KEY_TERM_PURPOSE_FACTOR = 0.4;

/**
 * When a demand has key terms in both its title and its description, the title's terms together count for
 * this share of the text score and the description's for the rest: a short title would otherwise drown in a
 * long description's specifications (测程, 重复频率, 工作温度), and a firm copying those would outrank the one
 * making what the title names.
 */
export const KEY_TERM_SOURCE_SHARE: Readonly<Record<KeyTermSource, number>> = {
  title: 0.5,
  description: 0.5,
};

/** Title terms before the last (the title's head) describe the occasion or use: they count at this share. */
export const TITLE_MODIFIER_FACTOR = 0.5;
