import { computed, onMounted, ref } from 'vue';
import { listMyDemands } from '../../api/demands';
import { getProfileDraft, listQualifications } from '../../api/enterprises';
import { getEnterpriseMatches } from '../../api/matches';
import { useSessionStore } from '../../stores/session';
import { type ChecklistStep, checklistComplete, enterpriseChecklist, procurerChecklist } from './getting-started.util';

/** Enough of a procurer's demands to tell whether any was published or matched. */
const DEMANDS_LOOKED_AT = 100;

/**
 * The checklist of the signed-in firm or procurer, read from its real data each time the work page opens;
 * nothing when it cannot be read (the page itself still works) or when every step is done.
 */
export function useGettingStarted() {
  const session = useSessionStore();
  const steps = ref<ChecklistStep[] | null>(null);

  async function load(): Promise<void> {
    const organization = session.user?.organization;
    if (!organization) return;
    try {
      if (organization.kind === 'ENTERPRISE') {
        const [draft, qualifications, matches] = await Promise.all([
          getProfileDraft(organization.id),
          listQualifications(organization.id),
          getEnterpriseMatches(organization.id),
        ]);
        steps.value = enterpriseChecklist({
          organizationStatus: organization.status,
          profilePublished: draft.publishedVersion > 0,
          qualificationStatuses: qualifications.items.map((item) => item.status),
          matchCount: matches.items.length,
        });
      } else {
        const demands = (await listMyDemands({ pageSize: DEMANDS_LOOKED_AT })).items;
        steps.value = procurerChecklist({
          organizationStatus: organization.status,
          publishedDemands: demands.filter((demand) => demand.status !== 'DRAFT').length,
          demandsWithMatches: demands.filter((demand) => demand.matching?.status === 'READY').length,
        });
      }
    } catch {
      steps.value = null;
    }
  }

  onMounted(load);
  const visible = computed(() => steps.value !== null && !checklistComplete(steps.value));
  return { steps, visible, reload: load };
}
