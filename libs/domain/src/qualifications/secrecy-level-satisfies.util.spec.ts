import { describe, expect, it } from 'vitest';

import { type SecrecyLevel } from './secrecy-level.constant.js';
import { secrecyLevelSatisfies } from './secrecy-level-satisfies.util.js';

// Every (held, required) pair, spelled out rather than computed, so the table is the specification.
const TABLE: ReadonlyArray<readonly [held: SecrecyLevel, required: SecrecyLevel, satisfies: boolean]> = [
  [1, 1, true],
  [1, 2, true],
  [1, 3, true],
  [2, 1, false],
  [2, 2, true],
  [2, 3, true],
  [3, 1, false],
  [3, 2, false],
  [3, 3, true],
];

describe('secrecyLevelSatisfies', () => {
  it.each(TABLE)('holding level %d against a level-%d requirement gives %s', (held, required, satisfies) => {
    expect(secrecyLevelSatisfies(held, required)).toBe(satisfies);
  });
});
