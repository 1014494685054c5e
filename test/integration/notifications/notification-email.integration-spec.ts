/**
 * Email delivery of notifications (SMTP configured): a notification is emailed to the organisation's
 * members, Chinese first, with an absolute link; while the SMTP server is down the email waits and is
 * retried, never lost; a retried job never sends twice; a kind's email can be turned off while it stays
 * on in the app.
 */
import {
  NOTIFICATION_KINDS_BY_ORGANIZATION,
  type NotificationPage,
  type NotificationPreferences,
  PERSONAL_NOTIFICATION_KINDS,
} from '@mcf/contracts';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA, registerNamed, waitUntil } from '../../support/marketplace.js';
import { freePort, SmtpSink } from '../../support/smtp-sink.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let sink: SmtpSink;
let admin: string;

beforeAll(async () => {
  sink = new SmtpSink(await freePort());
  app = await startApp(
    appEnvironment(services, { ...WITHOUT_DEMO_DATA, SMTP_URL: sink.url, PUBLIC_URL: 'https://mcf.example.cn' }),
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await sink?.stop();
});

const statusNotifications = async (token: string) =>
  (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=50', { token })).body.items.filter(
    (n) => n.kind === 'ORGANIZATION_STATUS_CHANGED',
  );

describe('notification email', () => {
  it('waits while the SMTP server is down, then delivers once to the members, in both languages', async () => {
    const firm = await registerNamed(api, 'ENTERPRISE', '咸宁邮件通知测试有限公司', newCreditCode(), '421202');
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');

    // In the app at once; the email is retried while nothing listens on the SMTP port.
    const [notification] = await waitUntil('in-app notification', () => statusNotifications(firm.token), (n) => n.length === 1);
    await new Promise((r) => setTimeout(r, 2500));
    expect(sink.received).toEqual([]);

    await sink.start();
    const [mail] = await waitUntil('email delivered', async () => sink.to(firm.email), (m) => m.length === 1, 45_000);
    expect(mail!.to).toEqual([firm.email]);
    expect(mail!.subject).toBe(`${notification!.titleZh} / ${notification!.titleEn}`);
    expect(mail!.text.indexOf(notification!.titleZh)).toBeLessThan(mail!.text.indexOf(notification!.titleEn));
    expect(mail!.text).toContain('查看详情：https://mcf.example.cn/account');

    // Running its job twice more sends nothing more.
    const queue = new Queue('notifications', { connection: { url: services.redisUrl }, prefix: services.queuePrefix });
    try {
      const jobs = await Promise.all([
        queue.add('send-notification-email', { notificationId: notification!.id }),
        queue.add('send-notification-email', { notificationId: notification!.id }),
      ]);
      const results = await waitUntil(
        'retried jobs done',
        async () => Promise.all(jobs.map(async (j) => (await queue.getJob(j.id!))?.returnvalue ?? null)),
        (done) => done.every((value) => value !== null),
      );
      expect(results).toEqual(['already-sent', 'already-sent']);
    } finally {
      await queue.close();
    }
    expect(sink.to(firm.email)).toHaveLength(1);
  });

  it('stops emailing a kind the organisation turned off by email, and keeps it in the app', async () => {
    const firm = await registerNamed(api, 'ENTERPRISE', '咸宁邮件偏好测试有限公司', newCreditCode(), '421202');
    if (!sink.received.length) await sink.start();
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    await waitUntil('verified email', async () => sink.to(firm.email), (m) => m.length === 1, 45_000);

    const saved = await api.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', {
      token: firm.token,
      body: { items: [{ kind: 'ORGANIZATION_STATUS_CHANGED', inApp: true, email: false }] },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.emailDelivery).toBe(true);
    expect(saved.body.items.find((p) => p.kind === 'ORGANIZATION_STATUS_CHANGED')).toEqual({
      kind: 'ORGANIZATION_STATUS_CHANGED',
      inApp: true,
      email: false,
    });
    // Each kind of organisation is offered the kinds it can receive, then the member's own as a person of
    // the talent pool (#15: a member may keep a talent profile too).
    expect(saved.body.items.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS_BY_ORGANIZATION.ENTERPRISE, ...PERSONAL_NOTIFICATION_KINDS]);
    const procurer = await registerNamed(api, 'PROCURER', '邮件偏好测试采购单位', newCreditCode(), '421200');
    const procurerKinds = await api.call<NotificationPreferences>('GET', '/api/v1/notifications/preferences', { token: procurer.token });
    expect(procurerKinds.body.items.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS_BY_ORGANIZATION.PROCURER, ...PERSONAL_NOTIFICATION_KINDS]);

    // Leaving `email` out keeps the stored choice.
    const kept = await api.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', {
      token: firm.token,
      body: { items: [{ kind: 'ORGANIZATION_STATUS_CHANGED', inApp: true }] },
    });
    expect(kept.body.items.find((p) => p.kind === 'ORGANIZATION_STATUS_CHANGED')?.email).toBe(false);

    // Suspended and reinstated while email is off: both in the app, neither emailed.
    await api.setOrganizationStatus(admin, firm.organizationId, 'suspend');
    await api.setOrganizationStatus(admin, firm.organizationId, 'reinstate');
    await waitUntil('both in the app', () => statusNotifications(firm.token), (n) => n.length === 3);

    // Email back on (a suspended organisation could not change it: it is read-only): the next one is emailed.
    const on = await api.call('PUT', '/api/v1/notifications/preferences', {
      token: firm.token,
      body: { items: [{ kind: 'ORGANIZATION_STATUS_CHANGED', inApp: true, email: true }] },
    });
    expect(on.status).toBe(200);
    await api.setOrganizationStatus(admin, firm.organizationId, 'suspend');
    const mails = await waitUntil('suspension email', async () => sink.to(firm.email), (m) => m.length >= 2, 45_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(sink.to(firm.email).map((m) => m.subject)).toEqual([
      '机构状态变更为：已认证 / Your organisation is now verified',
      '机构状态变更为：已暂停 / Your organisation is now suspended',
    ]);
    expect(mails).toHaveLength(2);
  });
});
