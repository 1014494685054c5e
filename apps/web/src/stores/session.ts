import type { ViewerKind } from '@mcf/contracts';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

/** What a successful sign-in hands to the store (the sign-in issue will fill it from the API's answer). */
export interface SignedInSession {
  token: string;
  viewerKind: Exclude<ViewerKind, 'ANONYMOUS'>;
}

/**
 * Who is looking at the app. Until sign-in exists everyone is ANONYMOUS; `startSession` is the seam
 * the sign-in flow will call, and `http.ts` reads `token` for the `Authorization` header.
 */
export const useSessionStore = defineStore('session', () => {
  const viewerKind = ref<ViewerKind>('ANONYMOUS');
  const token = ref<string | null>(null);

  const isSignedIn = computed(() => viewerKind.value !== 'ANONYMOUS');

  function startSession(session: SignedInSession): void {
    token.value = session.token;
    viewerKind.value = session.viewerKind;
  }

  function endSession(): void {
    token.value = null;
    viewerKind.value = 'ANONYMOUS';
  }

  return { viewerKind, token, isSignedIn, startSession, endSession };
});
