import { type QualificationTypeCode } from './qualification-type-code.constant.js';
import { QUALIFICATION_TYPES, type QualificationType } from './qualification-type.catalog.js';

const QUALIFICATION_TYPE_BY_CODE: ReadonlyMap<QualificationTypeCode, QualificationType> = new Map(
  QUALIFICATION_TYPES.map((type) => [type.code, type]),
);

export function qualificationTypeByCode(code: QualificationTypeCode): QualificationType {
  const type = QUALIFICATION_TYPE_BY_CODE.get(code);
  // The catalogue spec proves every code has an entry; reaching this means the two drifted apart.
  if (type === undefined) {
    throw new Error(`Qualification catalogue has no entry for ${code}`);
  }
  return type;
}
