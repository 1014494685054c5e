import { MESSAGE_ATTACHMENT_MAX_BYTES } from '@mcf/contracts';
import { ACCEPTED_FILE_KINDS, type AcceptedFileKind, detectFileKind } from '@mcf/domain';
import { type LocalisedText, messageKey } from './useLocalisedText';

const EXTENSION_KINDS: Record<string, AcceptedFileKind> = { pdf: 'PDF', png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG' };

function readHead(file: Blob, bytes: number): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    if (typeof FileReader === 'undefined') return resolve(null);
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : null);
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file.slice(0, bytes));
  });
}

/**
 * Why a file cannot be attached, or null: the certificate rules (PDF, PNG or JPEG, at most 10 MB),
 * judged by the first bytes where the browser can read them, else by the name; the API judges again.
 * Every attachment (messages, demands, responses) follows them.
 */
export async function attachmentProblem(file: File): Promise<LocalisedText | null> {
  if (file.size > MESSAGE_ATTACHMENT_MAX_BYTES)
    return messageKey('messages.thread.fileTooLarge', { mb: MESSAGE_ATTACHMENT_MAX_BYTES / 1024 / 1024 });
  if (file.size === 0) return messageKey('messages.thread.fileKind');
  const head = await readHead(file, 1100);
  const kind = head ? detectFileKind(head) : EXTENSION_KINDS[file.name.split('.').pop()?.toLowerCase() ?? ''];
  return kind && ACCEPTED_FILE_KINDS.includes(kind) ? null : messageKey('messages.thread.fileKind');
}

/** Hands a downloaded file to the user: an object URL and a click (downloads need the bearer header, so no plain link). */
export function browserSave(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
