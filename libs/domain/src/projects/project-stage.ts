/**
 * The stages a key project (重点项目) goes through, as the action plan names them: 前期论证 (feasibility
 * and planning), 建设中 (under construction), 投产/运营 (in production or operation).
 */
export const PROJECT_STAGES = ['PLANNING', 'CONSTRUCTION', 'OPERATION'] as const;
export type ProjectStage = (typeof PROJECT_STAGES)[number];

/**
 * Allowed moves. Forward one stage at a time; a project under construction may go back to 前期论证 when
 * an administrator sends it back for re-demonstration (重新论证), e.g. after a failed 中期考核. A project in
 * operation stays there: its later life is 后评估, not a new stage.
 */
export const PROJECT_STAGE_TRANSITIONS: Readonly<Record<ProjectStage, readonly ProjectStage[]>> = {
  PLANNING: ['CONSTRUCTION'],
  CONSTRUCTION: ['OPERATION', 'PLANNING'],
  OPERATION: [],
};

export function canMoveProjectStage(from: ProjectStage, to: ProjectStage): boolean {
  return PROJECT_STAGE_TRANSITIONS[from].includes(to);
}

export function isProjectStage(value: string): value is ProjectStage {
  return (PROJECT_STAGES as readonly string[]).includes(value);
}
