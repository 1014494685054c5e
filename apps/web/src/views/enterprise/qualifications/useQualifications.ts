import {
  QUALIFICATION_FILE_MAX_BYTES,
  type QualificationEdit,
  QualificationEditSchema,
  type QualificationUploadFields,
  QualificationUploadFieldsSchema,
  type QualificationView,
} from '@mcf/contracts';
import { ACCEPTED_FILE_KINDS, type AcceptedFileKind, detectFileKind, type QualificationTypeCode } from '@mcf/domain';
import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { editQualification, listQualifications, uploadQualification } from '../../../api/enterprises';
import { ApiProblem } from '../../../api/http';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

/** The certificate fields as the form holds them: text as typed, dates as YYYY-MM-DD. */
export interface QualificationForm {
  type: QualificationTypeCode | '';
  level: number | null;
  otherName: string;
  certificateNo: string;
  issuer: string;
  issuedAt: string;
  expiresAt: string;
  scope: string;
}

export const QUALIFICATION_FIELDS = [
  'type',
  'level',
  'otherName',
  'certificateNo',
  'issuer',
  'issuedAt',
  'expiresAt',
  'scope',
] as const;

const FALLBACK_KEYS: Record<string, string> = {
  type: 'qualifications.validation.type',
  level: 'qualifications.validation.level',
  otherName: 'qualifications.validation.otherName',
  certificateNo: 'qualifications.validation.certificateNo',
  issuer: 'qualifications.validation.issuer',
  issuedAt: 'qualifications.validation.date',
  expiresAt: 'qualifications.validation.date',
  scope: 'validation.tooLong',
};

export const emptyQualificationForm = (): QualificationForm => ({
  type: '',
  level: null,
  otherName: '',
  certificateNo: '',
  issuer: '',
  issuedAt: '',
  expiresAt: '',
  scope: '',
});

/** The form as wire fields: only what is given; level only for 保密资格, the name only for 其他. */
export function toQualificationFields(form: QualificationForm): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (form.type) fields.type = form.type;
  if (form.level !== null && form.type === 'SECRECY') fields.level = form.level;
  if (form.otherName.trim() && form.type === 'OTHER') fields.otherName = form.otherName;
  for (const key of ['certificateNo', 'issuer', 'issuedAt', 'expiresAt', 'scope'] as const) {
    if (form[key].trim()) fields[key] = form[key].trim();
  }
  return fields;
}

export function formOf(qualification: QualificationView): QualificationForm {
  return {
    type: qualification.type,
    level: qualification.level,
    otherName: qualification.type === 'OTHER' ? qualification.name : '',
    certificateNo: qualification.certificateNo,
    issuer: qualification.issuer,
    issuedAt: qualification.issuedAt.slice(0, 10),
    expiresAt: qualification.expiresAt.slice(0, 10),
    scope: qualification.scope ?? '',
  };
}

const EXTENSION_KINDS: Record<string, AcceptedFileKind> = {
  pdf: 'PDF',
  png: 'PNG',
  jpg: 'JPEG',
  jpeg: 'JPEG',
};

function readHead(file: Blob, bytes: number): Promise<Uint8Array | null> {
  return new Promise((resolve) => {
    if (typeof FileReader === 'undefined') return resolve(null);
    const reader = new FileReader();
    reader.onload = () =>
      resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : null);
    reader.onerror = () => resolve(null);
    reader.readAsArrayBuffer(file.slice(0, bytes));
  });
}

/**
 * Why a file cannot be uploaded, or null: too large, or not a PDF/PNG/JPEG. Judged by the first bytes
 * where the browser can read them, else by the name; the server judges again by content.
 */
export async function fileProblem(file: File | null): Promise<LocalisedText | null> {
  if (!file) return messageKey('qualifications.validation.fileRequired');
  if (file.size > QUALIFICATION_FILE_MAX_BYTES) return messageKey('qualifications.validation.fileTooLarge');
  if (file.size === 0) return messageKey('qualifications.validation.fileKind');
  const head = await readHead(file, 1100);
  const kind = head ? detectFileKind(head) : EXTENSION_KINDS[file.name.split('.').pop()?.toLowerCase() ?? ''];
  return kind && ACCEPTED_FILE_KINDS.includes(kind) ? null : messageKey('qualifications.validation.fileKind');
}

export interface QualificationsDependencies {
  listQualifications?: typeof listQualifications;
  uploadQualification?: typeof uploadQualification;
  editQualification?: typeof editQualification;
}

/** 资质证书: the firm's certificates with their vetting status, the upload with progress, and edits. */
export function useQualifications(orgId: string, dependencies: QualificationsDependencies = {}) {
  const list$ = dependencies.listQualifications ?? listQualifications;
  const upload$ = dependencies.uploadQualification ?? uploadQualification;
  const edit$ = dependencies.editQualification ?? editQualification;

  const items = shallowRef<QualificationView[]>([]);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);

  async function load(): Promise<void> {
    state.value = 'loading';
    loadError.value = null;
    try {
      items.value = (await list$(orgId)).items;
      state.value = 'ready';
    } catch (error) {
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  // --- Upload.
  const form = reactive<QualificationForm>(emptyQualificationForm());
  const file = shallowRef<File | null>(null);
  const fileError = shallowRef<LocalisedText | null>(null);
  const uploadErrors = useFormErrors({ fields: QUALIFICATION_FIELDS, fallbackKeys: FALLBACK_KEYS });
  const uploading = ref(false);
  const progress = ref(0);
  const lastUploaded = shallowRef<QualificationView | null>(null);
  let uploadController: AbortController | null = null;
  onScopeDispose(() => uploadController?.abort());

  /** Checks the fields and the file as the API will; shows what is wrong. */
  async function validateUpload(): Promise<QualificationUploadFields | null> {
    const parsed = QualificationUploadFieldsSchema.safeParse(toQualificationFields(form));
    uploadErrors.clear();
    if (!parsed.success) uploadErrors.showIssues(parsed.error.issues);
    fileError.value = await fileProblem(file.value);
    if (!parsed.success || fileError.value) return null;
    return toQualificationFields(form) as QualificationUploadFields;
  }

  function setFile(next: File | null): void {
    file.value = next;
    fileError.value = null;
  }

  async function submitUpload(): Promise<boolean> {
    if (uploading.value) return false;
    lastUploaded.value = null;
    const fields = await validateUpload();
    if (!fields || !file.value) return false;
    uploading.value = true;
    progress.value = 0;
    uploadController = new AbortController();
    try {
      const created = await upload$(orgId, fields, file.value, {
        onProgress: (fraction) => (progress.value = Math.round(fraction * 100)),
        signal: uploadController.signal,
      });
      progress.value = 100;
      lastUploaded.value = created;
      items.value = [created, ...items.value.filter((item) => item.id !== created.id)];
      Object.assign(form, emptyQualificationForm());
      file.value = null;
      return true;
    } catch (error) {
      uploadErrors.showProblem(error);
      if (error instanceof ApiProblem) {
        if (error.status === 413) fileError.value = messageKey('qualifications.validation.fileTooLarge');
        else if (error.status === 415) fileError.value = messageKey('qualifications.validation.fileKind');
        const fileField = error.problem.errors?.find((entry) => entry.field === 'file');
        if (fileField) fileError.value = { kind: 'bilingual', zh: fileField.messageZh ?? fileField.message, en: fileField.message };
      }
      return false;
    } finally {
      uploading.value = false;
      uploadController = null;
    }
  }

  // --- Edit.
  const editing = shallowRef<QualificationView | null>(null);
  const editForm = reactive<QualificationForm>(emptyQualificationForm());
  const editErrors = useFormErrors({ fields: QUALIFICATION_FIELDS, fallbackKeys: FALLBACK_KEYS });
  const savingEdit = ref(false);
  /** An approved certificate goes back to vetting when edited: the user confirms that first. */
  const confirmingEdit = ref(false);

  function startEdit(qualification: QualificationView): void {
    editing.value = qualification;
    Object.assign(editForm, formOf(qualification));
    editErrors.clear();
    confirmingEdit.value = false;
  }

  function cancelEdit(): void {
    if (savingEdit.value) return;
    editing.value = null;
    confirmingEdit.value = false;
  }

  /** The edit as a PATCH body: every field, the level and name cleared where the type has none. */
  function editBody(): QualificationEdit {
    const fields = toQualificationFields(editForm);
    return {
      ...fields,
      level: editForm.type === 'SECRECY' ? (editForm.level ?? null) : null,
      otherName: editForm.type === 'OTHER' ? editForm.otherName.trim() || null : null,
      scope: editForm.scope.trim() || null,
    } as QualificationEdit;
  }

  /** Validates; asks for confirmation when the certificate is approved; else saves. */
  async function requestSaveEdit(): Promise<boolean> {
    const current = editing.value;
    if (!current) return false;
    editErrors.clear();
    const parsed = QualificationEditSchema.safeParse(editBody());
    const required = QualificationUploadFieldsSchema.safeParse(toQualificationFields(editForm));
    if (!parsed.success || !required.success) {
      editErrors.showIssues([...(parsed.success ? [] : parsed.error.issues), ...(required.success ? [] : required.error.issues)]);
      return false;
    }
    if (current.status === 'APPROVED' && !confirmingEdit.value) {
      confirmingEdit.value = true;
      return false;
    }
    return saveEdit();
  }

  async function saveEdit(): Promise<boolean> {
    const current = editing.value;
    if (!current || savingEdit.value) return false;
    savingEdit.value = true;
    try {
      const saved = await edit$(current.id, editBody());
      items.value = items.value.map((item) => (item.id === saved.id ? saved : item));
      editing.value = null;
      confirmingEdit.value = false;
      return true;
    } catch (error) {
      confirmingEdit.value = false;
      editErrors.showProblem(error);
      return false;
    } finally {
      savingEdit.value = false;
    }
  }

  void load();

  return {
    items,
    state,
    loadError,
    load,
    form,
    file,
    setFile,
    fileError,
    uploadFieldErrors: uploadErrors.fieldErrors,
    uploadError: uploadErrors.formError,
    uploading,
    progress,
    lastUploaded,
    validateUpload,
    submitUpload,
    editing,
    editForm,
    editFieldErrors: editErrors.fieldErrors,
    editError: editErrors.formError,
    savingEdit,
    confirmingEdit,
    startEdit,
    cancelEdit,
    requestSaveEdit,
    saveEdit,
  };
}
