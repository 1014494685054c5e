import type { ProjectView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { toProjectContent, useProjectCreate } from './useProjectCreate';

const created = { id: '00000000-0000-4000-8000-000000000001', name: '应急救援装备产业化项目' } as ProjectView;

function start(createProject: NonNullable<Parameters<typeof useProjectCreate>[1]>['createProject']) {
  const onCreated = vi.fn();
  const editor = effectScope().run(() => useProjectCreate(onCreated, { createProject }))!;
  editor.start();
  return { editor, onCreated };
}

describe('useProjectCreate', () => {
  it('sends the investment in yuan and empty fields as null, then opens the new project', async () => {
    const createProject = vi.fn().mockResolvedValue(created);
    const { editor, onCreated } = start(createProject);
    Object.assign(editor.form, { name: ' 应急救援装备产业化项目 ', regionCode: '421281', sectors: ['EMERGENCY'], programme: 'ZL8', investmentWan: 8000 });
    editor.addMilestone();
    Object.assign(editor.form.milestones[0]!, { name: '完成可行性研究', plannedDate: '2027-03-31' });
    expect(await editor.submit()).toBe(true);
    expect(createProject).toHaveBeenCalledWith({
      name: '应急救援装备产业化项目',
      description: '',
      ownerName: null,
      regionCode: '421281',
      sectors: ['EMERGENCY'],
      investmentTotal: 80_000_000,
      programme: 'ZL8',
      reportingFrom: null,
      milestones: [{ name: '完成可行性研究', plannedDate: '2027-03-31' }],
    });
    expect(onCreated).toHaveBeenCalledWith(created);
    expect(editor.open.value).toBe(false);
  });

  it('refuses a form the API would refuse, in Chinese first, without sending it', async () => {
    const createProject = vi.fn();
    const { editor } = start(createProject);
    editor.addMilestone();
    expect(await editor.submit()).toBe(false);
    expect(createProject).not.toHaveBeenCalled();
    expect(editor.errorOf('name')).toEqual({ kind: 'bilingual', zh: '项目名称应为2至200个字', en: 'a name of 2–200 characters' });
    expect(editor.errorOf('milestones.0.name')).toMatchObject({ zh: '里程碑名称应为2至100个字' });
    expect(editor.errorOf('milestones.0.plannedDate')).toMatchObject({ zh: '请填写日期（年-月-日）' });
    expect(editor.open.value).toBe(true);
  });

  it('puts the problem+json field errors of the API on their fields and keeps the form open', async () => {
    const createProject = vi.fn().mockRejectedValue(
      new ApiProblem({
        type: 'about:blank',
        title: '请求参数有误',
        status: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'regionCode', message: 'must be Xianning (421200) or one of its county-level divisions', messageZh: '请选择咸宁市或其所辖县（市、区）', code: 'NOT_XIANNING' }],
      }),
    );
    const { editor, onCreated } = start(createProject);
    editor.form.name = '应急救援装备产业化项目';
    expect(await editor.submit()).toBe(false);
    expect(editor.errorOf('regionCode')).toMatchObject({ zh: '请选择咸宁市或其所辖县（市、区）', en: 'must be Xianning (421200) or one of its county-level divisions' });
    expect(editor.error.value).toMatchObject({ text: '请求参数有误' });
    expect(onCreated).not.toHaveBeenCalled();
    expect(editor.open.value).toBe(true);
  });

  it('maps the form to the API body (empty → null, 万元 → 元)', () => {
    const body = toProjectContent({
      name: 'x',
      ownerName: ' ',
      regionCode: '',
      sectors: [],
      programme: '',
      investmentWan: 0.5,
      reportingFrom: '',
      description: ' ',
      milestones: [],
    });
    expect(body).toMatchObject({ ownerName: null, regionCode: null, programme: null, investmentTotal: 5000, reportingFrom: null, description: '' });
  });
});
