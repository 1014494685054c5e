import { SAVED_SEARCHES_MAX } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';

export const AlertErrors = {
  tooManySavedSearches: () =>
    new AppError(409, 'SAVED_SEARCH_LIMIT_REACHED', {
      en: `You can keep at most ${SAVED_SEARCHES_MAX} saved searches; delete one first`,
      zh: `每位用户最多保存 ${SAVED_SEARCHES_MAX} 个订阅，请先删除不需要的订阅`,
    }),
};
