import {
  type PlanTargetKey,
  type PlanTargetProgress,
  PlanTargetUpdateSchema,
  type PlatformStatistics,
  type StatisticsDataset,
  type StatisticsDownloadFormat,
} from '@mcf/contracts';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { downloadDataset, getStatistics, setTarget } from '../../../api/statistics';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface DashboardDependencies {
  getStatistics?: typeof getStatistics;
  setTarget?: typeof setTarget;
  downloadDataset?: typeof downloadDataset;
  /** Hands a downloaded file to the browser. */
  saveFile?: (blob: Blob, name: string) => void;
}

/** A progress bar's fill: the share as a whole percentage, full at 100 even when the target is passed. */
export function progressPercent(share: number | null): number {
  if (share === null) return 0;
  return Math.min(100, Math.max(0, Math.round(share * 100)));
}

/** The share as a percentage to one decimal for the label (120.5 when the target is passed); null without a target. */
export function sharePercent(share: number | null): number | null {
  return share === null ? null : Math.round(share * 1000) / 10;
}

/** Whether the platform has nothing to count yet: no organisations, no demands, no certificates. */
export function isEmptyPlatform(statistics: PlatformStatistics): boolean {
  return (
    statistics.organizations.total === 0 &&
    statistics.demands.total.published === 0 &&
    statistics.certificates.pending + statistics.certificates.expiringSoon === 0
  );
}

/** The headline figures above the charts. */
export function headlineFigures(statistics: PlatformStatistics) {
  const verified = statistics.organizations.byStatus.find((entry) => entry.status === 'VERIFIED');
  return {
    organizations: statistics.organizations.total,
    verifiedEnterprises: verified?.enterprise ?? 0,
    demandsPublished: statistics.demands.total.published,
    demandsResponded: statistics.demands.total.responded,
    demandsAwarded: statistics.demands.total.awarded,
    responseRate: sharePercent(statistics.demands.total.responseRate),
    medianHours: statistics.demands.total.medianHoursToFirstResponse,
    certificatesPending: statistics.certificates.pending,
    certificatesExpiring: statistics.certificates.expiringSoon,
  };
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

export const TARGET_FALLBACK_KEYS: Readonly<Record<string, string>> = { target: 'dashboard.targets.invalid' };

/**
 * 统计看板: loads every figure once, downloads each chart's numbers, and lets an administrator change
 * a target in two steps — enter the number, then confirm the change (which the API audits).
 */
export function useDashboard(dependencies: DashboardDependencies = {}) {
  const load$ = dependencies.getStatistics ?? getStatistics;
  const setTarget$ = dependencies.setTarget ?? setTarget;
  const download$ = dependencies.downloadDataset ?? downloadDataset;
  const save = dependencies.saveFile ?? browserSave;

  const statistics = shallowRef<PlatformStatistics | null>(null);
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
      const result = await load$(controller.signal);
      if (controller.signal.aborted) return;
      statistics.value = result;
      state.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  const empty = computed(() => (statistics.value ? isEmptyPlatform(statistics.value) : false));
  const headline = computed(() => (statistics.value ? headlineFigures(statistics.value) : null));

  // --- Downloads: one at a time per file; a failure is said once, above the charts.
  const downloading = ref<string | null>(null);
  const downloadError = shallowRef<LocalisedText | null>(null);

  async function download(dataset: StatisticsDataset, format: StatisticsDownloadFormat): Promise<boolean> {
    const id = `${dataset}.${format}`;
    if (downloading.value === id) return false;
    downloading.value = id;
    downloadError.value = null;
    try {
      const file = await download$(dataset, format);
      save(file.blob, file.fileName);
      return true;
    } catch (error) {
      downloadError.value = errorSummary(error);
      return false;
    } finally {
      if (downloading.value === id) downloading.value = null;
    }
  }

  // --- Editing a target: enter, review, confirm.
  const editor = reactive({
    open: false,
    key: null as PlanTargetKey | null,
    /** The number typed; null while the field is empty. */
    value: null as number | null,
    phase: 'edit' as 'edit' | 'confirm',
    fieldError: null as LocalisedText | null,
    error: null as LocalisedText | null,
    busy: false,
  });
  /** The target just changed, for the page to say so. */
  const savedTarget = ref<PlanTargetKey | null>(null);
  const editing = computed<PlanTargetProgress | null>(
    () => statistics.value?.targets.find((target) => target.key === editor.key) ?? null,
  );

  function openEditor(key: PlanTargetKey): void {
    const target = statistics.value?.targets.find((entry) => entry.key === key);
    if (!target) return;
    savedTarget.value = null;
    Object.assign(editor, {
      open: true,
      key,
      value: target.target,
      phase: 'edit',
      fieldError: null,
      error: null,
      busy: false,
    });
  }

  function closeEditor(): void {
    if (editor.busy) return;
    editor.open = false;
  }

  /** Checks the number with the API's own rule; moves on to the confirmation when it passes. */
  function review(): boolean {
    const parsed = PlanTargetUpdateSchema.safeParse({ target: editor.value });
    if (!parsed.success) {
      editor.fieldError = issuesToFieldErrors(parsed.error.issues, TARGET_FALLBACK_KEYS).target ?? null;
      return false;
    }
    editor.fieldError = null;
    editor.error = null;
    editor.phase = 'confirm';
    return true;
  }

  function back(): void {
    if (!editor.busy) editor.phase = 'edit';
  }

  async function confirm(): Promise<boolean> {
    if (!editor.key || editor.value === null || editor.phase !== 'confirm' || editor.busy) return false;
    editor.busy = true;
    editor.error = null;
    try {
      const updated = await setTarget$(editor.key, { target: editor.value });
      const current = statistics.value;
      if (current) {
        statistics.value = {
          ...current,
          targets: current.targets.map((target) => (target.key === updated.key ? updated : target)),
        };
      }
      editor.busy = false;
      editor.open = false;
      savedTarget.value = updated.key;
      return true;
    } catch (error) {
      editor.error = errorSummary(error);
      editor.busy = false;
      return false;
    }
  }

  return {
    statistics,
    state,
    loadError,
    empty,
    headline,
    load,
    downloading,
    downloadError,
    download,
    editor,
    editing,
    openEditor,
    closeEditor,
    review,
    back,
    confirm,
    savedTarget,
  };
}
