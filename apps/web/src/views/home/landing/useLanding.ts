import { type ViewerKind } from '@mcf/contracts';
import { SECTORS, type Sector } from '@mcf/domain';
import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { RouteName } from '../../../router/route-names';
import { useSessionStore } from '../../../stores/session';

export interface Audience {
  /** The viewer kind this card speaks to; its i18n keys live under `home.audiences.<key>`. */
  kind: Exclude<ViewerKind, 'ANONYMOUS'>;
  key: 'enterprise' | 'procurer' | 'admin';
  action: RouteName;
}

export const AUDIENCES: readonly Audience[] = [
  { kind: 'ENTERPRISE', key: 'enterprise', action: RouteName.Register },
  { kind: 'PROCURER', key: 'procurer', action: RouteName.ProcurerDemandNew },
  { kind: 'ADMIN', key: 'admin', action: RouteName.SignIn },
];

export const AUDIENCE_POINTS = ['point1', 'point2', 'point3'] as const;
export const PROCESS_STEPS = ['step1', 'step2', 'step3', 'step4'] as const;

// The sectors on the landing page, named in the viewer's language by the domain catalogue (one source).
export const FEATURED_SECTORS: readonly Sector[] = SECTORS.filter((sector) => sector.code !== 'OTHER');

/** A sector's name in the UI language. */
export function sectorName(sector: Sector, locale: string): string {
  return locale === 'en' ? sector.nameEn : sector.nameZh;
}

export interface CallToAction {
  labelKey: string;
  to: RouteName;
  testId: string;
}

export const CALLS_TO_ACTION: readonly CallToAction[] = [
  { labelKey: 'home.cta.searchSuppliers', to: RouteName.SupplierSearch, testId: 'cta-search-suppliers' },
  { labelKey: 'home.cta.postDemand', to: RouteName.ProcurerDemandNew, testId: 'cta-post-demand' },
  { labelKey: 'home.cta.register', to: RouteName.Register, testId: 'cta-register' },
];

/** The landing page: who the platform serves, how matchmaking works, and where to start. */
export function useLanding() {
  const { viewerKind } = storeToRefs(useSessionStore());
  /** A signed-in viewer sees their own audience card highlighted. */
  const highlightedAudience = computed(() => (viewerKind.value === 'ANONYMOUS' ? null : viewerKind.value));

  return {
    audiences: AUDIENCES,
    audiencePoints: AUDIENCE_POINTS,
    steps: PROCESS_STEPS,
    sectors: FEATURED_SECTORS,
    callsToAction: CALLS_TO_ACTION,
    highlightedAudience,
  };
}
