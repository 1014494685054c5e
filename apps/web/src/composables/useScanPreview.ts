import type { QualificationView } from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { fetchQualificationFile } from '../api/enterprises';
import { errorSummary } from './useFormErrors';
import type { LocalisedText } from './useLocalisedText';

export interface ScanPreviewDependencies {
  fetchFile?: (id: string, signal?: AbortSignal) => Promise<Blob>;
  createObjectURL?: (blob: Blob) => string;
  revokeObjectURL?: (url: string) => void;
}

/**
 * A certificate's scan, fetched with the bearer header and shown through an object URL, which is
 * revoked when another scan is opened, the preview is closed or the page goes away.
 */
export function useScanPreview(dependencies: ScanPreviewDependencies = {}) {
  const fetchFile = dependencies.fetchFile ?? fetchQualificationFile;
  const create = dependencies.createObjectURL ?? ((blob: Blob) => URL.createObjectURL(blob));
  const revoke = dependencies.revokeObjectURL ?? ((url: string) => URL.revokeObjectURL(url));

  const url = ref<string | null>(null);
  const kind = ref<QualificationView['file']['kind'] | null>(null);
  const loading = ref(false);
  const error = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;

  function release(): void {
    controller?.abort();
    controller = null;
    if (url.value) revoke(url.value);
    url.value = null;
    kind.value = null;
    error.value = null;
    loading.value = false;
  }

  async function open(qualification: Pick<QualificationView, 'id' | 'file'>): Promise<void> {
    release();
    const current = new AbortController();
    controller = current;
    loading.value = true;
    try {
      const blob = await fetchFile(qualification.id, current.signal);
      if (current.signal.aborted) return;
      url.value = create(blob);
      kind.value = qualification.file.kind;
    } catch (cause) {
      if (current.signal.aborted) return;
      error.value = errorSummary(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  }

  onScopeDispose(release);

  return { url, kind, loading, error, open, close: release };
}
