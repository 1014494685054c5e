import { Injectable } from '@nestjs/common';
import type { ExpiringQualificationPage, ExpiringQualificationQuerySchema, ExpiryReminderResult } from '@mcf/contracts';
import { chinaDateOf, daysUntilExpiry, type ExpiryWatchWindow, expiryWatchWindow, regionCodePrefix } from '@mcf/domain';
import type { z } from 'zod';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Qualification } from './entities/qualification.entity.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { qualificationName } from './qualifications.service.js';

/** The one key of an administrator's reminder: once per certificate, expiry date and watch window. */
export function expiryReminderKey(q: Pick<Qualification, 'id' | 'expiresOn'>, window: ExpiryWatchWindow): string {
  return `qualification-expiry-admin-reminder:${q.id}:${q.expiresOn}:${window}`;
}

/**
 * 到期预警: administrators watch approved certificates that expire within 30, 60 or 90 days and remind
 * their owners, once per certificate and window (the daily sweep's own 60/30/7-day reminders go on
 * regardless).
 */
@Injectable()
export class QualificationExpiriesService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  async page(query: z.output<typeof ExpiringQualificationQuerySchema>, now = new Date()): Promise<ExpiringQualificationPage> {
    const today = chinaDateOf(now);
    const within = Number(query.within);
    const horizon = chinaDateOf(new Date(now.getTime() + within * 86_400_000));
    const [rows, total] = await this.enterprises.expiringPage(
      { from: today, to: horizon, type: query.type, regionPrefix: query.region ? regionCodePrefix(query.region) : undefined },
      query.page,
      query.pageSize,
    );
    const withWindow = rows.map((q) => {
      const daysLeft = daysUntilExpiry(q.expiresOn, now);
      return { q, daysLeft, window: expiryWatchWindow(daysLeft) ?? 90 };
    });
    const reminded = await this.notifications.recordedAt(withWindow.map(({ q, window }) => expiryReminderKey(q, window)));
    return {
      items: withWindow.map(({ q, daysLeft, window }) => ({
        id: q.id,
        organizationId: q.organizationId,
        organizationName: q.organizationName,
        regionCode: q.regionCode,
        type: q.type,
        name: qualificationName(q),
        level: q.level,
        certificateNo: q.certificateNo,
        expiresAt: q.expiresOn,
        daysLeft,
        window,
        remindedAt: reminded.get(expiryReminderKey(q, window))?.toISOString() ?? null,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Reminds the owner of each certificate once in its current window: a notification (the organisation's
   * preferences for expiry reminders apply) and an audit entry, together. Others are reported, not failed.
   */
  async remind(actor: Actor, ids: readonly string[], now = new Date()): Promise<ExpiryReminderResult> {
    const unique = [...new Set(ids)];
    const found = new Map((await this.enterprises.findQualificationsByIds(unique)).map((q) => [q.id, q]));
    const result: ExpiryReminderResult = { reminded: [], skipped: [] };
    for (const id of unique) {
      const q = found.get(id);
      if (!q) {
        result.skipped.push({ id, reason: 'NOT_FOUND' });
        continue;
      }
      const daysLeft = daysUntilExpiry(q.expiresOn, now);
      const window = expiryWatchWindow(daysLeft);
      if (q.status !== 'APPROVED' || window === null) {
        result.skipped.push({ id, reason: 'NOT_EXPIRING' });
        continue;
      }
      const key = expiryReminderKey(q, window);
      if ((await this.notifications.recordedAt([key])).has(key)) {
        result.skipped.push({ id, reason: 'ALREADY_REMINDED' });
        continue;
      }
      const outcome = await this.enterprises.transaction(async (manager) => {
        const name = qualificationName(q);
        const recorded = await this.notifications.notify(
          {
            organizationId: q.organizationId,
            kind: 'QUALIFICATION_EXPIRING',
            title: {
              zh: daysLeft === 0 ? `资质今天到期：${name}` : `资质将于${daysLeft}天后到期：${name}`,
              en: daysLeft === 0 ? `Certificate expires today: ${name}` : `Certificate expires in ${daysLeft} days: ${name}`,
            },
            body: {
              zh: `平台管理员提醒：证书编号 ${q.certificateNo} 有效期至 ${q.expiresOn}，到期后不再计入匹配。请及时续证并上传新证书。`,
              en: `A platform administrator reminds you: certificate ${q.certificateNo} is valid through ${q.expiresOn} and stops counting for matching after that. Please renew it and upload the new one.`,
            },
            link: '/enterprise/qualifications',
            dedupKey: key,
          },
          manager,
        );
        if (!recorded) return false;
        await this.audit.record(
          {
            actor,
            action: 'admin.qualification.expiry_reminded',
            targetType: 'qualification',
            targetId: q.id,
            after: { expiresOn: q.expiresOn, window, daysLeft },
          },
          manager,
        );
        return true;
      });
      if (outcome) result.reminded.push(id);
      else {
        // Not recorded: the key arrived meanwhile (another administrator), or the firm turned the kind off.
        const known = (await this.notifications.recordedAt([key])).has(key);
        result.skipped.push({ id, reason: known ? 'ALREADY_REMINDED' : 'NOTIFICATIONS_OFF' });
      }
    }
    return result;
  }
}
