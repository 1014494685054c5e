import { type CreditCodeInvalidReason } from './credit-code-invalid-reason.type.js';

export type CreditCodeValidation =
  | {
      readonly valid: true;
      // Normalised form (trimmed, upper-case, ASCII): the one to store and to compare for uniqueness.
      readonly code: string;
      // Characters 3–8: GB/T 2260 code of the registering authority, not necessarily where the firm works.
      readonly regionCode: string;
      // Character 1 (登记管理部门代码), e.g. 9 for the market regulator.
      readonly registrationAuthority: string;
      // Character 2 (机构类别代码), e.g. 1 for a company under authority 9.
      readonly organisationType: string;
    }
  | { readonly valid: false; readonly reason: CreditCodeInvalidReason };
