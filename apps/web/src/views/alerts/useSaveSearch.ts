import {
  type AlertFrequency,
  SavedSearchCreateSchema,
  type SavedSearchCreateInput,
  type SavedSearchKind,
  type SavedSearchQueryInput,
  type SavedSearchView,
} from '@mcf/contracts';
import type { Locale } from '@mcf/domain';
import { type MaybeRefOrGetter, ref, shallowRef, toValue } from 'vue';
import { createSavedSearch } from '../../api/alerts';
import { useFormErrors } from '../../composables/useFormErrors';
import { suggestedSavedSearchName } from './saved-search-summary.util';

/** The fields of the save form, as the API names them (errors are keyed so). */
export const SAVE_SEARCH_FIELDS = ['name', 'frequency', 'kind', 'query', 'query.q', 'query.sectors', 'query.regions', 'query.qualifications'] as const;

const FALLBACK_KEYS: Readonly<Record<string, string>> = {
  name: 'alerts.form.nameInvalid',
  'query.q': 'alerts.form.qInvalid',
};

export interface SaveSearchOptions {
  /** The language of the suggested name (the UI language). */
  language?: MaybeRefOrGetter<Locale>;
  createSavedSearch?: typeof createSavedSearch;
}

/** The query as the API takes it: lists copied, words trimmed, nothing else. */
export function savedSearchQueryOf(query: SavedSearchQueryInput | undefined): SavedSearchQueryInput {
  return {
    q: query?.q?.trim() ?? '',
    sectors: [...(query?.sectors ?? [])],
    regions: [...(query?.regions ?? [])],
    qualifications: [...(query?.qualifications ?? [])],
  };
}

/**
 * "保存为订阅": saves the search a page shows as a saved search of the signed-in user. `open()` offers a
 * name made from the query; `submit()` checks the form with the API's own rules, saves, and closes.
 * Search pages call it with their kind and a getter of their current filters:
 *
 *   const save = useSaveSearch('DEMANDS', () => ({ q: q.value, sectors: sectors.value, regions: [], qualifications: [] }));
 *
 * or place `<SaveSearchButton kind="DEMANDS" :query="…" />`, which wraps it with its dialog.
 */
export function useSaveSearch(
  kind: MaybeRefOrGetter<SavedSearchKind>,
  query: MaybeRefOrGetter<SavedSearchQueryInput | undefined>,
  options: SaveSearchOptions = {},
) {
  const create$ = options.createSavedSearch ?? createSavedSearch;
  const dialogOpen = ref(false);
  const name = ref('');
  const frequency = ref<AlertFrequency>('IMMEDIATE');
  const saving = ref(false);
  const saved = shallowRef<SavedSearchView | null>(null);
  const errors = useFormErrors({ fields: SAVE_SEARCH_FIELDS, fallbackKeys: FALLBACK_KEYS });

  function body(): SavedSearchCreateInput {
    return {
      kind: toValue(kind),
      name: name.value,
      query: savedSearchQueryOf(toValue(query)),
      frequency: frequency.value,
    };
  }

  /** Opens the form with a suggested name (or the one given) and immediate alerts. */
  function open(suggestedName?: string): void {
    name.value = suggestedName ?? suggestedSavedSearchName(toValue(query), toValue(options.language) ?? 'zh-CN');
    frequency.value = 'IMMEDIATE';
    saved.value = null;
    errors.clear();
    dialogOpen.value = true;
  }

  function cancel(): void {
    if (!saving.value) dialogOpen.value = false;
  }

  /** The saved search, or null when the form or the API refused it (the errors say why). */
  async function submit(): Promise<SavedSearchView | null> {
    if (saving.value) return null;
    errors.clear();
    const request = body();
    const parsed = SavedSearchCreateSchema.safeParse(request);
    if (!parsed.success) {
      // A bad list value is the list's error (query.sectors.0 → query.sectors).
      errors.showIssues(
        parsed.error.issues.map((issue) => ({
          ...issue,
          path: issue.path.filter((part) => typeof part !== 'number'),
        })),
      );
      return null;
    }
    saving.value = true;
    try {
      saved.value = await create$(request);
      dialogOpen.value = false;
      return saved.value;
    } catch (error) {
      errors.showProblem(error);
      return null;
    } finally {
      saving.value = false;
    }
  }

  return {
    dialogOpen,
    name,
    frequency,
    saving,
    saved,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    open,
    cancel,
    submit,
  };
}
