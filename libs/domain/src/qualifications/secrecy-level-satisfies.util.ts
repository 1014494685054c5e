import { type SecrecyLevel } from './secrecy-level.constant.js';

// A demand names the lowest level it accepts; a higher qualification (smaller number) covers every lower
// requirement, so "requires 2" accepts 1 and 2 but never 3.
export function secrecyLevelSatisfies(held: SecrecyLevel, required: SecrecyLevel): boolean {
  return held <= required;
}
