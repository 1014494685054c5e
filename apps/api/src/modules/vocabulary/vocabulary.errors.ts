import type { ProblemField } from '@mcf/contracts';
import { AppError } from '../../core/http/app-error.js';

const STATUS_ZH: Record<string, string> = { APPROVED: '已通过', REJECTED: '已驳回', PENDING: '待审核' };

export const VocabularyErrors = {
  alreadyDecided: (status: string) =>
    new AppError(409, 'SUGGESTION_ALREADY_DECIDED', {
      en: `This suggestion was already decided (${status.toLowerCase()})`,
      zh: `该建议已处理（${STATUS_ZH[status] ?? status}）`,
    }),
  /** The approval would make the vocabulary contradict itself or repeat a group; each problem is named. */
  conflicts: (problems: ProblemField[]) =>
    new AppError(
      409,
      'VOCABULARY_CONFLICT',
      {
        en: 'Approving this would contradict or repeat the vocabulary',
        zh: '通过该建议会与词表矛盾或重复',
      },
      { errors: problems, detail: problems.map((p) => p.message).join(' ') },
    ),
  /** The search engine did not take the new synonyms: nothing was decided, the administrator may retry. */
  searchUnavailable: () =>
    new AppError(503, 'SEARCH_UNAVAILABLE', {
      en: 'The search engine did not take the new synonyms; nothing was changed, try again shortly',
      zh: '搜索服务暂时无法更新同义词，本次未作任何更改，请稍后重试',
    }),
  sameTerms: () =>
    new AppError(
      422,
      'SAME_TERMS',
      { en: 'The two terms are the same once normalised', zh: '两个词语规范化后相同' },
      {
        errors: [
          {
            field: 'terms',
            code: 'SAME_TERMS',
            message: 'the two terms are the same once normalised',
            messageZh: '两个词语规范化后相同，无法建立关系',
          },
        ],
      },
    ),
};
