import { describe, expect, it } from 'vitest';

import { SECRECY_LEVELS } from './secrecy-level.constant.js';
import { secrecyLevelSatisfies } from './secrecy-level-satisfies.util.js';

// domain.md: "A demand asking for level 2 accepts 1 or 2". The dev data set's pentest demand is this
// case: the level-2 firm must match, the level-3 firm must not.
describe('a demand requiring secrecy level 2', () => {
  it('accepts suppliers holding level 1 or 2 and rejects level 3', () => {
    const accepted = SECRECY_LEVELS.filter((held) => secrecyLevelSatisfies(held, 2));
    expect(accepted).toEqual([1, 2]);
  });
});

describe('a demand requiring secrecy level 3 (the lowest)', () => {
  it('accepts every secrecy level', () => {
    expect(SECRECY_LEVELS.every((held) => secrecyLevelSatisfies(held, 3))).toBe(true);
  });
});

describe('a demand requiring secrecy level 1 (the highest)', () => {
  it('accepts only level 1', () => {
    expect(SECRECY_LEVELS.filter((held) => secrecyLevelSatisfies(held, 1))).toEqual([1]);
  });
});
