import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { useRouter } from 'vue-router';
import { RouteName } from '../router/route-names';
import { useSessionStore } from '../stores/session';
import { navigationEntriesFor } from './navigation';

/** The header's data: the viewer's navigation, who is signed in, and the session actions that fit them. */
export function useNavigation() {
  const session = useSessionStore();
  const router = useRouter();
  const { viewerKind, isSignedIn, user, restoreState } = storeToRefs(session);

  /** Links and menus of links, as the bar and the phone's drawer show them. */
  const items = computed(() => navigationEntriesFor(viewerKind.value));
  /** While the start-up restore runs we do not know yet: show neither the sign-in links nor a user. */
  const sessionKnown = computed(() => restoreState.value !== 'restoring');
  const belongsToOrganization = computed(() => Boolean(user.value?.organization));

  async function signOut(): Promise<void> {
    await session.signOut();
    await router.push({ name: RouteName.Home });
  }

  return { viewerKind, isSignedIn, user, sessionKnown, belongsToOrganization, items, signOut };
}
