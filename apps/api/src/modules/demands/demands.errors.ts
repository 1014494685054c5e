import type { ProblemField } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';

export const DemandErrors = {
  procurersOnly: () =>
    new AppError(403, 'PROCURERS_ONLY', {
      en: 'Only procurer organisations post demands',
      zh: '仅采购方单位可发布需求',
    }),
  notVerified: () =>
    new AppError(403, 'ORGANIZATION_NOT_VERIFIED', {
      en: 'Your organisation must be verified by an administrator before it publishes demands',
      zh: '贵单位通过管理员认证后方可发布需求',
    }),
  invalidTransition: (from: string, action: string) =>
    new AppError(409, 'INVALID_STATUS_TRANSITION', {
      en: `A ${from} demand cannot be ${action}`,
      zh: `当前状态（${from}）的需求不能执行此操作`,
    }),
  /** The demand is not PUBLISHED (or is no longer), so it takes no responses, questions or invitations. */
  notOpen: (status: string) =>
    new AppError(409, 'DEMAND_NOT_OPEN', {
      en: `The demand is ${status}, not open`,
      zh: `需求当前状态（${status}）不接受此操作`,
    }),
  deadlinePassed: (deadline: string) =>
    new AppError(409, 'DEADLINE_PASSED', {
      en: `The deadline (${deadline}) has passed`,
      zh: `已过响应截止日期（${deadline}）`,
    }),
  tooManyAttachments: () =>
    new AppError(409, 'TOO_MANY_ATTACHMENTS', {
      en: 'A demand has at most 10 attachments',
      zh: '每条需求最多 10 个附件',
    }),
  notPublishable: (problems: ProblemField[]) =>
    new AppError(
      422,
      'DEMAND_INCOMPLETE',
      { en: 'The demand is not complete enough to publish', zh: '需求信息不完整，暂不能发布' },
      { errors: problems },
    ),
};
