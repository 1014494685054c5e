import { describe, expect, it } from 'vitest';
import { approvalConflicts } from './vocabulary-conflicts.util.js';

const reason = 'test';

describe('approvalConflicts', () => {
  it('finds nothing wrong with a pair the vocabulary does not know', () => {
    expect(approvalConflicts([], { relation: 'abbreviation', full: ['直接数字频率合成器'], short: ['DDS'], reason })).toEqual([]);
  });

  it('names a pair that already names one thing, in Chinese and English', () => {
    const [conflict, ...more] = approvalConflicts([], { relation: 'equivalent', terms: ['不间断电源', 'UPS电源'], reason });
    expect(more).toEqual([]);
    expect(conflict).toMatchObject({ field: 'terms', code: 'ALREADY_IN_VOCABULARY' });
    expect(conflict?.message).toContain('"不间断电源" and "ups电源"');
    expect(conflict?.messageZh).toContain('「不间断电源」与「ups电源」');
  });

  it('names an equivalence that contradicts a look-alike pair of the shipped data', () => {
    const conflicts = approvalConflicts([], { relation: 'equivalent', terms: ['无人机', '无人机反制'], reason });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'terms', code: 'VOCABULARY_CONFLICT' });
    expect(conflicts[0]?.message).toMatch(/aerospace\.json .*cannot be look-alikes/u);
    expect(conflicts[0]?.messageZh).toMatch(/^「无人机」与「无人机反制」.*不能标为形近词/u);
  });

  it('checks against earlier approvals too, and reports only what the new group adds', () => {
    const earlier = [{ relation: 'equivalent' as const, terms: ['红外搜索跟踪系统', 'IRST'], reason }];
    expect(approvalConflicts(earlier, { relation: 'lookalike', terms: ['红外搜索跟踪系统', 'IRST'], reason })).toEqual([
      expect.objectContaining({ code: 'VOCABULARY_CONFLICT', messageZh: expect.stringContaining('不能标为形近词') }),
    ]);
    expect(approvalConflicts(earlier, { relation: 'broader', broader: '制氧设备', narrower: ['IRST'], reason })).toEqual([]);
  });

  it('names a term that is not in normal form', () => {
    const conflicts = approvalConflicts([], { relation: 'equivalent', terms: ['RS-485接口', '485接口'], reason });
    expect(conflicts.map((c) => c.messageZh)).toContainEqual(expect.stringContaining('不是规范写法'));
  });
});
