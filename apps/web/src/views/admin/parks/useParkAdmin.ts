import { type ParkFieldsInput, ParkFieldsSchema, type ParkSummary } from '@mcf/contracts';
import type { DemonstrationLevel, ParkKind, SectorCode } from '@mcf/domain';
import { reactive, ref, shallowRef } from 'vue';
import { createPark, updatePark } from '../../../api/parks';
import { errorSummary, issuesToFieldErrors, problemFieldErrors } from '../../../composables/useFormErrors';
import { ApiProblem } from '../../../api/http';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface ParkForm {
  name: string;
  kind: ParkKind;
  regionCodes: string[];
  sectors: SectorCode[];
  description: string;
  designation: string;
  mcfDemonstrationLevel: DemonstrationLevel | '';
  recognizedYear: number | null;
}

export const emptyParkForm = (): ParkForm => ({
  name: '',
  kind: 'PARK',
  regionCodes: [],
  sectors: [],
  description: '',
  designation: '',
  mcfDemonstrationLevel: '',
  recognizedYear: null,
});

export function toParkFields(form: ParkForm): ParkFieldsInput {
  return {
    name: form.name.trim(),
    kind: form.kind,
    regionCodes: [...form.regionCodes],
    sectors: [...form.sectors],
    description: form.description.trim(),
    designation: form.designation.trim() || null,
    mcfDemonstrationLevel: form.mcfDemonstrationLevel || null,
    recognizedYear: form.recognizedYear,
  };
}

export function toParkForm(park: ParkSummary): ParkForm {
  return {
    name: park.name,
    kind: park.kind,
    regionCodes: [...park.regionCodes],
    sectors: [...park.sectors],
    description: park.description,
    designation: park.designation ?? '',
    mcfDemonstrationLevel: park.mcfDemonstrationLevel ?? '',
    recognizedYear: park.recognizedYear,
  };
}

/**
 * 基地园区管理: one editor for adding and editing, validated with the API's own schema before it asks
 * to confirm; the API's field errors land on the fields.
 */
export function useParkAdmin(onSaved: (name: string) => void, dependencies: { createPark?: typeof createPark; updatePark?: typeof updatePark } = {}) {
  const create$ = dependencies.createPark ?? createPark;
  const update$ = dependencies.updatePark ?? updatePark;
  const open = ref(false);
  const editingId = ref<string | null>(null);
  const confirming = ref(false);
  const busy = ref(false);
  const form = reactive<ParkForm>(emptyParkForm());
  const fieldErrors = shallowRef<Record<string, LocalisedText>>({});
  const error = shallowRef<LocalisedText | null>(null);

  function start(park?: ParkSummary): void {
    Object.assign(form, park ? toParkForm(park) : emptyParkForm());
    editingId.value = park?.id ?? null;
    fieldErrors.value = {};
    error.value = null;
    confirming.value = false;
    open.value = true;
  }

  /** Checks the form; opens the confirmation when it is valid. */
  function review(): boolean {
    const parsed = ParkFieldsSchema.safeParse(toParkFields(form));
    if (!parsed.success) {
      fieldErrors.value = issuesToFieldErrors(parsed.error.issues, {});
      return false;
    }
    fieldErrors.value = {};
    confirming.value = true;
    return true;
  }

  async function confirm(): Promise<boolean> {
    busy.value = true;
    error.value = null;
    try {
      const body = toParkFields(form);
      const saved = editingId.value ? await update$(editingId.value, ParkFieldsSchema.parse(body)) : await create$(body);
      confirming.value = false;
      open.value = false;
      onSaved(saved.name);
      return true;
    } catch (cause) {
      confirming.value = false;
      if (cause instanceof ApiProblem) fieldErrors.value = problemFieldErrors(cause.problem);
      error.value = errorSummary(cause);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { open, editingId, confirming, busy, form, fieldErrors, error, start, review, confirm };
}
