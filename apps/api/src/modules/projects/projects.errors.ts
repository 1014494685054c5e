import { AppError } from '../../core/http/app-error.js';

const invalid = (field: string, code: string, message: string, messageZh: string) =>
  new AppError(
    400,
    'VALIDATION_FAILED',
    { en: 'The request is not valid', zh: '请求内容不合法' },
    { errors: [{ field, code, message, messageZh }] },
  );

export const ProjectErrors = {
  stageTransitionNotAllowed: (from: string, to: string) =>
    new AppError(
      409,
      'STAGE_TRANSITION_NOT_ALLOWED',
      { en: `A project cannot move from ${from} to ${to}`, zh: '项目阶段不能这样变更（只能依次推进，建设中的项目可退回前期论证）' },
      { errors: [{ field: 'stage', code: 'STAGE_TRANSITION_NOT_ALLOWED', message: `not allowed from ${from}`, messageZh: '不允许的阶段变更' }] },
    ),
  unknownOrganization: () =>
    invalid('organizationId', 'UNKNOWN_ORGANIZATION', 'no organisation with this id', '没有该机构'),
  unknownMilestone: (index: number) =>
    invalid(`milestonesReached.${index}`, 'UNKNOWN_MILESTONE', 'not a milestone of this project', '不是本项目的里程碑'),
  milestoneOfAnotherProject: (index: number) =>
    invalid(`milestones.${index}.id`, 'UNKNOWN_MILESTONE', 'not a milestone of this project', '不是本项目的里程碑'),
  periodNotStarted: () =>
    invalid('period', 'PERIOD_NOT_STARTED', 'this quarter has not begun', '该报告期尚未开始'),
  notProjectOwner: () =>
    new AppError(403, 'NOT_PROJECT_OWNER', {
      en: 'Only the organisation that owns the project files its reports',
      zh: '只有项目的建设单位可以填报进展',
    }),
  reportExists: () =>
    new AppError(
      409,
      'REPORT_EXISTS',
      { en: 'A report for this period is already filed', zh: '该报告期已有进展报告' },
      { errors: [{ field: 'period', code: 'REPORT_EXISTS', message: 'a report for this period is already filed', messageZh: '该报告期已填报，退回修改后方可重新填报' }] },
    ),
  reportAlreadyReviewed: () =>
    new AppError(409, 'REPORT_ALREADY_REVIEWED', { en: 'This report has already been reviewed', zh: '该报告已审核' }),
  reviewKindNotForStage: (stage: string) =>
    new AppError(
      409,
      'REVIEW_KIND_NOT_FOR_STAGE',
      { en: `This review kind does not fit a project in ${stage}`, zh: '考核类型与项目阶段不符（后评估仅适用于投产/运营的项目）' },
      { errors: [{ field: 'kind', code: 'REVIEW_KIND_NOT_FOR_STAGE', message: `does not fit a project in ${stage}`, messageZh: '考核类型与项目阶段不符' }] },
    ),
};
