import { API_PREFIX, type NotificationPage, type NotificationPreferences } from '@mcf/contracts';
import { http } from './http';

const NOTIFICATIONS = `${API_PREFIX}/notifications`;

/** `GET /notifications`: the signed-in user's notifications and how many are unread. */
export function getNotifications(
  query: { page?: number; pageSize?: number; unreadOnly?: 'true' | 'false' } = {},
  signal?: AbortSignal,
): Promise<NotificationPage> {
  return http.get<NotificationPage>(NOTIFICATIONS, { query: { ...query }, signal });
}

/** `POST /notifications/{id}/read`. */
export function markNotificationRead(id: string): Promise<void> {
  return http.post<void>(`${NOTIFICATIONS}/${encodeURIComponent(id)}/read`);
}

/** `POST /notifications/read-all`. */
export function markAllNotificationsRead(): Promise<void> {
  return http.post<void>(`${NOTIFICATIONS}/read-all`);
}

/** `GET /notifications/preferences`: every kind, on or off. */
export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return http.get<NotificationPreferences>(`${NOTIFICATIONS}/preferences`, { signal });
}

/** `PUT /notifications/preferences`: kinds not listed keep their setting; answers every kind. */
export function saveNotificationPreferences(preferences: NotificationPreferences): Promise<NotificationPreferences> {
  return http.put<NotificationPreferences>(`${NOTIFICATIONS}/preferences`, preferences);
}
