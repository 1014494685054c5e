import type { DemandContentInput, DemandView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem, NetworkError } from '../../../api/http';
import { demandView, DEMAND_ID } from '../../../testing/demand-fixtures';
import { problem } from '../../../testing/fixtures';
import {
  type DemandEditorDependencies,
  emptyDemandForm,
  stepOfField,
  toDemandContent,
  useDemandEditor,
} from './useDemandEditor';

function start(dependencies: DemandEditorDependencies = {}, onCreated = vi.fn()) {
  const getDemand = vi.fn(dependencies.getDemand ?? (() => Promise.resolve(demandView())));
  const createDemand = vi.fn(
    dependencies.createDemand ?? ((content: DemandContentInput) => Promise.resolve(demandView({ title: content.title }))),
  );
  const updateDemand = vi.fn(
    dependencies.updateDemand ??
      ((id: string, content: DemandContentInput) => Promise.resolve(demandView({ id, title: content.title }))),
  );
  const publishDemand = vi.fn(
    dependencies.publishDemand ?? ((id: string) => Promise.resolve(demandView({ id, status: 'PUBLISHED', publishedAt: '2026-03-02T08:00:00Z' }))),
  );
  const scope = effectScope();
  const editor = scope.run(() =>
    useDemandEditor({ getDemand, createDemand, updateDemand, publishDemand }, { onCreated }),
  )!;
  return { ...editor, getDemand, createDemand, updateDemand, publishDemand, onCreated, scope };
}

function fillFirstStep(editor: ReturnType<typeof start>) {
  editor.form.title = '应急舟桥器材采购';
  editor.form.description = '采购轻型应急舟桥器材一批，用于抗洪抢险训练。';
  editor.form.sectors = ['EMERGENCY'];
  editor.form.deadline = '2099-12-31';
}

describe('demand editor: the wire body', () => {
  it('sends empty text as null and a level only with a secrecy requirement', () => {
    const form = {
      ...emptyDemandForm(),
      title: ' 应急舟桥 ',
      requiredQualifications: [
        { key: 1, type: 'SECRECY' as const, minLevel: 2 },
        { key: 2, type: 'GJB9001C' as const, minLevel: 3 },
      ],
    };
    expect(toDemandContent(form)).toEqual({
      title: '应急舟桥',
      description: '',
      sectors: [],
      requiredQualifications: [
        { type: 'SECRECY', minLevel: 2 },
        { type: 'GJB9001C', minLevel: null },
      ],
      quantity: null,
      budgetMin: null,
      budgetMax: null,
      deliveryPlace: null,
      regionCode: null,
      deadline: null,
      visibility: 'PUBLIC',
    });
  });

  it('knows which step edits which field', () => {
    expect(stepOfField('budgetMax')).toBe(0);
    expect(stepOfField('requiredQualifications.3.minLevel')).toBe(1);
    expect(stepOfField('visibility')).toBe(2);
  });
});

describe('demand editor: steps', () => {
  it('does not move past a step with errors, and shows them at the fields', () => {
    const editor = start();
    editor.next();
    expect(editor.step.value).toBe(0);
    expect(editor.fieldErrors.value.title).toMatchObject({ kind: 'bilingual', zh: '标题须为 2 至 100 个字符' });

    fillFirstStep(editor);
    editor.form.budgetMin = 2_000_000;
    editor.form.budgetMax = 1_000_000;
    editor.next();
    expect(editor.step.value).toBe(0);
    expect(editor.fieldErrors.value.budgetMax).toMatchObject({ zh: '预算上限不能低于下限' });

    editor.form.budgetMax = 3_000_000;
    editor.next();
    expect(editor.step.value).toBe(1);
    expect(editor.fieldErrors.value.title).toBeUndefined();
  });

  it('asks for the level of a secrecy requirement and refuses a type twice', () => {
    const editor = start();
    fillFirstStep(editor);
    editor.next();
    editor.addQualification();
    editor.addQualification();
    const [first, second] = editor.form.requiredQualifications;
    editor.setQualificationType(first!.key, 'SECRECY');
    editor.setQualificationType(second!.key, 'SECRECY');
    editor.next();
    expect(editor.step.value).toBe(1);
    expect(editor.fieldErrors.value['requiredQualifications.0.minLevel']).toMatchObject({ zh: '保密资格要求须填写等级（一至三级）' });
    expect(editor.fieldErrors.value['requiredQualifications.1.type']).toMatchObject({ zh: '该资质要求重复' });
    expect(editor.chosenTypes.value.has('SECRECY')).toBe(true);

    editor.removeQualification(second!.key);
    first!.minLevel = 2;
    editor.next();
    expect(editor.step.value).toBe(2);
  });

  it('clears the level when the type changes away from secrecy', () => {
    const editor = start();
    editor.addQualification();
    const row = editor.form.requiredQualifications[0]!;
    editor.setQualificationType(row.key, 'SECRECY');
    row.minLevel = 1;
    editor.setQualificationType(row.key, 'ISO9001');
    expect(row.minLevel).toBeNull();
  });

  it('jumps back freely, forward only through steps that check out', () => {
    const editor = start();
    editor.goTo(3);
    expect(editor.step.value).toBe(0);
    fillFirstStep(editor);
    editor.goTo(3);
    expect(editor.step.value).toBe(3);
    editor.goTo(1);
    expect(editor.step.value).toBe(1);
  });
});

describe('demand editor: saving and publishing', () => {
  it('creates the draft the first time, then updates it', async () => {
    const editor = start();
    fillFirstStep(editor);
    editor.form.regionCode = '';
    editor.regionChoice.value = '421221';
    expect(editor.dirty.value).toBe(true);

    const created = await editor.save();
    expect(created?.id).toBe(DEMAND_ID);
    expect(editor.createDemand).toHaveBeenCalledWith(expect.objectContaining({ title: '应急舟桥器材采购', regionCode: '421221' }));
    expect(editor.onCreated).toHaveBeenCalledWith(created);
    expect(editor.dirty.value).toBe(false);
    expect(editor.mode.value).toBe('draft');

    editor.form.quantity = '10 套';
    await editor.save();
    expect(editor.updateDemand).toHaveBeenCalledWith(DEMAND_ID, expect.objectContaining({ quantity: '10 套' }));
    expect(editor.createDemand).toHaveBeenCalledOnce();
  });

  it('opens an existing demand, with a region outside Xianning as a typed code', async () => {
    const editor = start({ getDemand: () => Promise.resolve(demandView({ regionCode: '320508' })) });
    await editor.open(DEMAND_ID);
    expect(editor.state.value).toBe('ready');
    expect(editor.form.title).toBe('应急舟桥器材采购');
    expect(editor.regionChoice.value).toBe('OTHER');
    expect(editor.otherRegionCode.value).toBe('320508');
    expect(editor.form.requiredQualifications).toMatchObject([{ type: 'SECRECY', minLevel: 2 }]);
    expect(editor.dirty.value).toBe(false);
  });

  it('tells a demand that is not there (or not ours) from a failure', async () => {
    const missing = start({ getDemand: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))) });
    await missing.open(DEMAND_ID);
    expect(missing.state.value).toBe('not-found');

    const offline = start({ getDemand: () => Promise.reject(new NetworkError('down')) });
    await offline.open(DEMAND_ID);
    expect(offline.state.value).toBe('error');
    expect(offline.loadError.value).toEqual({ kind: 'key', key: 'errors.network' });
  });

  it('puts the API’s field errors on their fields and moves to their step', async () => {
    const refusal = new ApiProblem(
      problem(400, 'VALIDATION_FAILED', {
        title: '请求参数有误',
        errors: [{ field: 'requiredQualifications.0.minLevel', code: 'LEVEL_REQUIRED', message: 'level', messageZh: '请填写等级' }],
      }),
    );
    const editor = start({ createDemand: () => Promise.reject(refusal) });
    fillFirstStep(editor);
    editor.goTo(3);
    expect(await editor.save()).toBeNull();
    expect(editor.step.value).toBe(1);
    expect(editor.fieldErrors.value['requiredQualifications.0.minLevel']).toEqual({ kind: 'bilingual', zh: '请填写等级', en: 'level' });
    expect(editor.formError.value).toEqual({ kind: 'plain', text: '请求参数有误' });
  });

  it('confirms, saves and publishes a new demand', async () => {
    const editor = start();
    fillFirstStep(editor);
    editor.ask('publish');
    expect(editor.confirming.value).toBe('publish');
    const published = await editor.publish();
    expect(published?.status).toBe('PUBLISHED');
    expect(editor.createDemand).toHaveBeenCalledOnce();
    expect(editor.publishDemand).toHaveBeenCalledWith(DEMAND_ID);
    expect(editor.confirming.value).toBeNull();
  });

  it('does not open the confirmation while the form has errors', () => {
    const editor = start();
    editor.ask('publish');
    expect(editor.confirming.value).toBeNull();
    expect(editor.formError.value).toEqual({ kind: 'key', key: 'demands.editor.invalid' });
  });

  it('checks the publishing rules before asking: a short description is named at its field, on the first step', async () => {
    const editor = start();
    fillFirstStep(editor);
    editor.form.description = '采购电站';
    editor.goTo(3);
    editor.ask('publish');
    expect(editor.confirming.value).toBeNull();
    expect(editor.step.value).toBe(0);
    expect(editor.fieldErrors.value.description).toEqual({ kind: 'bilingual', zh: '请填写需求描述（至少 10 个字）', en: 'describe the demand (at least 10 characters)' });
    expect(editor.createDemand).not.toHaveBeenCalled();
  });

  it('shows a refused publish: missing fields at the fields, an unverified organisation in the dialog', async () => {
    const incomplete = new ApiProblem(
      problem(422, 'DEMAND_INCOMPLETE', {
        title: '需求信息不完整，暂不能发布',
        errors: [{ field: 'deadline', code: 'DEADLINE_PASSED', message: 'past', messageZh: '截止日期不能早于今天' }],
      }),
    );
    const editor = start({ publishDemand: () => Promise.reject(incomplete) });
    await editor.open(DEMAND_ID);
    editor.goTo(3);
    editor.ask('publish');
    expect(await editor.publish()).toBeNull();
    expect(editor.updateDemand).not.toHaveBeenCalled();
    expect(editor.confirming.value).toBeNull();
    expect(editor.step.value).toBe(0);
    expect(editor.fieldErrors.value.deadline).toMatchObject({ zh: '截止日期不能早于今天' });

    const notVerified = new ApiProblem(problem(403, 'ORGANIZATION_NOT_VERIFIED', { title: '贵单位通过管理员认证后方可发布需求' }));
    const other = start({ publishDemand: () => Promise.reject(notVerified) });
    await other.open(DEMAND_ID);
    other.ask('publish');
    await other.publish();
    expect(other.confirming.value).toBe('publish');
    expect(other.actionError.value).toEqual({ kind: 'plain', text: '贵单位通过管理员认证后方可发布需求' });
  });

  it('saves a published demand as a new version after confirmation', async () => {
    const published: DemandView = demandView({ status: 'PUBLISHED', version: 2 });
    const editor = start({
      getDemand: () => Promise.resolve(published),
      updateDemand: (id, content) => Promise.resolve({ ...published, id, version: 3, title: content.title }),
    });
    await editor.open(DEMAND_ID);
    expect(editor.mode.value).toBe('published');
    editor.form.title = '应急舟桥器材采购（第二批）';
    editor.ask('saveChanges');
    expect(editor.confirming.value).toBe('saveChanges');
    const saved = await editor.saveChanges();
    expect(saved?.version).toBe(3);
    expect(editor.confirming.value).toBeNull();
  });

  it('keeps a failed save of a published demand in the dialog', async () => {
    const editor = start({
      getDemand: () => Promise.resolve(demandView({ status: 'PUBLISHED' })),
      updateDemand: () => Promise.reject(new NetworkError('down', true)),
    });
    await editor.open(DEMAND_ID);
    editor.ask('saveChanges');
    expect(await editor.saveChanges()).toBeNull();
    expect(editor.confirming.value).toBe('saveChanges');
    expect(editor.actionError.value).toEqual({ kind: 'key', key: 'errors.timeout' });
  });

  it('treats closed and cancelled demands as read-only', async () => {
    const editor = start({ getDemand: () => Promise.resolve(demandView({ status: 'CLOSED' })) });
    await editor.open(DEMAND_ID);
    expect(editor.mode.value).toBe('readonly');
  });
});
