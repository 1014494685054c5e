import { describe, expect, it, vi } from 'vitest';
import type { AppConfig } from '../../core/config/app-config.js';
import type { Mailer } from '../../core/mail/mailer.js';
import type { OutboxService } from '../../core/outbox/outbox.service.js';
import type { DataSource } from 'typeorm';
import { NotificationsService } from './notifications.service.js';
import type { NotificationsRepository } from './notifications.repository.js';

const notification = { id: 'n1', organizationId: 'o1', emailedAt: null, titleZh: '标题', titleEn: 'Title', bodyZh: '正文', bodyEn: 'Body', link: null };

function service(markEmailed: () => Promise<boolean>) {
  const send = vi.fn(async () => undefined);
  const repository = {
    find: async () => notification,
    memberEmails: async () => ['a@example.cn'],
    markEmailed: vi.fn(markEmailed),
  } as unknown as NotificationsRepository;
  const mailer = { enabled: true, send } as unknown as Mailer;
  const config = { get: () => undefined } as unknown as AppConfig;
  return { send, repository, notifications: new NotificationsService(repository, mailer, {} as OutboxService, config, {} as DataSource) };
}

const refused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });

describe('NotificationsService.sendEmail', () => {
  it('once the SMTP server took the email, waits for an unreachable database to mark it sent instead of failing (and sending again)', async () => {
    let calls = 0;
    const { send, repository, notifications } = service(async () => {
      calls += 1;
      if (calls < 3) throw refused();
      return true;
    });
    expect(await notifications.sendEmail('n1')).toBe('sent');
    expect(send).toHaveBeenCalledTimes(1);
    expect(repository.markEmailed).toHaveBeenCalledTimes(3);
  });

  it('fails the job on any other error of the mark', async () => {
    const { send, notifications } = service(async () => {
      throw new TypeError('defect');
    });
    await expect(notifications.sendEmail('n1')).rejects.toThrow('defect');
    expect(send).toHaveBeenCalledTimes(1);
  });
});
