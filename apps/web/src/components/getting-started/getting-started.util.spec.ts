import { describe, expect, it } from 'vitest';
import { checklistComplete, enterpriseChecklist, procurerChecklist } from './getting-started.util';

const states = (steps: ReturnType<typeof enterpriseChecklist>) => steps.map((step) => `${step.key}:${step.state}`);

describe('enterpriseChecklist', () => {
  it('starts a newly registered firm at its profile', () => {
    const steps = enterpriseChecklist({ organizationStatus: 'PENDING_VERIFICATION', profilePublished: false, qualificationStatuses: [], matchCount: 0 });
    expect(states(steps)).toEqual(['profile:current', 'certificates:todo', 'vetting:todo', 'matches:todo']);
    expect(checklistComplete(steps)).toBe(false);
  });

  it('waits for vetting while a certificate is pending, even in a verified organisation', () => {
    const steps = enterpriseChecklist({ organizationStatus: 'VERIFIED', profilePublished: true, qualificationStatuses: ['APPROVED', 'PENDING'], matchCount: 0 });
    expect(states(steps)).toEqual(['profile:done', 'certificates:done', 'vetting:current', 'matches:todo']);
  });

  it('is complete once vetted and matched', () => {
    const steps = enterpriseChecklist({ organizationStatus: 'VERIFIED', profilePublished: true, qualificationStatuses: ['APPROVED'], matchCount: 2 });
    expect(checklistComplete(steps)).toBe(true);
  });

  it('marks each step from its own fact: a certificate uploaded before the profile is still done', () => {
    const steps = enterpriseChecklist({ organizationStatus: 'PENDING_VERIFICATION', profilePublished: false, qualificationStatuses: ['PENDING'], matchCount: 0 });
    expect(states(steps)).toEqual(['profile:current', 'certificates:done', 'vetting:todo', 'matches:todo']);
  });
});

describe('procurerChecklist', () => {
  it('waits for the organisation to be verified first', () => {
    expect(states(procurerChecklist({ organizationStatus: 'PENDING_VERIFICATION', publishedDemands: 0, demandsWithMatches: 0 }))).toEqual([
      'vetting:current',
      'publish:todo',
      'matches:todo',
    ]);
  });

  it('asks a verified procurer to publish, then to look at the matches', () => {
    expect(states(procurerChecklist({ organizationStatus: 'VERIFIED', publishedDemands: 1, demandsWithMatches: 0 }))).toEqual([
      'vetting:done',
      'publish:done',
      'matches:current',
    ]);
  });
});
