import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { Notification } from './entities/notification.entity.js';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts unless a notification with the same de-duplication key exists; true when inserted. */
  async insertOnce(notification: Omit<Notification, 'id' | 'createdAt' | 'readAt'>, manager?: EntityManager): Promise<boolean> {
    const result = await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({ ...notification, readAt: null })
      .orIgnore()
      .execute();
    return (result.raw as unknown[]).length > 0;
  }

  page(organizationId: string, unreadOnly: boolean, page: number, pageSize: number): Promise<[Notification[], number]> {
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
    await this.dataSource.getRepository(Notification).update({ organizationId, readAt: IsNull(), ...(id ? { id } : {}) }, { readAt: new Date() });
  }
}
