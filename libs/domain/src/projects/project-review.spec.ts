import { describe, expect, it } from 'vitest';
import { mayFileReportFor, reviewKindAllowed, reviewKindsFor, reviewProblem } from './project-review.js';

describe('project report reviews', () => {
  it('are 中期考核 before operation and 后评估 once a project runs', () => {
    expect(reviewKindsFor('PLANNING')).toEqual(['MIDTERM']);
    expect(reviewKindsFor('CONSTRUCTION')).toEqual(['MIDTERM']);
    expect(reviewKindsFor('OPERATION')).toEqual(['POST_EVALUATION']);
    expect(reviewKindAllowed('CONSTRUCTION', 'POST_EVALUATION')).toBe(false);
    expect(reviewKindAllowed('OPERATION', 'MIDTERM')).toBe(false);
  });

  it('decide only a report still waiting', () => {
    expect(reviewProblem({ status: 'SUBMITTED' }, 'ACCEPTED', null)).toBeNull();
    expect(reviewProblem({ status: 'ACCEPTED' }, 'ACCEPTED', null)).toBe('ALREADY_REVIEWED');
    expect(reviewProblem({ status: 'REVISION_REQUESTED' }, 'REVISION_REQUESTED', '补充数据')).toBe('ALREADY_REVIEWED');
  });

  it('need a reason to send a report back', () => {
    expect(reviewProblem({ status: 'SUBMITTED' }, 'REVISION_REQUESTED', '  ')).toBe('REASON_REQUIRED');
    expect(reviewProblem({ status: 'SUBMITTED' }, 'REVISION_REQUESTED', '请补充完成投资的依据')).toBeNull();
  });

  it('take a new report for a period only when every earlier one was sent back', () => {
    expect(mayFileReportFor([])).toBe(true);
    expect(mayFileReportFor([{ status: 'REVISION_REQUESTED' }])).toBe(true);
    expect(mayFileReportFor([{ status: 'REVISION_REQUESTED' }, { status: 'SUBMITTED' }])).toBe(false);
    expect(mayFileReportFor([{ status: 'ACCEPTED' }])).toBe(false);
  });
});
