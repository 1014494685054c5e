import { describe, expect, it } from 'vitest';

import { localityScore } from './locality-score.util.js';

describe('localityScore', () => {
  it.each([
    ['the same district', '421202', '421202', 1],
    ['the same city (咸安区 and 赤壁市)', '421202', '421281', 0.7],
    ['a city-level code and a district in it', '421200', '421223', 0.7],
    ['the same province (咸宁 and 武汉)', '421202', '420106', 0.4],
    ['a province-level code and a district in it', '420000', '421202', 0.4],
    ['another province', '421202', '610113', 0.1],
  ])('%s gives %d', (_, demand, firm, value) => {
    expect(localityScore(demand, firm)).toBe(value);
  });

  it.each([
    [null, '421202'],
    ['421202', null],
    [null, null],
    ['999999', '421202'],
    ['4212', '421202'],
  ])('is 0.3 when a code is unknown or malformed (%s, %s)', (demand, firm) => {
    expect(localityScore(demand, firm)).toBe(0.3);
  });
});
