import { describe, expect, it } from 'vitest';
import { canMoveProjectStage, isProjectStage, PROJECT_STAGES } from './project-stage.js';

describe('project stages', () => {
  it('go forward one stage at a time: 前期论证 → 建设中 → 投产/运营', () => {
    expect(canMoveProjectStage('PLANNING', 'CONSTRUCTION')).toBe(true);
    expect(canMoveProjectStage('CONSTRUCTION', 'OPERATION')).toBe(true);
  });

  it('never skip 建设中', () => {
    expect(canMoveProjectStage('PLANNING', 'OPERATION')).toBe(false);
  });

  it('let a project under construction go back to 前期论证, and nothing leave 投产/运营', () => {
    expect(canMoveProjectStage('CONSTRUCTION', 'PLANNING')).toBe(true);
    for (const to of PROJECT_STAGES) expect(canMoveProjectStage('OPERATION', to)).toBe(false);
  });

  it('refuse staying in place as a move', () => {
    for (const stage of PROJECT_STAGES) expect(canMoveProjectStage(stage, stage)).toBe(false);
  });

  it('recognise only the three stage codes', () => {
    expect(isProjectStage('CONSTRUCTION')).toBe(true);
    expect(isProjectStage('construction')).toBe(false);
    expect(isProjectStage('DONE')).toBe(false);
  });
});
