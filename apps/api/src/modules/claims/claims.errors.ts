import { AppError } from '../../core/http/app-error.js';

export const ClaimErrors = {
  licenceMissing: () =>
    new AppError(
      400,
      'VALIDATION_FAILED',
      { en: 'The request is not valid', zh: '请求内容不合法' },
      {
        errors: [
          {
            field: 'licence',
            code: 'FILE_REQUIRED',
            message: 'Attach the scanned business licence (PDF, PNG or JPEG)',
            messageZh: '请上传营业执照扫描件（PDF、PNG 或 JPEG）',
          },
        ],
      },
    ),
  licenceKindRefused: () =>
    new AppError(
      415,
      'UNSUPPORTED_FILE_TYPE',
      { en: 'Only PDF, PNG and JPEG files are accepted', zh: '仅接受 PDF、PNG、JPEG 格式的文件' },
      {
        errors: [
          {
            field: 'licence',
            code: 'UNSUPPORTED_FILE_TYPE',
            message: 'The licence must be a whole PDF, PNG or JPEG file',
            messageZh: '营业执照须为完整的 PDF、PNG 或 JPEG 文件',
          },
        ],
      },
    ),
  /** Unknown codes answer the same, so that the endpoint does not tell which codes are registered. */
  notClaimable: () =>
    new AppError(
      409,
      'NOT_CLAIMABLE',
      { en: 'This organisation cannot be claimed', zh: '该机构不可认领' },
      {
        errors: [
          {
            field: 'creditCode',
            code: 'NOT_CLAIMABLE',
            message:
              'No organisation with this credit code is waiting to be claimed: register it, or ask its owner to invite you',
            messageZh: '没有可认领的该信用代码机构：请直接注册，或联系该机构的管理员邀请您加入',
          },
        ],
      },
    ),
  claimPending: () =>
    new AppError(
      409,
      'CLAIM_PENDING',
      { en: 'A claim with this email is already waiting for review', zh: '该邮箱已有待审核的认领申请' },
      {
        errors: [
          {
            field: 'email',
            code: 'CLAIM_PENDING',
            message: 'A claim with this email is already waiting for review',
            messageZh: '该邮箱已有待审核的认领申请，请耐心等待',
          },
        ],
      },
    ),
  emailTaken: () =>
    new AppError(
      409,
      'EMAIL_TAKEN',
      { en: 'This email is already registered', zh: '该邮箱已注册' },
      {
        errors: [
          {
            field: 'email',
            code: 'EMAIL_TAKEN',
            message: 'This email is already registered',
            messageZh: '该邮箱已注册',
          },
        ],
      },
    ),
  alreadyDecided: () =>
    new AppError(409, 'CLAIM_ALREADY_DECIDED', {
      en: 'This claim has already been decided',
      zh: '该认领申请已处理',
    }),
  /** Approval when the organisation got a member meanwhile (another claim approved, or an invitation). */
  organizationTaken: () =>
    new AppError(409, 'ORGANIZATION_ALREADY_CLAIMED', {
      en: 'The organisation has an active member now; reject this claim',
      zh: '该机构已有成员，请驳回此申请',
    }),
};
