import { type AuditEventPage, type AuditEventView, AuditQuerySchema } from '@mcf/contracts';
import { shallowRef } from 'vue';
import { type AuditListQuery, listAuditEvents } from '../../../api/audit';
import { useAdminList } from '../../../composables/useAdminList';
import { type FieldErrors, issuesToFieldErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** The filter bar; the dates are whole days in the viewer's time zone, both inclusive. */
export interface AuditFilters {
  /** One of AUDIT_ACTIONS, or '' for all. */
  action: string;
  targetType: string;
  /** Set by the links in the table (one target, one actor), shown as removable tags rather than typed. */
  targetId: string;
  actorUserId: string;
  /** Part of the actor's name or email. */
  actor: string;
  /** Part of an organisation's name. */
  organization: string;
  from: Date | null;
  to: Date | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_AUDIT_FILTERS: Readonly<AuditFilters> = {
  action: '',
  targetType: '',
  targetId: '',
  actorUserId: '',
  actor: '',
  organization: '',
  from: null,
  to: null,
  page: 1,
  pageSize: 20,
};

function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * The API query for the filters: only what is set, trimmed. The API's `to` is exclusive, so the last
 * chosen day is included by asking up to the start of the day after it.
 */
export function buildAuditQuery(filters: AuditFilters): AuditListQuery {
  const query: AuditListQuery = { page: filters.page, pageSize: filters.pageSize };
  for (const key of ['action', 'targetType', 'targetId', 'actorUserId', 'actor', 'organization'] as const) {
    const value = filters[key].trim();
    if (value) query[key] = value;
  }
  if (filters.from) query.from = startOfDay(filters.from).toISOString();
  if (filters.to) {
    const dayAfter = startOfDay(filters.to);
    dayAfter.setDate(dayAfter.getDate() + 1);
    query.to = dayAfter.toISOString();
  }
  return query;
}

export const AUDIT_FILTER_FALLBACK_KEYS: Readonly<Record<string, string>> = {
  actorUserId: 'validation.uuid',
  action: 'validation.tooLong',
  targetType: 'validation.tooLong',
  targetId: 'validation.tooLong',
  actor: 'validation.tooLong',
  organization: 'validation.tooLong',
};

/** Checks the query with the API's schema, so a malformed user id is caught before asking. */
export function auditQueryErrors(query: AuditListQuery): Record<string, LocalisedText> {
  const parsed = AuditQuerySchema.safeParse(query);
  return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues, AUDIT_FILTER_FALLBACK_KEYS);
}

export interface AuditChange {
  key: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What an event changed, key by key: only the keys whose value differs between before and after. */
export function auditChanges(event: Pick<AuditEventView, 'before' | 'after'>): AuditChange[] {
  const before = event.before ?? {};
  const after = event.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const inBefore = key in before;
    const inAfter = key in after;
    if (inBefore && inAfter && sameValue(before[key], after[key])) continue;
    if (!inBefore) changes.push({ key, kind: 'added', after: after[key] });
    else if (!inAfter) changes.push({ key, kind: 'removed', before: before[key] });
    else changes.push({ key, kind: 'changed', before: before[key], after: after[key] });
  }
  return changes;
}

/** A value as compact JSON, cut at `max` characters. */
export function compactJson(value: unknown, max = 80): string {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > max ? `${json.slice(0, max - 1)}…` : json;
}

export interface AuditLogDependencies {
  listAuditEvents?: (query: AuditListQuery, signal?: AbortSignal) => Promise<AuditEventPage>;
}

/** 审计日志: the append-only trail, filtered by action, target, actor and days, newest first. */
export function useAuditLog(dependencies: AuditLogDependencies = {}) {
  const list = dependencies.listAuditEvents ?? listAuditEvents;
  const filterErrors = shallowRef<FieldErrors>({});
  const { filters, result, state, loadError, load, applyFilters, setPage, setPageSize, resetFilters } =
    useAdminList({
      initial: DEFAULT_AUDIT_FILTERS as AuditFilters,
      resetTo: DEFAULT_AUDIT_FILTERS,
      // Filters the API would refuse are named beside their fields instead of asked.
      canLoad: (current) => {
        filterErrors.value = auditQueryErrors(buildAuditQuery(current));
        return Object.keys(filterErrors.value).length === 0;
      },
      fetch: (current, signal) => list(buildAuditQuery(current), signal),
    });

  /** Narrows the list to one target or one actor (the links in the table). */
  function filterBy(
    patch: Partial<Pick<AuditFilters, 'targetType' | 'targetId' | 'actorUserId' | 'action' | 'organization'>>,
  ) {
    Object.assign(filters, patch);
    return applyFilters();
  }

  void load();

  return {
    filters,
    result,
    state,
    loadError,
    filterErrors,
    load,
    applyFilters,
    setPage,
    setPageSize,
    resetFilters,
    filterBy,
  };
}
