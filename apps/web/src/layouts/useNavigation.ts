import { storeToRefs } from 'pinia';
import { computed } from 'vue';
import { useRouter } from 'vue-router';
import { RouteName } from '../router/route-names';
import { useSessionStore } from '../stores/session';
import { navigationFor } from './navigation';

/** The header's data: the viewer's navigation and the session actions that fit them. */
export function useNavigation() {
  const session = useSessionStore();
  const router = useRouter();
  const { viewerKind, isSignedIn } = storeToRefs(session);

  const items = computed(() => navigationFor(viewerKind.value));

  async function signOut(): Promise<void> {
    session.endSession();
    await router.push({ name: RouteName.Home });
  }

  return { viewerKind, isSignedIn, items, signOut };
}
