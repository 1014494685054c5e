/** An offer whose summary is shorter than this cannot be matched or judged. */
export const MIN_OFFER_SUMMARY_CHARS = 20;

/**
 * Words that mark a text as classified (密级标志). The platform carries non-classified information only:
 * an offer naming one of them is refused before it reaches an administrator. 非密 / 非涉密 are fine.
 */
export const CLASSIFICATION_MARKINGS: readonly string[] = ['绝密', '机密', '秘密★', '★秘密', '秘密级', '涉密', '密级'];

/** The classification markings `text` contains (empty when none); 非涉密 and 非密级 do not count. */
export function classificationMarkingsIn(text: string): string[] {
  const cleared = text.replaceAll('非涉密', '').replaceAll('非密级', '').replaceAll('无密级', '');
  return CLASSIFICATION_MARKINGS.filter((marking) => cleared.includes(marking));
}

export interface OfferSubmitProblem {
  field: 'summary' | 'sectors' | 'transferModes' | 'title' | 'nonClassified';
  code: 'REQUIRED_TO_SUBMIT' | 'CLASSIFIED_MARKING';
  message: string;
  messageZh: string;
}

/**
 * What stops an offer from going to review: a summary of at least MIN_OFFER_SUMMARY_CHARS characters, a
 * sector and a way to transfer (matching and readers need them), the owner's declaration that it is
 * non-classified, and no classification marking in its texts.
 */
export function offerSubmitProblems(offer: {
  title: string;
  summary: string;
  sectors: readonly string[];
  transferModes: readonly string[];
  nonClassified: boolean;
  texts?: readonly string[];
}): OfferSubmitProblem[] {
  const problems: OfferSubmitProblem[] = [];
  if ([...offer.summary.trim()].length < MIN_OFFER_SUMMARY_CHARS)
    problems.push({
      field: 'summary',
      code: 'REQUIRED_TO_SUBMIT',
      message: `describe the technology (at least ${MIN_OFFER_SUMMARY_CHARS} characters)`,
      messageZh: `请填写成果简介（至少 ${MIN_OFFER_SUMMARY_CHARS} 个字）`,
    });
  if (offer.sectors.length === 0)
    problems.push({ field: 'sectors', code: 'REQUIRED_TO_SUBMIT', message: 'choose at least one sector', messageZh: '请至少选择一个所属领域' });
  if (offer.transferModes.length === 0)
    problems.push({
      field: 'transferModes',
      code: 'REQUIRED_TO_SUBMIT',
      message: 'choose at least one way to transfer',
      messageZh: '请至少选择一种转化方式',
    });
  if (!offer.nonClassified)
    problems.push({
      field: 'nonClassified',
      code: 'REQUIRED_TO_SUBMIT',
      message: 'confirm that the offer contains no classified information',
      messageZh: '请确认成果信息不涉及国家秘密',
    });
  for (const [field, text] of [
    ['title', offer.title],
    ['summary', [offer.summary, ...(offer.texts ?? [])].join('\n')],
  ] as const) {
    const markings = classificationMarkingsIn(text);
    if (markings.length > 0)
      problems.push({
        field,
        code: 'CLASSIFIED_MARKING',
        message: `classified information does not belong on the platform (found: ${markings.join(', ')})`,
        messageZh: `平台只发布非密信息，请删除涉密内容（发现：${markings.join('、')}）`,
      });
  }
  return problems;
}
