import { describe, expect, it } from 'vitest';

import { regionCodeFromName } from './region-code-from-name.util.js';

describe('regionCodeFromName', () => {
  // Every distinct region string in /work/shared/eval/matching-dev.json when this spec was written.
  it.each([
    ['咸宁高新区', '421202'],
    ['赤壁市', '421281'],
    ['咸安区', '421202'],
    ['崇阳县', '421223'],
    ['通城县', '421222'],
    ['嘉鱼县', '421221'],
    ['通山县', '421224'],
  ])('maps the dev data set region %s to %s', (name, code) => {
    expect(regionCodeFromName(name)).toBe(code);
  });

  it.each([
    ['咸宁市', '421200'],
    ['咸宁', '421200'],
    ['赤壁', '421281'],
    ['湖北省', '420000'],
    ['广东省', '440000'],
    [' 通山县 ', '421224'],
  ])('maps %j to %s', (name, code) => {
    expect(regionCodeFromName(name)).toBe(code);
  });

  it.each(['', '深圳市', '高新区', 'Xianning'])('is undefined for %j', (name) => {
    expect(regionCodeFromName(name)).toBeUndefined();
  });
});
