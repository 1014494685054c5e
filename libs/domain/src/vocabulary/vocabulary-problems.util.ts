import { normaliseVocabularyTerm } from './normalise-vocabulary-term.util.js';
import { groupTerms, namingTerms, vocabularyConcepts } from './vocabulary-concepts.util.js';
import { vocabularyFileName } from './vocabulary-file-name.util.js';
import { type VocabularyFile, type VocabularyGroup } from './vocabulary.types.js';

export interface VocabularyProblemOptions {
  /** The files' names, in the order of `files`; when given, each must be vocabularyFileName(file.sector). */
  fileNames?: readonly string[];
  /** Fewest groups the files must hold together. */
  minimumGroups?: number;
  /** Fewest groups each file must hold. */
  minimumGroupsPerFile?: number;
}

interface PlacedGroup {
  group: VocabularyGroup;
  /** "new-materials.json group 12 (equivalent 铝合金型材/铝型材)" — where a reviewer finds it. */
  place: string;
}

/**
 * Everything wrong with a vocabulary, one readable sentence per problem naming the file and group; empty
 * when the vocabulary can be compiled and trusted. Checks: terms in normal form (NFKC, trimmed, single
 * spaces, model numbers joined; only ASCII letter case may differ, since the normal form lower-cases it
 * anyway and "UPS" reads better than "ups"), a reason for every group, enough terms in a group, no term
 * twice in a group, no group twice, no two naming groups with the same terms, no pair that is both the same
 * thing and a look-alike or both the same thing and broader/narrower, no broader cycle, file names that
 * match their sectors, and minimum sizes.
 */
export function vocabularyProblems(
  files: readonly VocabularyFile[],
  extra: readonly VocabularyGroup[] = [],
  options: VocabularyProblemOptions = {},
): string[] {
  const problems: string[] = [];
  const placed: PlacedGroup[] = [];
  files.forEach((file, fileIndex) => {
    const fileName = options.fileNames?.[fileIndex] ?? vocabularyFileName(file.sector);
    if (options.fileNames !== undefined && fileName !== vocabularyFileName(file.sector)) {
      problems.push(`${fileName}: sector ${file.sector} belongs in ${vocabularyFileName(file.sector)}.`);
    }
    if (options.minimumGroupsPerFile !== undefined && file.groups.length < options.minimumGroupsPerFile) {
      problems.push(`${fileName}: ${file.groups.length} groups, fewer than ${options.minimumGroupsPerFile}.`);
    }
    file.groups.forEach((group, index) =>
      placed.push({ group, place: `${fileName} group ${index + 1} ${label(group)}` }),
    );
  });
  extra.forEach((group, index) => placed.push({ group, place: `extra group ${index + 1} ${label(group)}` }));
  if (options.minimumGroups !== undefined && placed.length < options.minimumGroups) {
    problems.push(`The vocabulary has ${placed.length} groups, fewer than ${options.minimumGroups}.`);
  }

  for (const { group, place } of placed) problems.push(...groupProblems(group, place));
  problems.push(...repeatedGroups(placed), ...contradictions(placed), ...broaderCycles(placed));
  return problems;
}

function label(group: VocabularyGroup): string {
  const written =
    group.relation === 'abbreviation'
      ? [...group.full, ...group.short]
      : group.relation === 'broader'
        ? [group.broader, ...group.narrower]
        : group.terms;
  return `(${group.relation} ${written.join('/')})`;
}

function writtenTerms(group: VocabularyGroup): string[] {
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

function groupProblems(group: VocabularyGroup, place: string): string[] {
  const problems: string[] = [];
  if (group.reason.trim() === '') problems.push(`${place}: has no reason.`);
  for (const term of writtenTerms(group)) {
    if (normaliseVocabularyTerm(term) === '') problems.push(`${place}: has an empty term.`);
    else if (normaliseVocabularyTerm(term) !== term.toLowerCase()) {
      problems.push(
        `${place}: term "${term}" is not in normal form; write "${normaliseVocabularyTerm(term)}".`,
      );
    }
  }
  const tooFew =
    (group.relation === 'equivalent' && group.terms.length < 2) ||
    (group.relation === 'abbreviation' && (group.full.length < 1 || group.short.length < 1)) ||
    (group.relation === 'broader' && group.narrower.length < 1) ||
    (group.relation === 'lookalike' && group.terms.length !== 2);
  if (tooFew)
    problems.push(
      `${place}: needs at least two terms (a look-alike exactly two; an abbreviation a full and a short form).`,
    );
  const terms = groupTerms(group);
  const twice = [...new Set(terms.filter((term, index) => terms.indexOf(term) !== index))];
  for (const term of twice) problems.push(`${place}: lists "${term}" twice.`);
  return problems;
}

function repeatedGroups(placed: readonly PlacedGroup[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const namingSets = new Map<string, string>();
  for (const { group, place } of placed) {
    const key = JSON.stringify([group.relation, ...orderedTerms(group)]);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${place}: repeats ${first}.`);
      continue;
    }
    seen.set(key, place);
    const naming = namingTerms(group);
    if (naming === undefined) continue;
    const setKey = JSON.stringify([...new Set(naming.map(({ term }) => term))].sort());
    const sameSet = namingSets.get(setKey);
    if (sameSet !== undefined) problems.push(`${place}: names the same terms as ${sameSet}; keep one group.`);
    else namingSets.set(setKey, place);
  }
  return problems;
}

// The key of "the same group": relation and terms, ignoring the order of equivalents and narrower terms but
// not which term is broader or which forms are short.
function orderedTerms(group: VocabularyGroup): unknown[] {
  const sorted = (terms: readonly string[]) => terms.map(normaliseVocabularyTerm).sort();
  switch (group.relation) {
    case 'equivalent':
    case 'lookalike':
      return sorted(group.terms);
    case 'abbreviation':
      return [sorted(group.full), sorted(group.short)];
    case 'broader':
      return [normaliseVocabularyTerm(group.broader), sorted(group.narrower)];
  }
}

function contradictions(placed: readonly PlacedGroup[]): string[] {
  const problems: string[] = [];
  const concepts = vocabularyConcepts(placed.map(({ group }) => group));
  const sameThing = (a: string, b: string): boolean => {
    const of = concepts.namingConcepts.get(a) ?? [];
    return of.some((concept) => (concepts.namingConcepts.get(b) ?? []).includes(concept));
  };
  for (const { group, place } of placed) {
    if (group.relation === 'lookalike') {
      const [a, b] = group.terms.map(normaliseVocabularyTerm);
      if (a !== undefined && b !== undefined && a !== b && sameThing(a, b)) {
        problems.push(
          `${place}: "${a}" and "${b}" are named the same thing elsewhere, so they cannot be look-alikes.`,
        );
      }
    } else if (group.relation === 'broader') {
      const broader = normaliseVocabularyTerm(group.broader);
      for (const narrower of group.narrower.map(normaliseVocabularyTerm)) {
        if (narrower !== broader && sameThing(narrower, broader)) {
          problems.push(
            `${place}: "${narrower}" and "${broader}" are named the same thing elsewhere, so one cannot be broader.`,
          );
        }
      }
    }
  }
  return problems;
}

function broaderCycles(placed: readonly PlacedGroup[]): string[] {
  const concepts = vocabularyConcepts(placed.map(({ group }) => group));
  const edges = new Map<string, { to: string; place: string }[]>();
  for (const { group, place } of placed) {
    if (group.relation !== 'broader') continue;
    const up = concepts.conceptsOf(normaliseVocabularyTerm(group.broader));
    for (const narrower of group.narrower) {
      for (const from of concepts.conceptsOf(normaliseVocabularyTerm(narrower))) {
        edges.set(from, [
          ...(edges.get(from) ?? []),
          ...up.filter((to) => to !== from).map((to) => ({ to, place })),
        ]);
      }
    }
  }
  // Depth-first search; an edge back to a concept still on the path closes a cycle.
  const problems: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const pathPlaces: string[] = [];
  const visit = (concept: string): void => {
    path.push(concept);
    for (const { to, place } of edges.get(concept) ?? []) {
      const onPath = path.indexOf(to);
      if (onPath >= 0) {
        const places = [...new Set([...pathPlaces.slice(onPath), place])];
        problems.push(`Broader cycle ${[...path.slice(onPath), to].join(' → ')} (${places.join('; ')}).`);
      } else if (!done.has(to)) {
        pathPlaces.push(place);
        visit(to);
        pathPlaces.pop();
      }
    }
    path.pop();
    done.add(concept);
  };
  for (const start of [...edges.keys()].sort()) if (!done.has(start)) visit(start);
  return problems;
}
