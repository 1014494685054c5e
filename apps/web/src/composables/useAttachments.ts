import type { DemandAttachmentView } from '@mcf/contracts';
import { ref, shallowRef } from 'vue';
import { ApiProblem } from '../api/http';
import { attachmentProblem, browserSave } from './attachment-files';
import { errorSummary } from './useFormErrors';
import { type LocalisedText, messageKey } from './useLocalisedText';

/** A stored file as every attachment list shows it (demand and response attachments share the shape). */
export type AttachmentView = DemandAttachmentView;

export interface AttachmentCalls {
  upload?: (file: File) => Promise<AttachmentView>;
  remove?: (attachmentId: string) => Promise<void>;
  download: (attachmentId: string) => Promise<Blob>;
  /** Hands a downloaded file to the user (an object URL and a click by default). */
  save?: (blob: Blob, name: string) => void;
}

/**
 * The files of a demand or a response: download for whoever may read them; upload (the certificate
 * file rules, checked before sending and again by the API) and removal for whoever may change them.
 */
export function useAttachments(calls: AttachmentCalls, initial: readonly AttachmentView[] = []) {
  const items = shallowRef<AttachmentView[]>([...initial]);
  const uploading = ref(false);
  const busyId = ref<string | null>(null);
  const error = shallowRef<LocalisedText | null>(null);
  const save = calls.save ?? browserSave;

  function reset(list: readonly AttachmentView[]): void {
    items.value = [...list];
    error.value = null;
  }

  async function add(file: File | null): Promise<boolean> {
    if (!file || !calls.upload || uploading.value) return false;
    error.value = await attachmentProblem(file);
    if (error.value) return false;
    uploading.value = true;
    try {
      items.value = [...items.value, await calls.upload(file)];
      return true;
    } catch (caught) {
      error.value =
        caught instanceof ApiProblem && caught.status === 415
          ? messageKey('messages.thread.fileKind')
          : caught instanceof ApiProblem && caught.status === 413
            ? messageKey('messages.thread.fileTooLarge', { mb: 10 })
            : errorSummary(caught);
      return false;
    } finally {
      uploading.value = false;
    }
  }

  async function remove(item: AttachmentView): Promise<boolean> {
    if (!calls.remove || busyId.value) return false;
    busyId.value = item.id;
    error.value = null;
    try {
      await calls.remove(item.id);
      items.value = items.value.filter((entry) => entry.id !== item.id);
      return true;
    } catch (caught) {
      error.value = errorSummary(caught);
      return false;
    } finally {
      busyId.value = null;
    }
  }

  async function download(item: AttachmentView): Promise<void> {
    if (busyId.value) return;
    busyId.value = item.id;
    error.value = null;
    try {
      save(await calls.download(item.id), item.name);
    } catch (caught) {
      error.value = errorSummary(caught);
    } finally {
      busyId.value = null;
    }
  }

  return { items, uploading, busyId, error, reset, add, remove, download };
}
