import {
  type QualificationBulkResult,
  type QualificationQueuePage,
  QualificationRejectSchema,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import {
  approveQualification,
  bulkApproveQualifications,
  listQualificationQueue,
  rejectQualification,
} from '../../../api/admin-qualifications';
import { useConfirmWithReason } from '../../../composables/useConfirmWithReason';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type QueueItem = QualificationQueuePage['items'][number];
export type VettingAction = 'approve' | 'reject' | 'bulk';

export interface PendingVetting {
  action: VettingAction;
  /** The certificate for approve / reject; the bulk action uses the selection. */
  item: QueueItem | null;
  ids: string[];
}

export interface VettingQueueDependencies {
  listQualificationQueue?: typeof listQualificationQueue;
  approveQualification?: typeof approveQualification;
  rejectQualification?: typeof rejectQualification;
  bulkApproveQualifications?: typeof bulkApproveQualifications;
  pageSize?: number;
}

/**
 * 资质审核: the certificates waiting for vetting, oldest first. An administrator opens one to see the
 * scan beside its fields, approves or rejects it (with a reason), or approves a selection at once.
 */
export function useVettingQueue(dependencies: VettingQueueDependencies = {}) {
  const list$ = dependencies.listQualificationQueue ?? listQualificationQueue;
  const approve$ = dependencies.approveQualification ?? approveQualification;
  const reject$ = dependencies.rejectQualification ?? rejectQualification;
  const bulk$ = dependencies.bulkApproveQualifications ?? bulkApproveQualifications;

  const page = ref(1);
  const pageSize = ref(dependencies.pageSize ?? 20);
  const result = shallowRef<QualificationQueuePage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed<QueueItem[]>(() => result.value?.items ?? []);
  const selected = ref<string[]>([]);
  const opened = shallowRef<QueueItem | null>(null);

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const next = await list$(
        { status: 'PENDING', page: page.value, pageSize: pageSize.value },
        current.signal,
      );
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
      // What left the queue can no longer be selected or open.
      const ids = new Set(next.items.map((item) => item.id));
      selected.value = selected.value.filter((id) => ids.has(id));
      if (opened.value && !ids.has(opened.value.id)) opened.value = null;
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    selected.value = [];
    return load();
  }

  const isSelected = (id: string) => selected.value.includes(id);
  function toggle(id: string, on = !isSelected(id)): void {
    selected.value = on
      ? [...new Set([...selected.value, id])]
      : selected.value.filter((entry) => entry !== id);
  }
  const allSelected = computed(
    () => items.value.length > 0 && items.value.every((item) => isSelected(item.id)),
  );
  const someSelected = computed(() => selected.value.length > 0 && !allSelected.value);
  function toggleAll(on = !allSelected.value): void {
    selected.value = on ? items.value.map((item) => item.id) : [];
  }

  function open(item: QueueItem | null): void {
    opened.value = item;
  }

  // --- Actions, each confirmed first.
  const lastDone = shallowRef<{ action: 'approve' | 'reject'; item: QueueItem } | null>(null);
  const bulkResult = shallowRef<QualificationBulkResult | null>(null);
  /** What a bulk approval skipped, by certificate number, with the API's reason. */
  const bulkSkipped = shallowRef<Array<{ id: string; reason: string; certificateNo: string }>>([]);

  const decision = useConfirmWithReason<PendingVetting>({
    needsReason: ({ action }) => action === 'reject',
    reasonSchema: QualificationRejectSchema,
    act: async (current, reason) => {
      if (current.action === 'bulk') {
        const known = items.value;
        const bulk = await bulk$(current.ids);
        bulkResult.value = bulk;
        bulkSkipped.value = skippedOf(bulk, known);
        lastDone.value = null;
      } else if (current.item) {
        if (current.action === 'approve') await approve$(current.item.id);
        else await reject$(current.item.id, reason);
        lastDone.value = { action: current.action, item: current.item };
        bulkResult.value = null;
      }
    },
    // After a decision, or when someone else vetted it meanwhile: show the queue as it is now.
    reload: load,
  });
  const { pending, reason, reasonError, actionError, acting, cancel, confirm } = decision;

  function ask(action: VettingAction, item: QueueItem | null = null): void {
    if (action === 'bulk' && selected.value.length === 0) return;
    decision.ask({ action, item, ids: action === 'bulk' ? [...selected.value] : item ? [item.id] : [] });
  }

  function skippedOf(bulk: QualificationBulkResult, known: readonly QueueItem[]) {
    return bulk.skipped.map((entry) => ({
      ...entry,
      certificateNo: known.find((item) => item.id === entry.id)?.certificateNo ?? entry.id,
    }));
  }

  void load();

  return {
    page,
    pageSize,
    result,
    items,
    state,
    loadError,
    load,
    setPage,
    selected,
    isSelected,
    toggle,
    allSelected,
    someSelected,
    toggleAll,
    opened,
    open,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    bulkResult,
    ask,
    cancel,
    confirm,
    bulkSkipped,
    dismissNotice: () => {
      lastDone.value = null;
      bulkResult.value = null;
    },
  };
}
