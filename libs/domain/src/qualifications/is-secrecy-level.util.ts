import { SECRECY_LEVELS, type SecrecyLevel } from './secrecy-level.constant.js';

const SECRECY_LEVEL_SET: ReadonlySet<unknown> = new Set(SECRECY_LEVELS);

export function isSecrecyLevel(value: unknown): value is SecrecyLevel {
  return SECRECY_LEVEL_SET.has(value);
}
