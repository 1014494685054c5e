import { SECTOR_CODES, type SectorCode } from './sector-code.constant.js';

const SECTOR_CODE_SET: ReadonlySet<string> = new Set(SECTOR_CODES);

export function isSectorCode(value: unknown): value is SectorCode {
  return typeof value === 'string' && SECTOR_CODE_SET.has(value);
}
