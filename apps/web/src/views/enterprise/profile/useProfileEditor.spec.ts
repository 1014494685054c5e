import type { ProfileContent, ProfileDraftView } from '@mcf/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { AUTOSAVE_DELAY_MS, type ProfileEditorDependencies, useProfileEditor } from './useProfileEditor';

const ORG = '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11';
const SUMMARY = '本公司专业从事高性能碳纤维复合材料构件的研发与生产，产品用于航空航天与轨道交通。';

function draftView(draft: Partial<ProfileContent> = {}, patch: Partial<ProfileDraftView> = {}): ProfileDraftView {
  return {
    organizationId: ORG,
    draft: { sectors: [], products: [], capabilities: [], equipment: [], ...draft },
    draftUpdatedAt: null,
    completeness: { score: 0, missing: [] },
    publishedVersion: 0,
    publishedAt: null,
    stale: false,
    ...patch,
  };
}

async function start(dependencies: ProfileEditorDependencies = {}) {
  const getProfileDraft = vi.fn(dependencies.getProfileDraft ?? (() => Promise.resolve(draftView())));
  const saveProfileDraft = vi.fn(
    dependencies.saveProfileDraft ??
      ((_: string, content: unknown) => Promise.resolve(draftView(content as Partial<ProfileContent>))),
  );
  const publishProfile = vi.fn(
    dependencies.publishProfile ??
      (() => Promise.resolve(draftView({}, { publishedVersion: 1, publishedAt: '2026-11-28T06:00:00Z' }))),
  );
  const scope = effectScope();
  const editor = scope.run(() =>
    useProfileEditor(ORG, {
      getProfileDraft,
      saveProfileDraft,
      publishProfile,
      now: () => new Date('2026-11-28T06:00:00Z'),
    }),
  )!;
  await vi.advanceTimersByTimeAsync(0);
  expect(editor.state.value).toBe('ready');
  return { ...editor, getProfileDraft, saveProfileDraft, publishProfile, scope };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('profile autosave', () => {
  it('loads the draft into the form without saving it back', async () => {
    const editor = await start({
      getProfileDraft: () => Promise.resolve(draftView({ summary: SUMMARY, products: ['构件'], regionCode: '421202' })),
    });
    expect(editor.form.summary).toBe(SUMMARY);
    expect(editor.regionChoice.value).toBe('421202');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(editor.saveProfileDraft).not.toHaveBeenCalled();
    expect(editor.saveState.value).toBe('idle');
  });

  it('saves once, 1.5 s after the last change, with everything typed', async () => {
    const editor = await start();
    editor.form.summary = '本公司';
    await vi.advanceTimersByTimeAsync(1000);
    editor.form.summary = SUMMARY;
    editor.form.products.push('碳纤维复合材料构件');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(editor.saveProfileDraft).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    expect(editor.saveProfileDraft).toHaveBeenCalledTimes(1);
    expect(editor.saveProfileDraft.mock.calls[0]![1]).toMatchObject({
      summary: SUMMARY,
      products: ['碳纤维复合材料构件'],
      website: null,
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(editor.saveState.value).toBe('saved');
    expect(editor.savedAt.value?.toISOString()).toBe('2026-11-28T06:00:00.000Z');
  });

  it('keeps what was typed when the save fails, shows the error, and saves again on the next change', async () => {
    let fail = true;
    const editor = await start({
      saveProfileDraft: (_, content) =>
        fail
          ? Promise.reject(
              new ApiProblem(
                problem(400, 'VALIDATION_FAILED', {
                  title: '提交的内容不符合要求',
                  errors: [{ field: 'contactName', code: 'too_big', message: 'too long', messageZh: '过长' }],
                }),
              ),
            )
          : Promise.resolve(draftView(content as Partial<ProfileContent>)),
    });
    editor.form.summary = SUMMARY;
    editor.form.contactName = '张工';
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);

    expect(editor.saveState.value).toBe('error');
    expect(editor.saveError.value).toEqual({ kind: 'plain', text: '提交的内容不符合要求' });
    expect(editor.fieldErrors.value.contactName).toEqual({ kind: 'bilingual', zh: '过长', en: 'too long' });
    expect(editor.form.summary).toBe(SUMMARY);
    expect(editor.form.contactName).toBe('张工');

    fail = false;
    editor.form.contactName = '张';
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(editor.saveProfileDraft).toHaveBeenCalledTimes(2);
    expect(editor.saveState.value).toBe('saved');
    expect(editor.fieldErrors.value.contactName).toBeUndefined();
  });

  it('does not send what the contracts refuse, and says which field is wrong', async () => {
    const editor = await start();
    editor.form.website = 'ftp://example.cn';
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(editor.saveProfileDraft).not.toHaveBeenCalled();
    expect(editor.saveState.value).toBe('error');
    expect(editor.fieldErrors.value.website).toBeDefined();
    expect(editor.form.website).toBe('ftp://example.cn');
  });

  it('takes a region outside Xianning as a typed six-digit code', async () => {
    const editor = await start();
    editor.regionChoice.value = 'OTHER';
    editor.otherRegionCode.value = '110105';
    expect(editor.form.regionCode).toBe('110105');
    editor.regionChoice.value = '421281';
    expect(editor.form.regionCode).toBe('421281');
  });

  it('scores completeness as the API does, most valuable missing fields first', async () => {
    const editor = await start();
    expect(editor.completeness.value.score).toBe(0);
    editor.form.summary = SUMMARY;
    editor.form.sectors.push('NEW_MATERIALS');
    expect(editor.completeness.value.score).toBe(27);
    expect(editor.missing.value.slice(0, 2)).toEqual(['products', 'capabilities']);
  });
});

describe('publishing', () => {
  it('saves a pending change first, then publishes', async () => {
    const editor = await start();
    editor.form.summary = SUMMARY;
    editor.askPublish();
    expect(await editor.publish()).toBe(true);
    expect(editor.saveProfileDraft).toHaveBeenCalledTimes(1);
    expect(editor.publishProfile).toHaveBeenCalledWith(ORG);
    expect(editor.saveProfileDraft.mock.invocationCallOrder[0]!).toBeLessThan(
      editor.publishProfile.mock.invocationCallOrder[0]!,
    );
    expect(editor.view.value?.publishedVersion).toBe(1);
    expect(editor.confirmingPublish.value).toBe(false);
    expect(editor.justPublished.value).toBe(true);
  });

  it('maps a 422 PROFILE_INCOMPLETE onto the fields it names', async () => {
    const editor = await start({
      publishProfile: () =>
        Promise.reject(
          new ApiProblem(
            problem(422, 'PROFILE_INCOMPLETE', {
              title: '档案不完整',
              errors: [
                { field: 'summary', code: 'REQUIRED', message: 'describe the firm', messageZh: '请填写企业简介' },
                { field: 'products', code: 'REQUIRED', message: 'name a product', messageZh: '请填写至少一项产品' },
              ],
            }),
          ),
        ),
    });
    editor.askPublish();
    expect(await editor.publish()).toBe(false);
    expect(editor.incompleteFields.value).toEqual(['summary', 'products']);
    expect(editor.publishError.value).toEqual({ kind: 'key', key: 'profile.publish.incomplete' });
    expect(editor.fieldErrors.value.summary).toEqual({ kind: 'bilingual', zh: '请填写企业简介', en: 'describe the firm' });
    expect(editor.fieldErrors.value.products).toBeDefined();
    expect(editor.confirmingPublish.value).toBe(false);
  });
});

describe('reconfirming a stale profile', () => {
  const stale = draftView({ summary: SUMMARY, sectors: ['NEW_MATERIALS'], products: ['构件'] }, { publishedVersion: 2, publishedAt: '2025-10-01T06:00:00Z', stale: true });

  async function startStale(reconfirmProfile: ProfileEditorDependencies['reconfirmProfile']) {
    const spy = vi.fn(reconfirmProfile!);
    const editor = effectScope().run(() => useProfileEditor(ORG, { getProfileDraft: () => Promise.resolve(stale), reconfirmProfile: spy }))!;
    await vi.advanceTimersByTimeAsync(0);
    return { ...editor, reconfirmProfile: spy };
  }

  it('asks first, then clears the stale flag without publishing a new version', async () => {
    const editor = await startStale(() => Promise.resolve({ ...stale, stale: false }));
    expect(editor.view.value?.stale).toBe(true);
    editor.askReconfirm();
    expect(editor.confirmingReconfirm.value).toBe(true);
    expect(await editor.reconfirm()).toBe(true);
    expect(editor.reconfirmProfile).toHaveBeenCalledWith(ORG);
    expect(editor.view.value).toMatchObject({ stale: false, publishedVersion: 2 });
    expect(editor.confirmingReconfirm.value).toBe(false);
    expect(editor.justReconfirmed.value).toBe(true);
  });

  it('keeps the dialog open with the reason when it is refused', async () => {
    const editor = await startStale(() => Promise.reject(new ApiProblem(problem(409, 'PROFILE_NOT_PUBLISHED', { title: '档案尚未发布，无需确认' }))));
    editor.askReconfirm();
    expect(await editor.reconfirm()).toBe(false);
    expect(editor.confirmingReconfirm.value).toBe(true);
    expect(editor.reconfirmError.value).toEqual({ kind: 'plain', text: '档案尚未发布，无需确认' });
    expect(editor.view.value?.stale).toBe(true);
  });
});
