import type { RouteLocationRaw } from 'vue-router';
import { RouteName } from '../../router/route-names';

const THREAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where a notification's `link` leads in the app: a conversation (`/demands/{id}?thread={threadId}`)
 * opens the thread page; any other path of the app is followed as it is; anything else (missing, another
 * site) leads nowhere.
 */
export function notificationTarget(link: string | null): RouteLocationRaw | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  const url = new URL(link, 'http://app.invalid');
  const threadId = url.searchParams.get('thread');
  if (threadId && THREAD_ID.test(threadId)) return { name: RouteName.MessageThread, params: { threadId } };
  return `${url.pathname}${url.search}${url.hash}`;
}
