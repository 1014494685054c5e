import { QUALIFICATION_TYPE_CODES, type QualificationTypeCode } from './qualification-type-code.constant.js';

const QUALIFICATION_TYPE_CODE_SET: ReadonlySet<string> = new Set(QUALIFICATION_TYPE_CODES);

export function isQualificationTypeCode(value: unknown): value is QualificationTypeCode {
  return typeof value === 'string' && QUALIFICATION_TYPE_CODE_SET.has(value);
}
