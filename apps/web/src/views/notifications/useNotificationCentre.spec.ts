import type { NotificationPage, NotificationPreferences, NotificationView } from '@mcf/contracts';
import { NOTIFICATION_KINDS_BY_ORGANIZATION } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../api/http';
import { problem } from '../../testing/fixtures';
import { type NotificationCentreDependencies, useNotificationCentre } from './useNotificationCentre';

function notification(id: string, patch: Partial<NotificationView> = {}): NotificationView {
  return {
    id,
    kind: 'MESSAGE_RECEIVED',
    titleZh: '某部队装备采购站 发来消息',
    titleEn: 'Message from a procurer',
    bodyZh: '请报价。',
    bodyEn: 'Please quote.',
    link: '/demands/d1',
    createdAt: '2026-03-01T09:00:00.000Z',
    readAt: null,
    ...patch,
  };
}

/** A firm's stored preferences: every kind it can receive, DEMAND_MATCHED turned off in the app. */
function storedPreferences(): NotificationPreferences {
  return {
    items: NOTIFICATION_KINDS_BY_ORGANIZATION.ENTERPRISE.map((kind) => ({ kind, inApp: kind !== 'DEMAND_MATCHED', email: true })),
    emailDelivery: false,
  };
}

function start(dependencies: NotificationCentreDependencies = {}) {
  let items = [notification('n1'), notification('n2', { readAt: '2026-03-01T10:00:00.000Z' })];
  const deps = {
    getNotifications: vi.fn(
      dependencies.getNotifications ??
        ((query: { unreadOnly?: 'true' | 'false' } = {}): Promise<NotificationPage> => {
          const shown = query.unreadOnly === 'true' ? items.filter((n) => !n.readAt) : items;
          return Promise.resolve({ items: shown, total: shown.length, page: 1, pageSize: 20, unread: items.filter((n) => !n.readAt).length });
        }),
    ),
    markNotificationRead: vi.fn(dependencies.markNotificationRead ?? (() => Promise.resolve())),
    markAllNotificationsRead: vi.fn(
      dependencies.markAllNotificationsRead ??
        (() => {
          items = items.map((n) => ({ ...n, readAt: n.readAt ?? '2026-03-01T11:00:00.000Z' }));
          return Promise.resolve();
        }),
    ),
    getNotificationPreferences: vi.fn(
      dependencies.getNotificationPreferences ?? ((): Promise<NotificationPreferences> => Promise.resolve(storedPreferences())),
    ),
    saveNotificationPreferences: vi.fn(
      dependencies.saveNotificationPreferences ??
        ((body: NotificationPreferences) => {
          // As the API answers: every kind of the organisation, with the saved ones changed.
          const saved = new Map(body.items.map((item) => [item.kind, item]));
          const all = storedPreferences();
          return Promise.resolve({ ...all, items: all.items.map((item) => ({ ...item, ...saved.get(item.kind) })) });
        }),
    ),
    onUnreadChanged: vi.fn(),
  };
  const scope = effectScope();
  const centre = scope.run(() => useNotificationCentre(deps))!;
  return { ...centre, ...deps };
}

describe('通知中心: the list', () => {
  it('loads notifications newest first with the unread count, filters to the unread, and pages', async () => {
    const centre = start();
    await centre.loadAll();
    expect(centre.state.value).toBe('ready');
    expect(centre.items.value.map((n) => n.id)).toEqual(['n1', 'n2']);
    expect(centre.unread.value).toBe(1);
    expect(centre.getNotifications).toHaveBeenCalledWith({ page: 1, pageSize: 20, unreadOnly: 'false' }, expect.any(AbortSignal));
    await centre.setUnreadOnly(true);
    expect(centre.items.value.map((n) => n.id)).toEqual(['n1']);
    expect(centre.getNotifications).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, unreadOnly: 'true' }, expect.any(AbortSignal));
    await centre.setPage(2);
    expect(centre.getNotifications).toHaveBeenLastCalledWith({ page: 2, pageSize: 20, unreadOnly: 'true' }, expect.any(AbortSignal));
  });

  it('shows a failed load as an error', async () => {
    const centre = start({ getNotifications: () => Promise.reject(new ApiProblem(problem(500, 'INTERNAL', { title: '服务器错误' }))) });
    await centre.load();
    expect(centre.state.value).toBe('error');
    expect(centre.error.value).toEqual({ kind: 'plain', text: '服务器错误' });
  });

  it('marks one read in place and tells the header’s badge', async () => {
    const centre = start();
    await centre.load();
    expect(await centre.markRead(centre.items.value[0]!)).toBe(true);
    expect(centre.markNotificationRead).toHaveBeenCalledWith('n1');
    expect(centre.items.value[0]!.readAt).not.toBeNull();
    expect(centre.unread.value).toBe(0);
    expect(centre.onUnreadChanged).toHaveBeenCalledTimes(1);
    // Already read: nothing to do.
    expect(await centre.markRead(centre.items.value[1]!)).toBe(false);
    expect(centre.markNotificationRead).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed mark unread with its error; one gone meanwhile reloads the list', async () => {
    const failing = start({ markNotificationRead: () => Promise.reject(new ApiProblem(problem(500, 'INTERNAL', { title: '服务器错误' }))) });
    await failing.load();
    expect(await failing.markRead(failing.items.value[0]!)).toBe(false);
    expect(failing.items.value[0]!.readAt).toBeNull();
    expect(failing.markError.value).toEqual({ kind: 'plain', text: '服务器错误' });
    expect(failing.onUnreadChanged).not.toHaveBeenCalled();

    const gone = start({ markNotificationRead: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))) });
    await gone.load();
    await gone.markRead(gone.items.value[0]!);
    expect(gone.markError.value).toBeNull();
    expect(gone.getNotifications).toHaveBeenCalledTimes(2);
  });

  it('marks all read, reloads from the first page and tells the badge', async () => {
    const centre = start();
    await centre.load();
    await centre.setPage(2);
    expect(await centre.markAllRead()).toBe(true);
    expect(centre.markAllNotificationsRead).toHaveBeenCalledTimes(1);
    expect(centre.page.value).toBe(1);
    expect(centre.unread.value).toBe(0);
    expect(centre.onUnreadChanged).toHaveBeenCalledTimes(1);
  });
});

describe('通知中心: preferences', () => {
  it('lists the kinds the answer lists (those of the organisation), in its order, with their settings', async () => {
    const centre = start();
    await centre.loadPreferences();
    expect(centre.preferencesState.value).toBe('ready');
    expect(centre.preferences.value.map((r) => r.kind)).toEqual([...NOTIFICATION_KINDS_BY_ORGANIZATION.ENTERPRISE]);
    expect(centre.preferences.value.find((r) => r.kind === 'DEMAND_MATCHED')?.inApp).toBe(false);
    expect(centre.preferences.value.find((r) => r.kind === 'MESSAGE_RECEIVED')?.inApp).toBe(true);
    expect(centre.emailDelivery.value).toBe(false);
  });

  it('saves a switch at once, sending only that kind', async () => {
    const centre = start();
    await centre.loadPreferences();
    expect(await centre.setPreference('MESSAGE_RECEIVED', 'inApp', false)).toBe(true);
    expect(centre.saveNotificationPreferences).toHaveBeenCalledWith({ items: [{ kind: 'MESSAGE_RECEIVED', inApp: false }] });
    expect(centre.preferences.value.find((r) => r.kind === 'MESSAGE_RECEIVED')?.inApp).toBe(false);
    expect(await centre.setPreference('MESSAGE_RECEIVED', 'email', false)).toBe(true);
    expect(centre.saveNotificationPreferences).toHaveBeenLastCalledWith({ items: [{ kind: 'MESSAGE_RECEIVED', inApp: false, email: false }] });
    // Setting a switch to what it already is sends nothing.
    expect(await centre.setPreference('AWARD_OUTCOME', 'email', true)).toBe(false);
    expect(centre.saveNotificationPreferences).toHaveBeenCalledTimes(2);
  });

  it('puts a switch back when the save fails (administrators have no settings)', async () => {
    const centre = start({ saveNotificationPreferences: () => Promise.reject(new ApiProblem(problem(403, 'FORBIDDEN', { title: '无权操作' }))) });
    await centre.loadPreferences();
    expect(await centre.setPreference('AWARD_OUTCOME', 'inApp', false)).toBe(false);
    expect(centre.preferences.value.find((r) => r.kind === 'AWARD_OUTCOME')?.inApp).toBe(true);
    expect(centre.saveError.value).toEqual({ kind: 'plain', text: '无权操作' });
  });
});
