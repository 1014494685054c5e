import { AppError } from '../../core/http/app-error.js';

export const TalentErrors = {
  /** The talent pool is read by verified organisations only (what the people consented to). */
  verifiedOrganizationsOnly: () =>
    new AppError(403, 'VERIFIED_ORGANIZATIONS_ONLY', {
      en: 'Only verified organisations may search the talent pool, contact people or post talent needs',
      zh: '仅通过认证的机构可检索人才库、联系人才或发布人才需求',
    }),
  /** Administrators vet organisations; they have no talent profile of their own. */
  notForAdministrators: () =>
    new AppError(403, 'FORBIDDEN', {
      en: 'Administrators cannot publish or withdraw talent profiles',
      zh: '管理员账号不能发布或撤回人才档案',
    }),
  profileExists: () =>
    new AppError(
      409,
      'TALENT_PROFILE_EXISTS',
      { en: 'You already have a talent profile; edit it instead', zh: '您已发布人才档案，请直接修改' },
    ),
};
