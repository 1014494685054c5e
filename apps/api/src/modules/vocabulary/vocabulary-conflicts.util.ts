import type { ProblemField } from '@mcf/contracts';
import {
  BASE_VOCABULARY_FILES,
  compileVocabulary,
  normaliseVocabularyTerm,
  type VocabularyGroup,
  vocabularyProblems,
} from '@mcf/domain';

/**
 * What approving `group` on top of the approved groups would break, in English and Chinese, naming the
 * terms and where the clash lies: the pair already names one thing (a duplicate), or the new group
 * contradicts a look-alike or broader relation, repeats a group, closes a broader cycle. Empty when the
 * approval is sound. vocabularyProblems is the one judge; only problems the new group adds are reported.
 */
export function approvalConflicts(approved: readonly VocabularyGroup[], group: VocabularyGroup): ProblemField[] {
  const conflicts: ProblemField[] = [];
  const terms = groupTermsOf(group);
  const [a, b] = terms.map(normaliseVocabularyTerm);
  if ((group.relation === 'equivalent' || group.relation === 'abbreviation') && a !== undefined && b !== undefined) {
    const senses = compileVocabulary(BASE_VOCABULARY_FILES, approved).senses;
    const conceptsOf = (term: string) => (senses.get(term) ?? []).map((sense) => sense.concept);
    if (conceptsOf(a).some((concept) => conceptsOf(b).includes(concept))) {
      conflicts.push({
        field: 'terms',
        code: 'ALREADY_IN_VOCABULARY',
        message: `"${a}" and "${b}" already name the same thing in the vocabulary.`,
        messageZh: `「${a}」与「${b}」在词表中已是同一事物，无需重复添加。`,
      });
      return conflicts;
    }
  }
  const before = new Set(vocabularyProblems(BASE_VOCABULARY_FILES, approved));
  for (const problem of vocabularyProblems(BASE_VOCABULARY_FILES, [...approved, group])) {
    if (before.has(problem)) continue;
    conflicts.push({ field: 'terms', code: 'VOCABULARY_CONFLICT', message: problem, messageZh: inChinese(problem) });
  }
  return conflicts;
}

function groupTermsOf(group: VocabularyGroup): string[] {
  switch (group.relation) {
    case 'equivalent':
    case 'lookalike':
      return [...group.terms];
    case 'abbreviation':
      return [...group.full, ...group.short];
    case 'broader':
      return [group.broader, ...group.narrower];
  }
}

// vocabularyProblems writes for the people who maintain the data files, in English; the reviewer reads
// Chinese first, so each kind of sentence gets its Chinese, quoting the same terms.
function inChinese(problem: string): string {
  const quoted = [...problem.matchAll(/"([^"]+)"/gu)].map((m) => `「${m[1]}」`);
  const pair = quoted.slice(0, 2).join('与');
  if (/cannot be look-alikes/u.test(problem)) return `${pair}在词表中已是同一事物，不能标为形近词。（${problem}）`;
  if (/cannot be broader/u.test(problem)) return `${pair}在词表中已是同一事物，不能一个是另一个的上位词。（${problem}）`;
  if (/repeats|names the same terms/u.test(problem)) return `与词表中已有的词组重复。（${problem}）`;
  if (/^Broader cycle/u.test(problem)) return `上下位关系形成循环。（${problem}）`;
  if (/not in normal form/u.test(problem)) return `词语${quoted[0] ?? ''}不是规范写法，应写作${quoted[1] ?? ''}。`;
  if (/twice/u.test(problem)) return `同一词组中${quoted[0] ?? ''}出现两次。`;
  return `与词表冲突：${problem}`;
}
