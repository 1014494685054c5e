import { describe, expect, it } from 'vitest';
import { demandPublishProblems } from './demand-publish-problems.util.js';

const ready = { description: '采购野战低噪声移动电站一批。', sectors: ['EMERGENCY'], deadline: '2026-12-31' };
const today = '2026-12-03';
const fields = (demand: typeof ready | { description: string; sectors: string[]; deadline: string | null }) =>
  demandPublishProblems(demand, today).map((p) => `${p.field}:${p.code}`);

describe('demandPublishProblems', () => {
  it('finds nothing in a demand ready to publish, a deadline of today included', () => {
    expect(fields(ready)).toEqual([]);
    expect(fields({ ...ready, deadline: today })).toEqual([]);
  });

  it('asks for a description of at least ten characters, counted as characters after trimming', () => {
    expect(fields({ ...ready, description: '  采购电站一批九个字  ' })).toEqual(['description:REQUIRED_TO_PUBLISH']);
    expect(fields({ ...ready, description: '采购电站一批十个字。' })).toEqual([]);
    expect(fields({ ...ready, description: '' })).toEqual(['description:REQUIRED_TO_PUBLISH']);
  });

  it('asks for a sector and a deadline, and refuses a deadline in the past', () => {
    expect(fields({ ...ready, sectors: [] })).toEqual(['sectors:REQUIRED_TO_PUBLISH']);
    expect(fields({ ...ready, deadline: null })).toEqual(['deadline:REQUIRED_TO_PUBLISH']);
    expect(fields({ ...ready, deadline: '' })).toEqual(['deadline:REQUIRED_TO_PUBLISH']);
    expect(fields({ ...ready, deadline: '2026-12-02' })).toEqual(['deadline:DEADLINE_PASSED']);
  });

  it('names every problem at once, in both languages', () => {
    const problems = demandPublishProblems({ description: '短', sectors: [], deadline: null }, today);
    expect(problems.map((p) => p.field)).toEqual(['description', 'sectors', 'deadline']);
    expect(problems[0]).toMatchObject({ messageZh: '请填写需求描述（至少 10 个字）', message: 'describe the demand (at least 10 characters)' });
  });
});
