import { type QualificationTypeCode } from './qualification-type-code.constant.js';

// Only the secrecy qualification is graded (一级/二级/三级). Every other certificate is held or not, so
// forms hide the level field and the API rejects a level sent for them.
export function hasLevel(code: QualificationTypeCode): code is 'SECRECY' {
  return code === 'SECRECY';
}
