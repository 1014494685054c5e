import { type HiddenChampionList, PlanFigureBodySchema, type PlanProgress, type PlanTargetRow } from '@mcf/contracts';
import type { ActionPlanTargetKey } from '@mcf/domain';
import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  clearPlanFigure,
  downloadPlanProgress,
  getPlanProgress,
  listHiddenChampions,
  recordPlanFigure,
  removeHiddenChampion,
  setHiddenChampion,
} from '../../../api/plan-progress';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface PlanTargetsDependencies {
  getPlanProgress?: typeof getPlanProgress;
  recordPlanFigure?: typeof recordPlanFigure;
  clearPlanFigure?: typeof clearPlanFigure;
  downloadPlanProgress?: typeof downloadPlanProgress;
  listHiddenChampions?: typeof listHiddenChampions;
  setHiddenChampion?: typeof setHiddenChampion;
  removeHiddenChampion?: typeof removeHiddenChampion;
  saveFile?: (blob: Blob, name: string) => void;
}

function browserSave(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A value as the table shows it: to two decimals at most, grouped digits. */
export function formatPlanValue(value: number | null): string | null {
  if (value === null) return null;
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** The plan's figure as a number range: “5–8”, “≥ 200”. */
export function figureRange(target: Pick<PlanTargetRow, 'min' | 'max'>): string {
  return target.max === null ? `≥ ${formatPlanValue(target.min)}` : `${formatPlanValue(target.min)}–${formatPlanValue(target.max)}`;
}

/**
 * 规划目标: every target of the plan by year; administrators record the figures the platform cannot count
 * (enter, then confirm; clearing asks first), export the table, and recognise hidden champions.
 */
export function usePlanTargets(dependencies: PlanTargetsDependencies = {}) {
  const load$ = dependencies.getPlanProgress ?? getPlanProgress;
  const record$ = dependencies.recordPlanFigure ?? recordPlanFigure;
  const clear$ = dependencies.clearPlanFigure ?? clearPlanFigure;
  const download$ = dependencies.downloadPlanProgress ?? downloadPlanProgress;
  const champions$ = dependencies.listHiddenChampions ?? listHiddenChampions;
  const setChampion$ = dependencies.setHiddenChampion ?? setHiddenChampion;
  const removeChampion$ = dependencies.removeHiddenChampion ?? removeHiddenChampion;
  const save = dependencies.saveFile ?? browserSave;

  const progress = shallowRef<PlanProgress | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let inFlight: AbortController | null = null;
  onScopeDispose(() => inFlight?.abort());

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    state.value = 'loading';
    loadError.value = null;
    try {
      const [result, champions] = await Promise.all([load$(controller.signal), champions$(controller.signal)]);
      if (controller.signal.aborted) return;
      progress.value = result;
      championList.value = champions;
      state.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  // --- Export
  const downloading = ref<'csv' | 'xlsx' | null>(null);
  const downloadError = shallowRef<LocalisedText | null>(null);
  async function download(format: 'csv' | 'xlsx'): Promise<boolean> {
    if (downloading.value) return false;
    downloading.value = format;
    downloadError.value = null;
    try {
      const file = await download$(format);
      save(file.blob, file.fileName);
      return true;
    } catch (error) {
      downloadError.value = errorSummary(error);
      return false;
    } finally {
      downloading.value = null;
    }
  }

  // --- Recording a figure: open, enter, confirm.
  const editor = reactive({
    open: false,
    key: null as ActionPlanTargetKey | null,
    year: 0,
    value: null as number | null,
    note: '',
    error: null as LocalisedText | null,
    busy: false,
  });

  function openEditor(target: PlanTargetRow, year: number): void {
    const current = target.years.find((y) => y.year === year);
    Object.assign(editor, { open: true, key: target.key, year, value: current?.isDemo ? null : (current?.value ?? null), note: '', error: null, busy: false });
  }

  function closeEditor(): void {
    editor.open = false;
  }

  async function saveFigure(): Promise<boolean> {
    if (!editor.key) return false;
    const body = { value: editor.value, note: editor.note.trim() === '' ? null : editor.note.trim() };
    const parsed = PlanFigureBodySchema.safeParse(body);
    if (!parsed.success) {
      editor.error = { kind: 'key', key: 'validation.invalid' };
      return false;
    }
    editor.busy = true;
    editor.error = null;
    try {
      progress.value = await record$(editor.key, editor.year, parsed.data);
      editor.open = false;
      return true;
    } catch (error) {
      editor.error = errorSummary(error);
      return false;
    } finally {
      editor.busy = false;
    }
  }

  const actionError = shallowRef<LocalisedText | null>(null);
  async function clearFigure(key: ActionPlanTargetKey, year: number): Promise<boolean> {
    actionError.value = null;
    try {
      await clear$(key, year);
      await load();
      return true;
    } catch (error) {
      actionError.value = errorSummary(error);
      return false;
    }
  }

  // --- Hidden champions
  const championList = shallowRef<HiddenChampionList>({ items: [] });
  const championForm = reactive({ organizationId: '', recognizedYear: new Date().getFullYear(), niche: '', busy: false, error: null as LocalisedText | null });

  async function addChampion(): Promise<boolean> {
    if (!championForm.organizationId || championForm.niche.trim() === '') {
      championForm.error = { kind: 'key', key: 'validation.invalid' };
      return false;
    }
    championForm.busy = true;
    championForm.error = null;
    try {
      championList.value = await setChampion$(championForm.organizationId, { recognizedYear: championForm.recognizedYear, niche: championForm.niche.trim() });
      championForm.organizationId = '';
      championForm.niche = '';
      progress.value = await load$();
      return true;
    } catch (error) {
      championForm.error = errorSummary(error);
      return false;
    } finally {
      championForm.busy = false;
    }
  }

  async function removeChampion(organizationId: string): Promise<boolean> {
    actionError.value = null;
    try {
      await removeChampion$(organizationId);
      await load();
      return true;
    } catch (error) {
      actionError.value = errorSummary(error);
      return false;
    }
  }

  return {
    progress,
    state,
    loadError,
    load,
    downloading,
    downloadError,
    download,
    editor,
    openEditor,
    closeEditor,
    saveFigure,
    clearFigure,
    actionError,
    championList,
    championForm,
    addChampion,
    removeChampion,
  };
}
