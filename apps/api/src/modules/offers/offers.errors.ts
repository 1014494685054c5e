import { OFFER_ATTACHMENTS_MAX, type ProblemField } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';

export const OfferErrors = {
  tooManyAttachments: () =>
    new AppError(409, 'TOO_MANY_ATTACHMENTS', {
      en: `A technology offer has at most ${OFFER_ATTACHMENTS_MAX} attachments`,
      zh: `每项技术成果最多 ${OFFER_ATTACHMENTS_MAX} 个附件`,
    }),
  /** A user without an organisation, or of a kind that may not list offers. */
  cannotList: () =>
    new AppError(403, 'OFFERS_NOT_ALLOWED', {
      en: 'Only members of a registered organisation list technology offers',
      zh: '仅已注册机构的成员可发布技术成果',
    }),
  cannotTakeUp: () =>
    new AppError(403, 'OFFER_INTEREST_NOT_ALLOWED', {
      en: 'Only members of a registered organisation may take up a technology offer',
      zh: '仅已注册机构的成员可对接技术成果',
    }),
  notVerified: () =>
    new AppError(403, 'ORGANIZATION_NOT_VERIFIED', {
      en: 'Your organisation must be verified by an administrator first',
      zh: '贵单位通过管理员认证后方可执行此操作',
    }),
  invalidTransition: (from: string, action: string) =>
    new AppError(409, 'INVALID_STATUS_TRANSITION', {
      en: `An offer that is ${from} cannot be ${action}`,
      zh: `当前状态（${from}）的技术成果不能执行此操作`,
    }),
  notOpen: () =>
    new AppError(409, 'OFFER_NOT_OPEN', {
      en: 'The offer is not published',
      zh: '该技术成果尚未发布或已撤回',
    }),
  ownOffer: () =>
    new AppError(409, 'OWN_OFFER', {
      en: 'This is your own organisation’s offer',
      zh: '这是本机构发布的技术成果',
    }),
  notSubmittable: (problems: ProblemField[]) =>
    new AppError(
      422,
      'OFFER_INCOMPLETE',
      { en: 'The offer is not ready for review', zh: '技术成果信息不完整或含涉密内容，暂不能提交审核' },
      { errors: problems },
    ),
};
