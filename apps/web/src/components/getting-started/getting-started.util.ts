import type { OrganizationStatus } from '@mcf/contracts';
import type { QualificationStatus } from '@mcf/domain';

/** done: the step is behind the user; current: what to do (or wait for) now; todo: later. */
export type ChecklistStepState = 'done' | 'current' | 'todo';

export interface ChecklistStep {
  key: string;
  state: ChecklistStepState;
}

/** What a firm's checklist is derived from: its real profile, certificates, vetting and matches. */
export interface EnterpriseFacts {
  organizationStatus: OrganizationStatus;
  profilePublished: boolean;
  qualificationStatuses: readonly QualificationStatus[];
  matchCount: number;
}

/** What a procurer's checklist is derived from: its vetting and its demands. */
export interface ProcurerFacts {
  organizationStatus: OrganizationStatus;
  publishedDemands: number;
  demandsWithMatches: number;
}

/** The first step not done is current, the ones after it wait. */
function sequence(steps: ReadonlyArray<{ key: string; done: boolean }>): ChecklistStep[] {
  let seenCurrent = false;
  return steps.map(({ key, done }) => {
    if (done) return { key, state: 'done' };
    const state: ChecklistStepState = seenCurrent ? 'todo' : 'current';
    seenCurrent = true;
    return { key, state };
  });
}

/**
 * 完善档案 → 上传证书 → 等待审核 → 查看匹配. Vetting is done once the organisation is verified and no
 * certificate waits for an administrator; matching once at least one demand has been matched to the firm.
 */
export function enterpriseChecklist(facts: EnterpriseFacts): ChecklistStep[] {
  return sequence([
    { key: 'profile', done: facts.profilePublished },
    { key: 'certificates', done: facts.qualificationStatuses.length > 0 },
    {
      key: 'vetting',
      done: facts.organizationStatus === 'VERIFIED' && !facts.qualificationStatuses.includes('PENDING'),
    },
    { key: 'matches', done: facts.matchCount > 0 },
  ]);
}

/** 机构认证 → 发布需求 → 查看匹配. */
export function procurerChecklist(facts: ProcurerFacts): ChecklistStep[] {
  return sequence([
    { key: 'vetting', done: facts.organizationStatus === 'VERIFIED' },
    { key: 'publish', done: facts.publishedDemands > 0 },
    { key: 'matches', done: facts.demandsWithMatches > 0 },
  ]);
}

export function checklistComplete(steps: readonly ChecklistStep[]): boolean {
  return steps.every((step) => step.state === 'done');
}
