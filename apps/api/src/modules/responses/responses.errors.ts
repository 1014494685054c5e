import { RESPONSE_ATTACHMENTS_MAX } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';

export const ResponseErrors = {
  enterprisesOnly: () =>
    new AppError(403, 'ENTERPRISES_ONLY', {
      en: 'Only enterprises respond to demands',
      zh: '仅企业可以响应需求',
    }),
  notVerified: () =>
    new AppError(403, 'ORGANIZATION_NOT_VERIFIED', {
      en: 'Your organisation must be verified before it responds to demands',
      zh: '贵单位通过认证后方可响应需求',
    }),
  alreadyResponded: () =>
    new AppError(409, 'ALREADY_RESPONDED', {
      en: 'Your organisation has already responded; withdraw that response first',
      zh: '贵单位已响应该需求，如需修改请先撤回原响应',
    }),
  alreadyInvited: () =>
    new AppError(409, 'ALREADY_INVITED', { en: 'This firm is already invited', zh: '已邀请过该企业' }),
  notInvitable: () =>
    new AppError(422, 'NOT_INVITABLE', {
      en: 'Only enterprises with a published profile can be invited',
      zh: '仅可邀请已发布能力档案的企业',
    }),
  invalidTransition: (from: string, to: string) =>
    new AppError(409, 'INVALID_STATUS_TRANSITION', {
      en: `A ${from} response cannot become ${to}`,
      zh: `响应当前状态（${from}）不能变更为 ${to}`,
    }),
  alreadyAwarded: () =>
    new AppError(409, 'ALREADY_AWARDED', {
      en: 'This demand has already been awarded',
      zh: '该需求已确定中标单位',
    }),
  /** Files are added or removed only while the expression of interest is under review and the demand open. */
  attachmentsClosed: () =>
    new AppError(409, 'RESPONSE_NOT_EDITABLE', {
      en: 'Files can be changed only while the response is under review and the demand is open',
      zh: '仅在响应评审中且需求开放时可增删附件',
    }),
  tooManyAttachments: () =>
    new AppError(409, 'TOO_MANY_ATTACHMENTS', {
      en: `A response has at most ${RESPONSE_ATTACHMENTS_MAX} attachments`,
      zh: `每条响应最多 ${RESPONSE_ATTACHMENTS_MAX} 个附件`,
    }),
  notAwardable: () =>
    new AppError(409, 'NOT_AWARDABLE', {
      en: 'Only a live expression of interest can be awarded',
      zh: '仅可授予有效的意向响应',
    }),
};
