import { storeToRefs } from 'pinia';
import { computed, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { routeAccess } from '../router/access';
import { RouteName } from '../router/route-names';
import { useSessionStore } from '../stores/session';

/**
 * The layout's side of the access rules: whether the current page may show for the current viewer, and
 * when a session expires on a protected page (a refresh was refused), off to sign in and back afterwards.
 */
export function useRouteAccess() {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();
  const { viewerKind, expired } = storeToRefs(session);

  const access = computed(() => routeAccess(route.meta, viewerKind.value));

  watch(expired, (isExpired) => {
    if (!isExpired || access.value !== 'sign-in') return;
    void router.replace({
      name: RouteName.SignIn,
      query: { redirect: route.fullPath, notice: 'session-expired' },
    });
  });

  return { access };
}
