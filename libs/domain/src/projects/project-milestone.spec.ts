import { describe, expect, it } from 'vitest';
import { daysLate, overdueMilestones } from './project-milestone.js';

describe('overdue milestones', () => {
  const milestones = [
    { name: '开工', plannedDate: '2026-03-01', doneDate: '2026-03-05' },
    { name: '主体完工', plannedDate: '2026-11-30', doneDate: null },
    { name: '投产', plannedDate: '2026-12-06', doneDate: null },
    { name: '验收', plannedDate: '2027-06-30', doneDate: null },
  ];

  it('are those past their planned date and not done', () => {
    expect(overdueMilestones(milestones, '2026-12-06').map((m) => m.name)).toEqual(['主体完工']);
  });

  it('count the days late', () => {
    expect(daysLate('2026-11-30', '2026-12-06')).toBe(6);
    expect(daysLate('2026-12-31', '2027-01-01')).toBe(1);
  });
});
