import type { SystemInfo } from '@mcf/contracts';
import { shallowRef } from 'vue';
import { getSystemInfo } from '../api/system';

const info = shallowRef<SystemInfo | null>(null);
let pending: Promise<void> | null = null;

/**
 * The running API's system info for the footer, fetched once per visit. Missing while the API is
 * down: the footer then simply shows no version (the health page reports the outage).
 */
export function useSystemInfo() {
  if (!info.value && !pending) {
    pending = getSystemInfo()
      .then((result) => {
        info.value = result;
      })
      .catch(() => {
        pending = null;
      });
  }
  return { info };
}
