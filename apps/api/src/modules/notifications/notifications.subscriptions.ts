import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

export const NOTIFICATIONS_SUBSCRIPTIONS = [
  subscribe('notification.email-due', JobName.SEND_NOTIFICATION_EMAIL, {
    data: (e) => ({ notificationId: e.notificationId }),
    key: (e) => `notification-email-${e.notificationId}`,
  }),
];
