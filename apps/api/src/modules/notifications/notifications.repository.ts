import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { NotificationKind } from '@mcf/contracts';
import { NotificationPreference } from './entities/notification-preference.entity.js';
import { Notification } from './entities/notification.entity.js';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Inserts unless a notification with the same de-duplication key exists, or the organisation turned
   * this kind off; true when inserted.
   */
  async insertOnce(
    notification: Omit<Notification, 'id' | 'createdAt' | 'readAt'>,
    manager?: EntityManager,
  ): Promise<boolean> {
    const muted = await (manager ?? this.dataSource.manager)
      .getRepository(NotificationPreference)
      .findOne({
        where: { organizationId: notification.organizationId, kind: notification.kind, inApp: false },
      });
    if (muted) return false;
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({ ...notification, readAt: null })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  page(
    organizationId: string,
    unreadOnly: boolean,
    page: number,
    pageSize: number,
  ): Promise<[Notification[], number]> {
    return this.dataSource.getRepository(Notification).findAndCount({
      where: { organizationId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  countUnread(organizationId: string): Promise<number> {
    return this.dataSource.getRepository(Notification).count({ where: { organizationId, readAt: IsNull() } });
  }

  find(id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOne({ where: { id } });
  }

  async markRead(organizationId: string, id?: string): Promise<void> {
    await this.dataSource
      .getRepository(Notification)
      .update({ organizationId, readAt: IsNull(), ...(id ? { id } : {}) }, { readAt: new Date() });
  }

  preferencesOf(organizationId: string): Promise<NotificationPreference[]> {
    return this.dataSource.getRepository(NotificationPreference).find({ where: { organizationId } });
  }

  async savePreferences(
    organizationId: string,
    items: { kind: NotificationKind; inApp: boolean }[],
  ): Promise<void> {
    if (items.length === 0) return;
    await this.dataSource.getRepository(NotificationPreference).upsert(
      items.map((item) => ({ organizationId, kind: item.kind, inApp: item.inApp })),
      ['organizationId', 'kind'],
    );
  }
}
