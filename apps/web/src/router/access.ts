import type { ViewerKind } from '@mcf/contracts';
import type {
  LocationQueryValue,
  RouteLocationNormalized,
  RouteLocationRaw,
  RouteMeta,
  Router,
} from 'vue-router';
import { useSessionStore } from '../stores/session';
import { RouteName } from './route-names';

export type SignedInKind = Exclude<ViewerKind, 'ANONYMOUS'>;

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title, placeholder heading). */
    titleKey?: string;
    /** The viewer kinds that may open the page; absent means everyone, visitors included. */
    access?: readonly SignedInKind[];
    /** Sign-in and registration: a signed-in viewer is sent on to their own start page. */
    guestOnly?: boolean;
  }
}

export const SIGNED_IN: readonly SignedInKind[] = ['ENTERPRISE', 'PROCURER', 'ADMIN', 'INSTITUTE', 'PARK'];
export const ORGANIZATION_MEMBERS: readonly SignedInKind[] = ['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK'];
export const ENTERPRISE_ONLY: readonly SignedInKind[] = ['ENTERPRISE'];
export const PROCURER_ONLY: readonly SignedInKind[] = ['PROCURER'];
export const ADMIN_ONLY: readonly SignedInKind[] = ['ADMIN'];
/**
 * The notification centre: everyone signed in, people of the talent pool without an organisation too
 * (they are told when an organisation writes to them).
 */
export const NOTIFICATION_READERS: readonly SignedInKind[] = [...SIGNED_IN, 'INDIVIDUAL'];
/** Who may keep a talent profile of their own: anyone signed in but administrators. */
export const TALENT_PEOPLE: readonly SignedInKind[] = ['ENTERPRISE', 'PROCURER', 'INDIVIDUAL'];

/** What a viewer gets for a page: the page, the sign-in page first, or the friendly 403 page. */
export type RouteAccess = 'allowed' | 'sign-in' | 'forbidden';

export function routeAccess(meta: RouteMeta, viewerKind: ViewerKind): RouteAccess {
  if (!meta.access) return 'allowed';
  if (viewerKind === 'ANONYMOUS') return 'sign-in';
  return meta.access.includes(viewerKind) ? 'allowed' : 'forbidden';
}

/**
 * A `?redirect=` target we are willing to follow: a path inside this app. Anything else (another
 * origin, `//evil.example`, `javascript:`) is dropped, so the sign-in page cannot be used to bounce
 * people off-site.
 */
export function safeRedirect(value: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== 'string' || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) {
    return null;
  }
  return path;
}

/** Where a viewer lands after signing in when no page asked for it. */
/** Where each kind of viewer works: where sign-in (and the checklist of a new firm or procurer) lands. */
export function startPageFor(kind: ViewerKind): RouteLocationRaw {
  switch (kind) {
    case 'ADMIN':
      return { name: RouteName.AdminOrganizations };
    case 'ENTERPRISE':
      return { name: RouteName.EnterpriseMatches };
    case 'PROCURER':
      return { name: RouteName.ProcurerDemands };
    case 'INSTITUTE':
    case 'PARK':
      return { name: RouteName.MyOffers };
    case 'INDIVIDUAL':
      return { name: RouteName.TalentProfile };
    default:
      return { name: RouteName.Account };
  }
}

export function signInLocation(to: Pick<RouteLocationNormalized, 'fullPath'>): RouteLocationRaw {
  return { name: RouteName.SignIn, query: { redirect: to.fullPath } };
}

/**
 * The guard: waits for the start-up session restore on pages that depend on who is looking, sends a
 * visitor to sign in (and back afterwards), and a signed-in viewer away from sign-in and registration.
 * A wrong kind of viewer is let through to the URL and DefaultLayout shows the 403 page there, so the
 * address stays what they opened.
 */
export function installAccessGuard(router: Router, getSession = () => useSessionStore()): void {
  router.beforeEach(async (to) => {
    const session = getSession();
    const restoring = session.restore();
    if (!to.meta.access && !to.meta.guestOnly) return true;
    await restoring;
    if (to.meta.guestOnly && session.isSignedIn) {
      return safeRedirect(to.query.redirect) ?? startPageFor(session.viewerKind);
    }
    return routeAccess(to.meta, session.viewerKind) === 'sign-in' ? signInLocation(to) : true;
  });
}
