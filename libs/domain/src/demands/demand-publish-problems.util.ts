/** A demand shorter than this cannot be understood by the firms it is matched to. */
export const MIN_DESCRIPTION_CHARS_TO_PUBLISH = 10;

/** What stops a demand from being published, named by field, in English and Chinese. */
export interface DemandPublishProblem {
  field: 'description' | 'sectors' | 'deadline';
  code: 'REQUIRED_TO_PUBLISH' | 'DEADLINE_PASSED';
  message: string;
  messageZh: string;
}

/**
 * The rules a draft must meet before it is published: a description of at least ten characters, at
 * least one sector (matching needs it) and a response deadline not before `today` (YYYY-MM-DD, China
 * time). The API refuses to publish with these problems; the editor shows them before asking.
 */
export function demandPublishProblems(
  demand: { description: string; sectors: readonly string[]; deadline: string | null },
  today: string,
): DemandPublishProblem[] {
  const problems: DemandPublishProblem[] = [];
  if ([...demand.description.trim()].length < MIN_DESCRIPTION_CHARS_TO_PUBLISH)
    problems.push({
      field: 'description',
      code: 'REQUIRED_TO_PUBLISH',
      message: `describe the demand (at least ${MIN_DESCRIPTION_CHARS_TO_PUBLISH} characters)`,
      messageZh: `请填写需求描述（至少 ${MIN_DESCRIPTION_CHARS_TO_PUBLISH} 个字）`,
    });
  if (demand.sectors.length === 0)
    problems.push({
      field: 'sectors',
      code: 'REQUIRED_TO_PUBLISH',
      message: 'choose at least one sector',
      messageZh: '请至少选择一个所属领域',
    });
  if (!demand.deadline)
    problems.push({
      field: 'deadline',
      code: 'REQUIRED_TO_PUBLISH',
      message: 'set the response deadline',
      messageZh: '请填写响应截止日期',
    });
  else if (demand.deadline < today)
    problems.push({
      field: 'deadline',
      code: 'DEADLINE_PASSED',
      message: 'the deadline must not be in the past',
      messageZh: '截止日期不能早于今天',
    });
  return problems;
}
