import { onBeforeUnmount, ref, type Ref } from 'vue';

/** Phones and narrow windows: where the navigation and the search filters move into drawers. */
export const NARROW_SCREEN_QUERY = '(max-width: 720px)';

/** Whether the window is narrow now; follows resizes and rotations. */
export function useNarrowScreen(query = NARROW_SCREEN_QUERY): Ref<boolean> {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const narrow = ref(media?.matches ?? false);
  const update = (event: MediaQueryListEvent): void => {
    narrow.value = event.matches;
  };
  media?.addEventListener('change', update);
  onBeforeUnmount(() => media?.removeEventListener('change', update));
  return narrow;
}
