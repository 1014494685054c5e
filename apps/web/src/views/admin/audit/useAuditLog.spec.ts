import type { AuditEventPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import {
  auditChanges,
  auditQueryErrors,
  buildAuditQuery,
  compactJson,
  DEFAULT_AUDIT_FILTERS,
  useAuditLog,
} from './useAuditLog';

const emptyPage: AuditEventPage = { items: [], total: 0, page: 1, pageSize: 20, next: null };

describe('audit query', () => {
  it('sends paging only when nothing is filtered', () => {
    expect(buildAuditQuery(DEFAULT_AUDIT_FILTERS)).toEqual({ page: 1, pageSize: 20 });
  });

  it('trims the text filters and leaves out blank ones', () => {
    expect(
      buildAuditQuery({
        ...DEFAULT_AUDIT_FILTERS,
        action: ' organization.verify ',
        targetType: 'organization',
        targetId: '  ',
        actorUserId: ' 3d0a8f7e-2b1c-4f5e-9a8b-7c6d5e4f3a21',
        page: 2,
      }),
    ).toEqual({
      action: 'organization.verify',
      targetType: 'organization',
      actorUserId: '3d0a8f7e-2b1c-4f5e-9a8b-7c6d5e4f3a21',
      page: 2,
      pageSize: 20,
    });
  });

  it('sends the actor and organisation name searches, trimmed', () => {
    expect(
      buildAuditQuery({ ...DEFAULT_AUDIT_FILTERS, actor: ' 张三 ', organization: ' 咸宁 ' }),
    ).toEqual({ actor: '张三', organization: '咸宁', page: 1, pageSize: 20 });
  });

  it('asks from the start of the first day to the start of the day after the last (the API’s `to` is exclusive)', () => {
    const query = buildAuditQuery({
      ...DEFAULT_AUDIT_FILTERS,
      from: new Date(2026, 2, 1, 15, 30),
      to: new Date(2026, 2, 31, 9, 0),
    });
    expect(query.from).toBe(new Date(2026, 2, 1).toISOString());
    expect(query.to).toBe(new Date(2026, 3, 1).toISOString());
    expect(auditQueryErrors(query)).toEqual({});
  });

  it('catches a malformed actor id with the API’s schema before asking', () => {
    expect(auditQueryErrors(buildAuditQuery({ ...DEFAULT_AUDIT_FILTERS, actorUserId: 'admin' }))).toEqual({
      actorUserId: { kind: 'key', key: 'validation.uuid' },
    });
  });
});

describe('auditChanges', () => {
  it('lists only the keys that changed, were added or removed', () => {
    expect(
      auditChanges({
        before: { status: 'PENDING_VERIFICATION', statusReason: null, name: '甲', tags: ['a'] },
        after: { status: 'VERIFIED', statusReason: null, name: '甲', tags: ['a', 'b'], verifiedBy: 'u1' },
      }),
    ).toEqual([
      { key: 'status', kind: 'changed', before: 'PENDING_VERIFICATION', after: 'VERIFIED' },
      { key: 'tags', kind: 'changed', before: ['a'], after: ['a', 'b'] },
      { key: 'verifiedBy', kind: 'added', after: 'u1' },
    ]);
  });

  it('treats a missing side as empty', () => {
    expect(auditChanges({ before: null, after: { email: 'a@example.cn' } })).toEqual([
      { key: 'email', kind: 'added', after: 'a@example.cn' },
    ]);
    expect(auditChanges({ before: { disabled: false }, after: null })).toEqual([
      { key: 'disabled', kind: 'removed', before: false },
    ]);
    expect(auditChanges({ before: null, after: null })).toEqual([]);
  });

  it('shows values as compact JSON, cut when long', () => {
    expect(compactJson({ a: 1 })).toBe('{"a":1}');
    expect(compactJson('x'.repeat(100), 10)).toBe(`"${'x'.repeat(8)}…`);
  });
});

describe('useAuditLog', () => {
  it('loads on start, again from page 1 when filtered, and not at all with an invalid filter', async () => {
    const listAuditEvents = vi.fn(() => Promise.resolve(emptyPage));
    const scope = effectScope();
    const log = scope.run(() => useAuditLog({ listAuditEvents }))!;
    await vi.waitFor(() => expect(log.state.value).toBe('ready'));

    await log.setPage(4);
    await log.filterBy({ targetType: 'organization', targetId: 'org-1' });
    expect(listAuditEvents).toHaveBeenLastCalledWith(
      { targetType: 'organization', targetId: 'org-1', page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );

    log.filters.actorUserId = 'not-a-uuid';
    await log.applyFilters();
    expect(listAuditEvents).toHaveBeenCalledTimes(3);
    expect(log.filterErrors.value.actorUserId).toEqual({ kind: 'key', key: 'validation.uuid' });
    scope.stop();
  });
});
