import { describe, expect, it } from 'vitest';

import { type VocabularyFile, type VocabularyGroup } from './vocabulary.types.js';
import { vocabularyProblems } from './vocabulary-problems.util.js';

const file = (groups: VocabularyGroup[], sector: VocabularyFile['sector'] = 'MARINE'): VocabularyFile => ({
  version: 1,
  sector,
  title: '海洋装备 / Marine',
  groups,
});
const outboard: VocabularyGroup = {
  relation: 'equivalent',
  terms: ['舷外机', '船外机'],
  reason: 'Trade usage.',
};

describe('vocabularyProblems', () => {
  it('finds nothing in a sound file', () => {
    const sound = file([
      outboard,
      { relation: 'abbreviation', full: ['无人水面艇', '无人艇'], short: ['USV'], reason: 'Acronym.' },
      { relation: 'broader', broader: '船舶动力', narrower: ['舷外机', '船用柴油机'], reason: 'Kinds.' },
      { relation: 'lookalike', terms: ['冲锋舟', '冲锋衣'], reason: 'Boat, not jacket.' },
    ]);
    expect(
      vocabularyProblems([sound], [], {
        fileNames: ['marine.json'],
        minimumGroups: 4,
        minimumGroupsPerFile: 4,
      }),
    ).toEqual([]);
  });

  it('rejects terms not in normal form but allows upper-case ASCII', () => {
    const problems = vocabularyProblems([
      file([
        { relation: 'equivalent', terms: ['ＵＳＶ', '无人艇'], reason: 'r' },
        { relation: 'equivalent', terms: [' 舷外机', '船外机'], reason: 'r' },
        { relation: 'equivalent', terms: ['柴油  机', '柴油发动机'], reason: 'r' },
        { relation: 'equivalent', terms: ['RS-485', 'RS485接口'], reason: 'r' },
        { relation: 'abbreviation', full: ['无人水面艇'], short: ['USV'], reason: 'r' },
      ]),
    ]);
    expect(problems).toEqual([
      'marine.json group 1 (equivalent ＵＳＶ/无人艇): term "ＵＳＶ" is not in normal form; write "usv".',
      'marine.json group 2 (equivalent  舷外机/船外机): term " 舷外机" is not in normal form; write "舷外机".',
      'marine.json group 3 (equivalent 柴油  机/柴油发动机): term "柴油  机" is not in normal form; write "柴油 机".',
      'marine.json group 4 (equivalent RS-485/RS485接口): term "RS-485" is not in normal form; write "rs485".',
    ]);
  });

  it('rejects an empty reason, an empty term and too few terms', () => {
    const problems = vocabularyProblems([
      file([
        { relation: 'equivalent', terms: ['舷外机', '船外机'], reason: '  ' },
        { relation: 'equivalent', terms: ['舷外机'], reason: 'r' },
        { relation: 'abbreviation', full: ['无人水面艇'], short: [], reason: 'r' },
        { relation: 'broader', broader: '船舶', narrower: [], reason: 'r' },
        { relation: 'equivalent', terms: ['声呐', ''], reason: 'r' },
      ]),
    ]);
    expect(problems).toContain('marine.json group 1 (equivalent 舷外机/船外机): has no reason.');
    expect(problems).toContain(
      'marine.json group 2 (equivalent 舷外机): needs at least two terms (a look-alike exactly two; an abbreviation a full and a short form).',
    );
    expect(problems.filter((problem) => problem.includes('needs at least two terms'))).toHaveLength(3);
    expect(problems).toContain('marine.json group 5 (equivalent 声呐/): has an empty term.');
  });

  it('rejects a term twice in one group, after normalisation', () => {
    const problems = vocabularyProblems([
      file([{ relation: 'abbreviation', full: ['无人水面艇'], short: ['USV', 'usv'], reason: 'r' }]),
    ]);
    expect(problems).toEqual(['marine.json group 1 (abbreviation 无人水面艇/USV/usv): lists "usv" twice.']);
  });

  it('rejects the same group twice, across files, in any order of its terms', () => {
    const problems = vocabularyProblems([
      file([outboard]),
      file([{ relation: 'equivalent', terms: ['船外机', '舷外机'], reason: 'again' }], 'GENERAL'),
    ]);
    expect(problems).toEqual([
      'general.json group 1 (equivalent 船外机/舷外机): repeats marine.json group 1 (equivalent 舷外机/船外机).',
    ]);
  });

  it('rejects two naming groups with the same set of terms', () => {
    const problems = vocabularyProblems([
      file([
        { relation: 'equivalent', terms: ['无人水面艇', 'USV'], reason: 'r' },
        { relation: 'abbreviation', full: ['无人水面艇'], short: ['USV'], reason: 'r' },
      ]),
    ]);
    expect(problems).toEqual([
      'marine.json group 2 (abbreviation 无人水面艇/USV): names the same terms as marine.json group 1 (equivalent 无人水面艇/USV); keep one group.',
    ]);
  });

  it('rejects a pair that is both the same thing and a look-alike', () => {
    const problems = vocabularyProblems([
      file([outboard, { relation: 'lookalike', terms: ['船外机', '舷外机'], reason: 'r' }]),
    ]);
    expect(problems).toEqual([
      'marine.json group 2 (lookalike 船外机/舷外机): "船外机" and "舷外机" are named the same thing elsewhere, so they cannot be look-alikes.',
    ]);
  });

  it('rejects a pair that is both the same thing and broader', () => {
    const problems = vocabularyProblems([
      file([outboard, { relation: 'broader', broader: '舷外机', narrower: ['船外机'], reason: 'r' }]),
    ]);
    expect(problems).toEqual([
      'marine.json group 2 (broader 舷外机/船外机): "船外机" and "舷外机" are named the same thing elsewhere, so one cannot be broader.',
    ]);
  });

  it('rejects a broader cycle, naming the groups that close it', () => {
    const problems = vocabularyProblems([
      file([
        outboard,
        { relation: 'broader', broader: '船舶动力', narrower: ['船外机'], reason: 'r' },
        { relation: 'broader', broader: '动力装置', narrower: ['船舶动力'], reason: 'r' },
        { relation: 'broader', broader: '舷外机', narrower: ['动力装置'], reason: 'r' },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Broader cycle v:\S+ → v:\S+ → v:\S+ → v:\S+ \(/u);
    for (const group of ['group 2', 'group 3', 'group 4'])
      expect(problems[0]).toContain(`marine.json ${group}`);
  });

  it('rejects a file whose sector does not match its name', () => {
    expect(vocabularyProblems([file([outboard])], [], { fileNames: ['ordnance.json'] })).toEqual([
      'ordnance.json: sector MARINE belongs in marine.json.',
    ]);
  });

  it('rejects too few groups overall and in a file', () => {
    expect(vocabularyProblems([file([outboard])], [], { minimumGroups: 2, minimumGroupsPerFile: 3 })).toEqual(
      ['marine.json: 1 groups, fewer than 3.', 'The vocabulary has 1 groups, fewer than 2.'],
    );
  });

  it('checks extra groups against the files', () => {
    expect(
      vocabularyProblems(
        [file([outboard])],
        [{ relation: 'lookalike', terms: ['舷外机', '船外机'], reason: '' }],
      ),
    ).toEqual([
      'extra group 1 (lookalike 舷外机/船外机): has no reason.',
      'extra group 1 (lookalike 舷外机/船外机): "舷外机" and "船外机" are named the same thing elsewhere, so they cannot be look-alikes.',
    ]);
  });
});
