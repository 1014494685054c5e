import type { LoginRequest, SessionResponse, UserView, ViewerKind } from '@mcf/contracts';
import { defineStore, getActivePinia } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { login, logout, refreshSession } from '../api/auth';
import { ApiProblem, type SessionHooks } from '../api/http';

/**
 * A hint, not a secret: "this browser signed in and has not signed out". The refresh token lives in an
 * httpOnly cookie that scripts cannot see, so without the hint every anonymous visit would ask the API
 * for a refresh just to be told 401. The access token itself is never stored: memory only.
 */
export const SESSION_HINT_KEY = 'mcf.session';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function readHint(): boolean {
  try {
    return storage()?.getItem(SESSION_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function writeHint(signedIn: boolean): void {
  try {
    if (signedIn) storage()?.setItem(SESSION_HINT_KEY, '1');
    else storage()?.removeItem(SESSION_HINT_KEY);
  } catch {
    // Not remembered: the next visit starts signed out, which is safe.
  }
}

/** Where the start-up restore stands: route guards wait for `done` before deciding on protected pages. */
export type RestoreState = 'idle' | 'restoring' | 'done';

/**
 * Who is looking at the app. The access token is held in memory only; a reload restores the session
 * through the refresh cookie (`restore`), and `http.ts` calls `refresh` once when a call answers 401.
 */
export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null);
  const user = shallowRef<UserView | null>(null);
  const restoreState = ref<RestoreState>('idle');
  /** The session ended without the user asking (refresh refused): pages send them to sign in again. */
  const expired = ref(false);

  const isSignedIn = computed(() => accessToken.value !== null && user.value !== null);
  const viewerKind = computed<ViewerKind>(() =>
    accessToken.value !== null && user.value ? user.value.viewerKind : 'ANONYMOUS',
  );

  let refreshing: Promise<boolean> | null = null;
  let restoring: Promise<boolean> | null = null;

  /** The seam every way of signing in ends at: sign-in, refresh, and tests. */
  function startSession(session: SessionResponse): void {
    accessToken.value = session.accessToken;
    user.value = session.user;
    expired.value = false;
    writeHint(true);
  }

  function endSession(): void {
    accessToken.value = null;
    user.value = null;
    writeHint(false);
  }

  /** Replaces the user (after `GET /me`), e.g. when the organisation's status changed. */
  function setUser(next: UserView): void {
    user.value = next;
  }

  async function signIn(credentials: LoginRequest): Promise<UserView> {
    const session = await login(credentials);
    startSession(session);
    return session.user;
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers (several calls answering
   * 401 at once) share one request, because the API rotates the cookie on every refresh.
   * Resolves false when there is no session to refresh; a network failure keeps the current state.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= refreshSession()
      .then((session) => {
        startSession(session);
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof ApiProblem && (error.status === 401 || error.status === 403)) {
          const wasSignedIn = isSignedIn.value;
          endSession();
          if (wasSignedIn) expired.value = true;
        }
        return false;
      })
      .finally(() => {
        refreshing = null;
      });
    return refreshing;
  }

  /** Restores the session at start-up, once; only asks the API when this browser had signed in. */
  function restore(): Promise<boolean> {
    if (!restoring) {
      if (isSignedIn.value || !readHint()) {
        restoreState.value = 'done';
        restoring = Promise.resolve(isSignedIn.value);
      } else {
        restoreState.value = 'restoring';
        restoring = refresh().finally(() => {
          restoreState.value = 'done';
        });
      }
    }
    return restoring;
  }

  /** Signs out on the server (every session of the user) and here, even if the server cannot be reached. */
  async function signOut(): Promise<void> {
    try {
      await logout();
    } catch {
      // The local session ends regardless; the refresh cookie expires on its own.
    } finally {
      endSession();
      expired.value = false;
    }
  }

  return {
    accessToken,
    user,
    viewerKind,
    isSignedIn,
    restoreState,
    expired,
    startSession,
    endSession,
    setUser,
    signIn,
    refresh,
    restore,
    signOut,
  };
});

export type SessionStore = ReturnType<typeof useSessionStore>;

/**
 * What the app's HTTP client needs from the session (`configureHttp(sessionHttpHooks())` in main.ts): the
 * token of the active store, and its refresh. Without an active Pinia there is no session.
 */
export function sessionHttpHooks(): SessionHooks {
  return {
    getAccessToken: () => (getActivePinia() ? useSessionStore().accessToken : null),
    refreshSession: () => (getActivePinia() ? useSessionStore().refresh() : Promise.resolve(false)),
  };
}
