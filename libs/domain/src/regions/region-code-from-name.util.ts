import { KNOWN_REGION_BY_CODE } from './known-region.lookup.js';

// Names as local people write them. 咸宁高新区 is an economic zone, not a division: its firms are
// registered in 咸安区 (domain.md). The dev data set and the action plan also use the short forms.
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['咸宁高新区', '421202'],
  ['咸宁高新技术产业开发区', '421202'],
  ['咸宁', '421200'],
  ['咸安', '421202'],
  ['嘉鱼', '421221'],
  ['通城', '421222'],
  ['崇阳', '421223'],
  ['通山', '421224'],
  ['赤壁', '421281'],
  ['湖北', '420000'],
];

const CODE_BY_NAME: ReadonlyMap<string, string> = new Map([
  ...[...KNOWN_REGION_BY_CODE.values()].map((region) => [region.nameZh, region.code] as const),
  ...ALIASES,
]);

const WHITESPACE = /[\s\u3000]+/gu;

export function regionCodeFromName(name: string): string | undefined {
  return CODE_BY_NAME.get(name.replace(WHITESPACE, ''));
}
