import { Injectable } from '@nestjs/common';
import {
  ADMIN_NOTIFICATION_KINDS,
  type AdminNotificationKind,
  NOTIFICATION_KINDS,
  NOTIFICATION_KINDS_BY_ORGANIZATION,
  type NotificationKind,
  type NotificationPage,
  type NotificationPreferences,
  PERSONAL_NOTIFICATION_KINDS,
  type PersonalNotificationKind,
} from '@mcf/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AppConfig } from '../../core/config/app-config.js';
import { Mailer } from '../../core/mail/mailer.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { notificationEmail } from './notification-email.js';
import { type NotificationAddress, type NotificationRecipient, NotificationsRepository } from './notifications.repository.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { unreachableServiceOf } from '../../core/http/unreachable-service.js';

/** How long, after the SMTP server took an email, marking it sent waits for an unreachable database. */
const MARK_EMAILED_PATIENCE_MS = 5 * 60_000;

export interface NewNotification {
  organizationId: string;
  kind: NotificationKind;
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  link?: string;
  /** The same logical event always has the same key, so that it is notified once however often it is retried. */
  dedupKey: string;
}

/** A notification to the platform's administrators (all of them see it, as an organisation's members do). */
export type NewAdminNotification = Omit<NewNotification, 'organizationId' | 'kind'> & { kind: AdminNotificationKind };

/** A notification to one user as a person (the talent pool), whether or not they belong to an organisation. */
export type NewPersonalNotification = Omit<NewNotification, 'organizationId' | 'kind'> & { userId: string; kind: PersonalNotificationKind };

function isAdminKind(kind: NotificationKind): kind is AdminNotificationKind {
  return (ADMIN_NOTIFICATION_KINDS as readonly NotificationKind[]).includes(kind);
}

function isPersonalKind(kind: NotificationKind): kind is PersonalNotificationKind {
  return (PERSONAL_NOTIFICATION_KINDS as readonly NotificationKind[]).includes(kind);
}

/**
 * Whose notifications the actor reads: an administrator the platform's; anyone else their organisation's
 * (if any) and their own as a person.
 */
function recipientOf(actor: Actor): NotificationRecipient {
  if (isAdmin(actor)) return { audience: 'PLATFORM' };
  return { audience: 'MEMBER', organizationId: actor.organizationId ?? null, userId: actor.userId };
}

/**
 * In-app notifications to organisations and to the platform's administrators, and their email to the
 * members (or administrators) when SMTP is configured.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly mailer: Mailer,
    private readonly outbox: OutboxService,
    private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Records the notification once per de-duplication key, unless the organisation turned its kind off;
   * true when recorded. Its email job joins the same transaction, so neither is had without the other.
   */
  async notify(notification: NewNotification, manager?: EntityManager): Promise<boolean> {
    if (!manager) {
      const recorded = await this.dataSource.transaction((own) => this.notify(notification, own));
      if (recorded) this.outbox.kick();
      return recorded;
    }
    const preference = await this.notifications.preferenceOf(
      notification.organizationId,
      notification.kind,
      manager,
    );
    return this.record(notification, { audience: 'ORGANIZATION', organizationId: notification.organizationId }, preference, manager);
  }

  /**
   * notify, to one user as a person, inside the caller's transaction: unless the user turned the kind off;
   * emailed to the user's own address under the same rules as an organisation's notifications.
   */
  async notifyPerson(notification: NewPersonalNotification, manager: EntityManager): Promise<boolean> {
    const preference = await this.notifications.userPreferenceOf(notification.userId, notification.kind, manager);
    return this.record(notification, { audience: 'USER', userId: notification.userId }, preference, manager);
  }

  /**
   * notify, to the platform's administrators instead of an organisation: inside the caller's transaction
   * (the registration, claim or certificate it tells of), unless the administrators turned its kind off.
   * `email: false` when the caller already emails the administrators of the same event itself.
   */
  async notifyAdmins(
    notification: NewAdminNotification,
    manager: EntityManager,
    { email = true }: { email?: boolean } = {},
  ): Promise<boolean> {
    const preference = await this.notifications.platformPreferenceOf(notification.kind, manager);
    const emailed = email && (preference?.email ?? true);
    return this.record(notification, { audience: 'PLATFORM' }, { inApp: preference?.inApp ?? true, email: emailed }, manager);
  }

  /** Deletes the user's personal notifications of one kind (a person withdrawing from the talent pool). */
  forgetPersonal(userId: string, kind: PersonalNotificationKind, manager: EntityManager): Promise<number> {
    return this.notifications.deletePersonal(userId, kind, manager);
  }

  private async record(
    notification: Omit<NewNotification, 'organizationId'>,
    recipient: NotificationAddress,
    preference: { inApp: boolean; email: boolean } | null,
    manager: EntityManager,
  ): Promise<boolean> {
    if (preference && !preference.inApp) return false;
    const id = await this.notifications.insertOnce(
      {
        audience: recipient.audience,
        organizationId: recipient.audience === 'ORGANIZATION' ? recipient.organizationId : null,
        userId: recipient.audience === 'USER' ? recipient.userId : null,
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
    if (id === null) return false;
    if (this.mailer.enabled && (preference?.email ?? true)) {
      await this.outbox.record(manager, 'notification.email-due', { notificationId: id });
    }
    return true;
  }

  /** When the notifications with these de-duplication keys were recorded, so a caller can tell what it already sent. */
  recordedAt(dedupKeys: readonly string[]): Promise<Map<string, Date>> {
    return this.notifications.recordedAt(dedupKeys);
  }

  /**
   * notify for many at once, inside the caller's transaction (matching tells hundreds of firms of one demand):
   * one read of the preferences, one insert; kinds an organisation turned off are skipped, known keys too.
   */
  async notifyMany(notifications: readonly NewNotification[], manager: EntityManager): Promise<number> {
    const preferences = await this.notifications.preferencesOfMany(
      [...new Set(notifications.map((n) => n.organizationId))],
      manager,
    );
    const byOrganizationAndKind = new Map(preferences.map((p) => [`${p.organizationId}:${p.kind}`, p]));
    const preferenceOf = (n: NewNotification) => byOrganizationAndKind.get(`${n.organizationId}:${n.kind}`) ?? null;
    const wanted = notifications.filter((n) => preferenceOf(n)?.inApp ?? true);
    const ids = await this.notifications.insertManyOnce(
      wanted.map((n) => ({
        audience: 'ORGANIZATION' as const,
        organizationId: n.organizationId,
        userId: null,
        kind: n.kind,
        titleZh: n.title.zh,
        titleEn: n.title.en,
        bodyZh: n.body.zh,
        bodyEn: n.body.en,
        link: n.link ?? null,
        dedupKey: n.dedupKey,
      })),
      manager,
    );
    if (this.mailer.enabled) {
      const byKey = new Map(wanted.map((n) => [n.dedupKey, n]));
      await this.outbox.recordMany(
        manager,
        'notification.email-due',
        ids
          .filter(({ dedupKey }) => {
            const notification = byKey.get(dedupKey);
            return notification !== undefined && (preferenceOf(notification)?.email ?? true);
          })
          .map(({ id }) => ({ notificationId: id })),
      );
    }
    return ids.length;
  }

  /**
   * Emails one notification to its organisation's members (or to the administrators). A server that refuses throws, so the job is
   * retried; once sent it is marked, and a later attempt sends nothing. When the database is away just
   * after the server took the email, the mark waits for it (retried here, not by failing the job, which
   * would send the email again). (A crash between the server accepting and the mark can still send
   * twice: SMTP has no way to ask whether a message arrived.)
   */
  async sendEmail(notificationId: string): Promise<'sent' | 'already-sent' | 'no-recipients'> {
    const notification = await this.notifications.find(notificationId);
    if (!notification) throw new JobSubjectMissingError('notification', notificationId);
    if (notification.emailedAt) return 'already-sent';
    const recipients = notification.organizationId
      ? await this.notifications.memberEmails(notification.organizationId)
      : notification.userId
        ? await this.notifications.userEmails(notification.userId)
        : await this.notifications.adminEmails();
    if (recipients.length === 0) return 'no-recipients';
    await this.mailer.send({
      to: recipients,
      ...notificationEmail(notification, this.config.get('PUBLIC_URL')),
    });
    return (await this.markEmailedOnceSent(notification.id)) ? 'sent' : 'already-sent';
  }

  private async markEmailedOnceSent(id: string, patienceMs = MARK_EMAILED_PATIENCE_MS): Promise<boolean> {
    const deadline = Date.now() + patienceMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.notifications.markEmailed(id);
      } catch (error) {
        if (unreachableServiceOf(error) !== 'database' || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 200 * 2 ** attempt)));
      }
    }
  }

  async page(actor: Actor, unreadOnly: boolean, page: number, pageSize: number): Promise<NotificationPage> {
    const recipient = recipientOf(actor);
    const [rows, total] = await this.notifications.page(recipient, unreadOnly, page, pageSize);
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
      unread: await this.notifications.countUnread(recipient),
    };
  }

  async markRead(actor: Actor, id: string): Promise<void> {
    const recipient = recipientOf(actor);
    const notification = await this.notifications.find(id);
    const mine =
      notification !== null &&
      (recipient.audience === 'PLATFORM'
        ? notification.audience === 'PLATFORM'
        : notification.audience === 'USER'
          ? notification.userId === actor.userId
          : notification.organizationId !== null && notification.organizationId === actor.organizationId);
    if (!notification || !mine) throw CommonErrors.notFound();
    await this.notifications.markRead(recipient, id);
  }

  /** What the reader has now seen in place: its notifications of `kind` pointing at `link` are read at `at`. */
  markReadAbout(
    organizationId: string,
    kind: NotificationKind,
    link: string,
    at = new Date(),
  ): Promise<number> {
    return this.notifications.markReadAbout(organizationId, kind, link, at);
  }

  async markAllRead(actor: Actor): Promise<void> {
    await this.notifications.markRead(recipientOf(actor));
  }

  /**
   * Every kind the organisation can receive (all kinds for a user without one; the platform's kinds for an
   * administrator), with whether it receives it in the app and by email (on unless turned off).
   */
  async preferences(actor: Actor): Promise<NotificationPreferences> {
    let kinds: readonly NotificationKind[];
    let stored: ReadonlyArray<{ kind: NotificationKind; inApp: boolean; email: boolean }>;
    if (isAdmin(actor)) {
      kinds = ADMIN_NOTIFICATION_KINDS;
      stored = await this.notifications.platformPreferences();
    } else {
      // The organisation's kinds (shared with its members), then the user's own as a person.
      const organizationKinds = !actor.organizationId
        ? []
        : actor.organizationKind
          ? NOTIFICATION_KINDS_BY_ORGANIZATION[actor.organizationKind]
          : NOTIFICATION_KINDS.filter((kind) => !isAdminKind(kind) && !isPersonalKind(kind));
      kinds = [...organizationKinds, ...PERSONAL_NOTIFICATION_KINDS];
      stored = [
        ...(actor.organizationId ? await this.notifications.preferencesOf(actor.organizationId) : []),
        ...(await this.notifications.userPreferences(actor.userId)),
      ];
    }
    const byKind = new Map(stored.map((p) => [p.kind, p]));
    return {
      items: kinds.map((kind) => ({
        kind,
        inApp: byKind.get(kind)?.inApp ?? true,
        email: byKind.get(kind)?.email ?? true,
      })),
      emailDelivery: this.mailer.enabled,
    };
  }

  async savePreferences(
    actor: Actor,
    preferences: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    if (isAdmin(actor)) {
      await this.notifications.savePlatformPreferences(
        preferences.items.filter((item): item is typeof item & { kind: AdminNotificationKind } => isAdminKind(item.kind)),
      );
      return this.preferences(actor);
    }
    const personal = preferences.items.filter((item): item is typeof item & { kind: PersonalNotificationKind } => isPersonalKind(item.kind));
    const organizational = preferences.items.filter((item) => !isPersonalKind(item.kind) && !isAdminKind(item.kind));
    await this.notifications.saveUserPreferences(actor.userId, personal);
    if (organizational.length > 0) {
      if (!actor.organizationId) throw CommonErrors.forbidden();
      await this.notifications.savePreferences(actor.organizationId, organizational);
    }
    return this.preferences(actor);
  }
}
