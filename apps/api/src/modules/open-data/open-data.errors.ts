import { AppError } from '../../core/http/app-error.js';

export const OpenDataErrors = {
  /** OCDS: a release package holds one or more releases, so an empty page is answered with no package. */
  noReleases: () =>
    new AppError(404, 'NO_RELEASES', {
      en: 'No releases on this page: nothing is published yet, or the page is past the last one',
      zh: '此页没有可公开的发布记录：尚无已发布的需求，或页码超出范围',
    }),
};
