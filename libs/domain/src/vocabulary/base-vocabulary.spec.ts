import { describe, expect, it } from 'vitest';

import { SECTOR_CODES } from '../sectors/sector-code.constant.js';
import { BASE_VOCABULARY_FILE_NAMES, BASE_VOCABULARY_FILES, baseVocabulary } from './base-vocabulary.js';
import { vocabularyProblems } from './vocabulary-problems.util.js';

const MINIMUM_GROUPS = 500;
const MINIMUM_GROUPS_PER_FILE = 25;

describe('the shipped vocabulary', () => {
  it('has one file per sector and one general file', () => {
    expect(BASE_VOCABULARY_FILES.map((file) => file.sector)).toEqual(['GENERAL', ...SECTOR_CODES]);
  });

  it(`has no problems, at least ${MINIMUM_GROUPS} groups and ${MINIMUM_GROUPS_PER_FILE} per file, each with a reason`, () => {
    const problems = vocabularyProblems(BASE_VOCABULARY_FILES, [], {
      fileNames: BASE_VOCABULARY_FILE_NAMES,
      minimumGroups: MINIMUM_GROUPS,
      minimumGroupsPerFile: MINIMUM_GROUPS_PER_FILE,
    });
    expect(problems).toEqual([]);
  });

  it('compiles once and finds the terms it was built from', () => {
    const vocabulary = baseVocabulary();
    expect(baseVocabulary()).toBe(vocabulary);
    expect(vocabulary.senses.get('ups')?.[0]?.concept).toBe(
      vocabulary.senses.get('不间断电源')?.[0]?.concept,
    );
    expect(vocabulary.lookalikes.get(vocabulary.senses.get('无人机')?.[0]?.concept ?? '')).toBeDefined();
  });
});
