import type { ProjectReportView, ProjectView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { reportablePeriods, useProjectDetail } from './useProjectDetail';

const PROJECT: ProjectView = {
  id: '00000000-0000-4000-8000-000000000001',
  name: '液压减震器生产线建设项目',
  ownerName: '湖北金力液压件有限公司',
  ownerOrganizationId: '00000000-0000-4000-8000-000000000009',
  regionCode: '421202',
  sectors: ['ORDNANCE'],
  investmentTotal: null,
  investmentCompleted: 0,
  stage: 'PLANNING',
  programme: 'ZL2',
  isDemo: true,
  updatedAt: '2026-12-01T00:00:00.000Z',
  description: '',
  reportingFrom: '2026-07-01',
  sources: [],
  milestones: [{ id: '00000000-0000-4000-8000-0000000000a1', name: '开工', plannedDate: '2026-11-01', doneDate: null, overdue: true }],
  acceptedReports: [],
  viewerIsOwner: true,
  createdAt: '2026-12-01T00:00:00.000Z',
};

function start(overrides: Parameters<typeof useProjectDetail>[2] = {}) {
  const deps = {
    getProject: vi.fn().mockResolvedValue(PROJECT),
    listProjectReports: vi.fn().mockResolvedValue({ items: [] }),
    fileProjectReport: vi.fn().mockResolvedValue({ id: 'r1' } as unknown as ProjectReportView),
    changeProjectStage: vi.fn().mockResolvedValue({ ...PROJECT, stage: 'CONSTRUCTION' }),
    today: () => '2026-12-06',
    ...overrides,
  };
  const detail = effectScope().run(() => useProjectDetail(() => PROJECT.id, () => false, deps))!;
  return { detail, deps };
}

describe('reportablePeriods', () => {
  it('offers the current quarter and the four before it', () => {
    expect(reportablePeriods('2026-12-06')).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
  });
});

describe('useProjectDetail', () => {
  it('loads the owner’s reports with the project', async () => {
    const { detail, deps } = start();
    await detail.load();
    expect(detail.state.value).toBe('ready');
    expect(deps.listProjectReports).toHaveBeenCalledWith(PROJECT.id, expect.any(AbortSignal));
  });

  it('checks the report with the contract’s rules before sending, and sends 万元 as yuan', async () => {
    const { detail, deps } = start();
    await detail.load();
    detail.form.progress = '短';
    expect(await detail.submitReport()).toBe(false);
    expect(Object.keys(detail.fieldErrors.value)).toEqual(['progress']);
    expect(deps.fileProjectReport).not.toHaveBeenCalled();

    detail.form.progress = '完成可行性研究并通过专家论证。';
    detail.form.milestonesReached = [PROJECT.milestones[0]!.id];
    detail.form.investmentWan = 300;
    expect(await detail.submitReport()).toBe(true);
    expect(deps.fileProjectReport).toHaveBeenCalledWith(PROJECT.id, {
      period: '2026-Q4',
      progress: '完成可行性研究并通过专家论证。',
      milestonesReached: [PROJECT.milestones[0]!.id],
      investmentCompleted: 3_000_000,
      problems: null,
    });
    expect(detail.form.progress).toBe('');
  });

  it('puts the API’s REPORT_EXISTS on the period field', async () => {
    const { detail } = start({
      fileProjectReport: vi.fn().mockRejectedValue(
        new ApiProblem({ type: 'x', title: '该报告期已有进展报告', status: 409, code: 'REPORT_EXISTS', errors: [{ field: 'period', code: 'REPORT_EXISTS', message: 'exists', messageZh: '该报告期已填报' }] }),
      ),
    });
    await detail.load();
    detail.form.progress = '完成可行性研究并通过专家论证。';
    expect(await detail.submitReport()).toBe(false);
    expect(Object.keys(detail.fieldErrors.value)).toEqual(['period']);
  });

  it('offers administrators only the allowed next stages', async () => {
    const { detail, deps } = start();
    await detail.load();
    expect(detail.nextStages.value).toEqual(['CONSTRUCTION']);
    detail.pendingStage.value = 'CONSTRUCTION';
    await detail.confirmStage();
    expect(deps.changeProjectStage).toHaveBeenCalledWith(PROJECT.id, 'CONSTRUCTION');
    expect(detail.project.value?.stage).toBe('CONSTRUCTION');
    expect(detail.nextStages.value).toEqual(['OPERATION', 'PLANNING']);
  });

  it('tells a missing project from a failure', async () => {
    const { detail } = start({ getProject: vi.fn().mockRejectedValue(new ApiProblem({ type: 'x', title: '未找到', status: 404, code: 'NOT_FOUND' })) });
    await detail.load();
    expect(detail.state.value).toBe('missing');
  });
});
