// The API's qualification type codes, in the order of domain.md's table. Persisted and sent over the
// wire, so a code is never renamed.
export const QUALIFICATION_TYPE_CODES = [
  'GJB9001C',
  'SECRECY',
  'WEAPONS_PERMIT',
  'EQUIPMENT_SUPPLIER',
  'ISO9001',
  'MEDICAL_DEVICE',
  'FOOD_SAFETY',
  'HIGH_TECH',
  'OTHER',
] as const;

export type QualificationTypeCode = (typeof QUALIFICATION_TYPE_CODES)[number];
