import { type SectorCode } from './sector-code.constant.js';
import { SECTORS } from './sector.catalog.js';

// Shorter or older names people actually write. The action plan and the dev data set say 应急装备 and
// 军事后勤 without the rest of the catalogue name; the plan's chapter titles use 船海, 生物医药, 兵器工业,
// 网络空间. Only names that can mean one sector belong here: 医疗 alone could be BIOMEDICINE or
// EMERGENCY (应急医疗), so it is left out and falls through to "unknown".
const ALIASES: ReadonlyArray<readonly [string, SectorCode]> = [
  ['复合材料', 'NEW_MATERIALS'],
  ['军用新材料', 'NEW_MATERIALS'],
  ['智能制造', 'INTELLIGENT_EQUIPMENT'],
  ['智能机电', 'INTELLIGENT_EQUIPMENT'],
  ['应急装备', 'EMERGENCY'],
  ['应急', 'EMERGENCY'],
  ['应急产业', 'EMERGENCY'],
  ['应急安全', 'EMERGENCY'],
  ['应急服务', 'EMERGENCY'],
  ['应急救援装备', 'EMERGENCY'],
  ['生物医药', 'BIOMEDICINE'],
  ['医疗卫材', 'BIOMEDICINE'],
  ['生命健康', 'BIOMEDICINE'],
  ['军事医学', 'BIOMEDICINE'],
  ['中医药', 'BIOMEDICINE'],
  ['光电子信息', 'ELECTRONICS'],
  ['新一代信息技术', 'ELECTRONICS'],
  ['信息技术', 'ELECTRONICS'],
  ['船舶', 'MARINE'],
  ['海洋', 'MARINE'],
  ['船海', 'MARINE'],
  ['船舶与海洋工程', 'MARINE'],
  ['船海工程装备', 'MARINE'],
  ['航空', 'AEROSPACE'],
  ['航天', 'AEROSPACE'],
  ['兵器工业', 'ORDNANCE'],
  ['兵器装备', 'ORDNANCE'],
  ['后勤', 'LOGISTICS'],
  ['后勤保障', 'LOGISTICS'],
  ['网络空间', 'CYBERSECURITY'],
  ['网信安全', 'CYBERSECURITY'],
  ['信息安全', 'CYBERSECURITY'],
];

const CODE_BY_NAME: ReadonlyMap<string, SectorCode> = new Map([
  ...SECTORS.map((sector) => [sector.nameZh, sector.code] as const),
  ...ALIASES,
]);

// domain.md writes "军事后勤 (副食品、冷链、仓储、投送)": a trailing note in half- or full-width brackets
// explains the scope and must not stop the name from being recognised.
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/u;

// Imported spreadsheets and hand-typed forms carry stray spaces (including the ideographic space).
const WHITESPACE = /[\s\u3000]+/gu;

export function sectorCodeFromChineseName(name: string): SectorCode | undefined {
  const compact = name.replace(WHITESPACE, '');
  const withoutNote = compact.replace(TRAILING_NOTE, '');
  return CODE_BY_NAME.get(compact) ?? CODE_BY_NAME.get(withoutNote);
}
