import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, type FindOptionsWhere, In, IsNull } from 'typeorm';
import type { AdminNotificationKind, NotificationKind, PersonalNotificationKind } from '@mcf/contracts';
import { NotificationPreference } from './entities/notification-preference.entity.js';
import { Notification } from './entities/notification.entity.js';
import { PlatformNotificationPreference } from './entities/platform-notification-preference.entity.js';
import { UserNotificationPreference } from './entities/user-notification-preference.entity.js';

/**
 * Whose notifications a reader reads: the platform's (every administrator's), or a member's: those of
 * their organisation (if any) and those addressed to them as a person.
 */
export type NotificationRecipient = { audience: 'PLATFORM' } | { audience: 'MEMBER'; organizationId: string | null; userId: string };

/** Where a notification is addressed when recorded. */
export type NotificationAddress =
  | { audience: 'ORGANIZATION'; organizationId: string }
  | { audience: 'PLATFORM' }
  | { audience: 'USER'; userId: string };

/** The reader's notifications, as alternatives (TypeORM reads an array of conditions as OR). */
function whereRecipient(recipient: NotificationRecipient): FindOptionsWhere<Notification>[] {
  if (recipient.audience === 'PLATFORM') return [{ audience: 'PLATFORM', organizationId: IsNull() }];
  return [
    ...(recipient.organizationId ? [{ organizationId: recipient.organizationId }] : []),
    { audience: 'USER', userId: recipient.userId },
  ];
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The organisation's stored choice for one kind, if it made one. */
  preferenceOf(
    organizationId: string,
    kind: NotificationKind,
    manager?: EntityManager,
  ): Promise<NotificationPreference | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(NotificationPreference)
      .findOne({ where: { organizationId, kind } });
  }

  /** Inserts unless a notification with the same de-duplication key exists; the new id, else null. */
  async insertOnce(
    notification: Omit<Notification, 'id' | 'createdAt' | 'readAt' | 'emailedAt'>,
    manager: EntityManager,
  ): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(Notification)
      .values({ ...notification, readAt: null, emailedAt: null })
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as Array<{ id: string }>)[0]?.id ?? null;
  }

  /** When the notifications with these de-duplication keys were recorded (absent keys: never). */
  async recordedAt(dedupKeys: readonly string[]): Promise<Map<string, Date>> {
    if (dedupKeys.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(Notification)
      .find({ select: { dedupKey: true, createdAt: true }, where: { dedupKey: In([...dedupKeys]) } });
    return new Map(rows.map((row) => [row.dedupKey, row.createdAt]));
  }

  /** The preferences of these organisations (any kind), for notifying many at once. */
  preferencesOfMany(organizationIds: readonly string[], manager: EntityManager): Promise<NotificationPreference[]> {
    if (organizationIds.length === 0) return Promise.resolve([]);
    return manager.getRepository(NotificationPreference).find({ where: { organizationId: In([...organizationIds]) } });
  }

  /** insertOnce for many in one statement: id and key of those inserted (a known key inserts nothing). */
  async insertManyOnce(
    notifications: ReadonlyArray<Omit<Notification, 'id' | 'createdAt' | 'readAt' | 'emailedAt'>>,
    manager: EntityManager,
  ): Promise<Array<{ id: string; dedupKey: string }>> {
    if (notifications.length === 0) return [];
    // One statement with a column array each (a matched demand tells hundreds of firms): TypeORM's insert
    // builder spends milliseconds of CPU per row on its parameter list.
    const column = <K extends keyof (typeof notifications)[number]>(key: K) => notifications.map((n) => n[key]);
    const rows = (await manager.query(
      `INSERT INTO "notifications" ("audience", "organization_id", "kind", "title_zh", "title_en", "body_zh", "body_en", "link", "dedup_key")
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::text[], $7::text[], $8::varchar[], $9::varchar[])
       ON CONFLICT ("dedup_key") DO NOTHING
       RETURNING "id", "dedup_key"`,
      [
        column('audience'),
        column('organizationId'),
        column('kind'),
        column('titleZh'),
        column('titleEn'),
        column('bodyZh'),
        column('bodyEn'),
        column('link'),
        column('dedupKey'),
      ],
    )) as Array<{ id: string; dedup_key: string }>;
    return rows.map((row) => ({ id: row.id, dedupKey: row.dedup_key }));
  }

  /** Addresses of the administrators whose accounts are not disabled. */
  async adminEmails(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT "email" FROM "users" WHERE "platform_role" = 'ADMIN' AND "disabled_at" IS NULL ORDER BY "created_at"`,
    );
    return rows.map((row) => row.email);
  }

  /** The administrators' stored choice for one kind, if they made one. */
  platformPreferenceOf(kind: AdminNotificationKind, manager: EntityManager): Promise<PlatformNotificationPreference | null> {
    return manager.getRepository(PlatformNotificationPreference).findOne({ where: { kind } });
  }

  platformPreferences(): Promise<PlatformNotificationPreference[]> {
    return this.dataSource.getRepository(PlatformNotificationPreference).find();
  }

  /** As savePreferences, for the administrators' platform notifications. */
  async savePlatformPreferences(items: { kind: AdminNotificationKind; inApp: boolean; email?: boolean }[]): Promise<void> {
    if (items.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(PlatformNotificationPreference);
      const stored = new Map((await repository.find()).map((p) => [p.kind, p.email]));
      await repository.upsert(
        items.map((item) => ({ kind: item.kind, inApp: item.inApp, email: item.email ?? stored.get(item.kind) ?? true })),
        ['kind'],
      );
    });
  }

  /** Addresses of the organisation's members whose accounts are not disabled. */
  async memberEmails(organizationId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT "email" FROM "users" WHERE "organization_id" = $1 AND "disabled_at" IS NULL ORDER BY "created_at"`,
      [organizationId],
    );
    return rows.map((row) => row.email);
  }

  /** The address of the user, unless the account is disabled. */
  async userEmails(userId: string): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT "email" FROM "users" WHERE "id" = $1 AND "disabled_at" IS NULL`,
      [userId],
    );
    return rows.map((row) => row.email);
  }

  async deletePersonal(userId: string, kind: PersonalNotificationKind, manager: EntityManager): Promise<number> {
    const result = await manager.getRepository(Notification).delete({ audience: 'USER', userId, kind });
    return result.affected ?? 0;
  }

  /** The user's stored choice for one personal kind, if they made one. */
  userPreferenceOf(userId: string, kind: PersonalNotificationKind, manager: EntityManager): Promise<UserNotificationPreference | null> {
    return manager.getRepository(UserNotificationPreference).findOne({ where: { userId, kind } });
  }

  userPreferences(userId: string): Promise<UserNotificationPreference[]> {
    return this.dataSource.getRepository(UserNotificationPreference).find({ where: { userId } });
  }

  /** As savePreferences, for the user's personal notifications. */
  async saveUserPreferences(userId: string, items: { kind: PersonalNotificationKind; inApp: boolean; email?: boolean }[]): Promise<void> {
    if (items.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(UserNotificationPreference);
      const stored = new Map((await repository.find({ where: { userId } })).map((p) => [p.kind, p.email]));
      await repository.upsert(
        items.map((item) => ({ userId, kind: item.kind, inApp: item.inApp, email: item.email ?? stored.get(item.kind) ?? true })),
        ['userId', 'kind'],
      );
    });
  }

  /** Marks the notification emailed unless it already was; false when another attempt got there first. */
  async markEmailed(id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ id, emailedAt: IsNull() }, { emailedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  page(
    recipient: NotificationRecipient,
    unreadOnly: boolean,
    page: number,
    pageSize: number,
  ): Promise<[Notification[], number]> {
    return this.dataSource.getRepository(Notification).findAndCount({
      where: whereRecipient(recipient).map((where) => ({ ...where, ...(unreadOnly ? { readAt: IsNull() } : {}) })),
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  countUnread(recipient: NotificationRecipient): Promise<number> {
    return this.dataSource
      .getRepository(Notification)
      .count({ where: whereRecipient(recipient).map((where) => ({ ...where, readAt: IsNull() })) });
  }

  find(id: string): Promise<Notification | null> {
    return this.dataSource.getRepository(Notification).findOne({ where: { id } });
  }

  async markRead(recipient: NotificationRecipient, id?: string): Promise<void> {
    const at = new Date();
    for (const where of whereRecipient(recipient)) {
      await this.dataSource.getRepository(Notification).update({ ...where, readAt: IsNull(), ...(id ? { id } : {}) }, { readAt: at });
    }
  }

  /** Marks read the organisation's unread notifications of one kind about one page (their link). */
  async markReadAbout(
    organizationId: string,
    kind: NotificationKind,
    link: string,
    at: Date,
  ): Promise<number> {
    const result = await this.dataSource
      .getRepository(Notification)
      .update({ organizationId, kind, link, readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }

  preferencesOf(organizationId: string): Promise<NotificationPreference[]> {
    return this.dataSource.getRepository(NotificationPreference).find({ where: { organizationId } });
  }

  /** Stores each choice; an item without `email` keeps the stored email choice (on for a new row). */
  async savePreferences(
    organizationId: string,
    items: { kind: NotificationKind; inApp: boolean; email?: boolean }[],
  ): Promise<void> {
    if (items.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(NotificationPreference);
      const stored = new Map(
        (await repository.find({ where: { organizationId } })).map((p) => [p.kind, p.email]),
      );
      await repository.upsert(
        items.map((item) => ({
          organizationId,
          kind: item.kind,
          inApp: item.inApp,
          email: item.email ?? stored.get(item.kind) ?? true,
        })),
        ['organizationId', 'kind'],
      );
    });
  }
}
