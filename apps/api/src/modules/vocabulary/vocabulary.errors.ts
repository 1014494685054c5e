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
