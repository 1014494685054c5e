import { API_PREFIX, type NotificationPage } from '@mcf/contracts';
import { http } from './http';

/** `GET /notifications`: the signed-in user's notifications and how many are unread. */
export function getNotifications(
  query: { page?: number; pageSize?: number; unreadOnly?: 'true' | 'false' } = {},
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return http.get<NotificationPage>(`${API_PREFIX}/notifications`, { query: { ...query }, signal });
}
