import type { Notification } from './entities/notification.entity.js';

/** The email of a notification: Chinese first, then English, with an absolute link when the web address is known. */
export function notificationEmail(
  notification: Pick<Notification, 'titleZh' | 'titleEn' | 'bodyZh' | 'bodyEn' | 'link'>,
  publicUrl: string | undefined,
): { subject: string; text: string } {
  const link = notification.link
    ? publicUrl
      ? new URL(notification.link, publicUrl).toString()
      : notification.link
    : null;
  const lines = [
    notification.titleZh,
    '',
    notification.bodyZh,
    ...(link ? ['', `查看详情：${link}`] : []),
    '',
    '—',
    notification.titleEn,
    '',
    notification.bodyEn,
    ...(link ? ['', `Details: ${link}`] : []),
    '',
    '此邮件由军民融合供需对接平台自动发送；可在“通知中心”关闭此类邮件。',
    'Sent by the defense–civilian supply–demand platform; turn these emails off in the notification centre.',
  ];
  return { subject: `${notification.titleZh} / ${notification.titleEn}`, text: lines.join('\n') };
}
