import { type KeyTermSource } from './match.types.js';

// A demand's title names the thing wanted; its description adds uses, quantities and conditions, so a
// description phrase counts half as much.
export const KEY_TERM_WEIGHT: Readonly<Record<KeyTermSource, number>> = {
  title: 1,
  description: 0.5,
};

/** A purpose (侦察 in 侦察用无人机, 核生化应急处置 in 用于核生化应急处置) counts at this share of its source's weight. */
export const KEY_TERM_PURPOSE_FACTOR = 0.4;
