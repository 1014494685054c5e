import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPage,
  type NotificationPreferences,
} from '@mcf/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { NotificationsRepository } from './notifications.repository.js';

export interface NewNotification {
  organizationId: string;
  kind: NotificationKind;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  link?: string;
  /** The same logical event always has the same key, so that it is notified once however often it is retried. */
  dedupKey: string;
}

/** In-app notifications to organisations. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  notify(notification: NewNotification, manager?: EntityManager): Promise<boolean> {
    return this.notifications.insertOnce(
      {
        organizationId: notification.organizationId,
        kind: notification.kind,
        titleZh: notification.title.zh,
        titleEn: notification.title.en,
        bodyZh: notification.body.zh,
        bodyEn: notification.body.en,
        link: notification.link ?? null,
        dedupKey: notification.dedupKey,
      },
      manager,
    );
  }

  async page(actor: Actor, unreadOnly: boolean, page: number, pageSize: number): Promise<NotificationPage> {
    if (!actor.organizationId) return { items: [], total: 0, page, pageSize, unread: 0 };
    const [rows, total] = await this.notifications.page(actor.organizationId, unreadOnly, page, pageSize);
    return {
      items: rows.map((n) => ({
        id: n.id,
        kind: n.kind,
        titleZh: n.titleZh,
        titleEn: n.titleEn,
        bodyZh: n.bodyZh,
        bodyEn: n.bodyEn,
        link: n.link,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      })),
      total,
      page,
      pageSize,
      unread: await this.notifications.countUnread(actor.organizationId),
    };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const notification = await this.notifications.find(id);
    if (!notification || notification.organizationId !== actor.organizationId) throw CommonErrors.notFound();
    await this.notifications.markRead(notification.organizationId, id);
  }

  async markAllRead(actor: Actor): Promise<void> {
    if (actor.organizationId) await this.notifications.markRead(actor.organizationId);
  }

  /** Every kind with whether the organisation receives it (on unless turned off). */
  async preferences(actor: Actor): Promise<NotificationPreferences> {
    const stored = actor.organizationId ? await this.notifications.preferencesOf(actor.organizationId) : [];
    const off = new Set(stored.filter((p) => !p.inApp).map((p) => p.kind));
    return { items: NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: !off.has(kind) })) };
  }

  async savePreferences(
    actor: Actor,
    preferences: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    if (!actor.organizationId) throw CommonErrors.forbidden();
    await this.notifications.savePreferences(actor.organizationId, preferences.items);
    return this.preferences(actor);
  }
}
