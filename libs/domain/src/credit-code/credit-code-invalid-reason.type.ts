// Stable codes: the API returns them in problem+json and the web app keys its messages on them.
export const CREDIT_CODE_INVALID_REASON_CODES = [
  'EMPTY',
  'WRONG_LENGTH',
  'INVALID_CHARACTER',
  'INVALID_REGION',
  'CHECK_CHARACTER_MISMATCH',
] as const;

export type CreditCodeInvalidReasonCode = (typeof CREDIT_CODE_INVALID_REASON_CODES)[number];

export type CreditCodeInvalidReason =
  | { readonly code: 'EMPTY' }
  | { readonly code: 'WRONG_LENGTH'; readonly length: number }
  // position is 1-based, as people count; character is quoted as typed (before normalisation).
  | { readonly code: 'INVALID_CHARACTER'; readonly position: number; readonly character: string }
  | { readonly code: 'INVALID_REGION'; readonly regionPart: string }
  | { readonly code: 'CHECK_CHARACTER_MISMATCH'; readonly expected: string; readonly actual: string };
