import { AppError } from '../../core/http/app-error.js';

export const OrganizationErrors = {
  ownerOnly: () => new AppError(403, 'OWNER_ONLY', { en: "Only the organisation's owner may do this", zh: '仅机构负责人可执行此操作' }),
  invalidInvitation: () =>
    new AppError(400, 'INVALID_INVITATION', { en: 'The invitation is wrong, used, revoked or expired', zh: '邀请无效、已使用、已撤销或已过期' }, {
      errors: [{ field: 'token', code: 'INVALID_INVITATION', message: 'The invitation is wrong, used, revoked or expired', messageZh: '邀请无效、已使用、已撤销或已过期' }],
    }),
  invitationNotPending: () =>
    new AppError(409, 'INVITATION_NOT_PENDING', { en: 'The invitation is no longer pending', zh: '该邀请已不是待接受状态' }),
  invalidStatusTransition: (from: string, action: string) =>
    new AppError(409, 'INVALID_STATUS_TRANSITION', { en: `Cannot ${action} an organisation that is ${from}`, zh: `当前状态（${from}）不允许该操作` }),
};
