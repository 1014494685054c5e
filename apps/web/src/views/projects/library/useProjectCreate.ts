import { type ProjectContentInput, ProjectContentSchema, type ProjectView } from '@mcf/contracts';
import type { ActionPlanProgrammeCode, SectorCode } from '@mcf/domain';
import { reactive, ref, shallowRef } from 'vue';
import { createProject } from '../../../api/projects';
import { ApiProblem } from '../../../api/http';
import { wanToYuan } from '../../../components/demand-format.util';
import { errorSummary, issuesToFieldErrors, problemFieldErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface ProjectMilestoneForm {
  name: string;
  plannedDate: string;
}

/** The form as the administrator fills it: investment in 万元, as the library shows it. */
export interface ProjectCreateForm {
  name: string;
  ownerName: string;
  regionCode: string;
  sectors: SectorCode[];
  programme: ActionPlanProgrammeCode | '';
  investmentWan: number | null;
  reportingFrom: string;
  description: string;
  milestones: ProjectMilestoneForm[];
}

export const emptyProjectForm = (): ProjectCreateForm => ({
  name: '',
  ownerName: '',
  regionCode: '',
  sectors: [],
  programme: '',
  investmentWan: null,
  reportingFrom: '',
  description: '',
  milestones: [],
});

/** What the API takes (yuan, nulls for what was left empty). */
export function toProjectContent(form: ProjectCreateForm): ProjectContentInput {
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    ownerName: form.ownerName.trim() || null,
    regionCode: form.regionCode || null,
    sectors: [...form.sectors],
    investmentTotal: form.investmentWan === null ? null : wanToYuan(form.investmentWan),
    programme: form.programme || null,
    reportingFrom: form.reportingFrom || null,
    milestones: form.milestones.map((m) => ({ name: m.name.trim(), plannedDate: m.plannedDate })),
  };
}

/** Messages for zod's own checks (the API's text rules carry their Chinese message themselves). */
const FALLBACK_KEYS: Readonly<Record<string, string>> = {
  description: 'projects.create.rules.description',
  ownerName: 'projects.create.rules.ownerName',
  investmentTotal: 'projects.create.rules.investment',
};

/**
 * 新建项目 (administrators): the form is checked with the API's own schema before it is sent; the API's
 * problem+json field errors land on the same fields (investmentTotal on the 万元 field, milestones.N.* on
 * their row), anything else above the form.
 */
export function useProjectCreate(onCreated: (project: ProjectView) => void, dependencies: { createProject?: typeof createProject } = {}) {
  const create$ = dependencies.createProject ?? createProject;
  const open = ref(false);
  const busy = ref(false);
  const form = reactive<ProjectCreateForm>(emptyProjectForm());
  const fieldErrors = shallowRef<Record<string, LocalisedText>>({});
  const error = shallowRef<LocalisedText | null>(null);

  function start(): void {
    Object.assign(form, emptyProjectForm());
    fieldErrors.value = {};
    error.value = null;
    open.value = true;
  }

  function close(): void {
    open.value = false;
  }

  function addMilestone(): void {
    form.milestones.push({ name: '', plannedDate: '' });
  }

  function removeMilestone(index: number): void {
    form.milestones.splice(index, 1);
  }

  /** The error of a field, or of the first nested field under it (`milestones.0.name`). */
  function errorOf(field: string): LocalisedText | null {
    return fieldErrors.value[field] ?? null;
  }

  async function submit(): Promise<boolean> {
    error.value = null;
    const body = toProjectContent(form);
    const parsed = ProjectContentSchema.safeParse(body);
    if (!parsed.success) {
      fieldErrors.value = issuesToFieldErrors(parsed.error.issues, FALLBACK_KEYS);
      return false;
    }
    fieldErrors.value = {};
    busy.value = true;
    try {
      const project = await create$(body);
      open.value = false;
      onCreated(project);
      return true;
    } catch (cause) {
      if (cause instanceof ApiProblem) fieldErrors.value = problemFieldErrors(cause.problem);
      error.value = errorSummary(cause);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { open, busy, form, fieldErrors, error, errorOf, start, close, addMilestone, removeMilestone, submit };
}
