import { Injectable, Logger } from '@nestjs/common';
import {
  type AlertItemView,
  type AlertPage,
  SAVED_SEARCHES_MAX,
  type SavedSearchCreate,
  type SavedSearchKind,
  type SavedSearchList,
  type SavedSearchQuery,
  SavedSearchQuerySchema,
  type SavedSearchView,
} from '@mcf/contracts';
import { type AlertSubject, alertRankScore, isDemotedAlert, similarityToDismissed } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { type AlertRow, AlertsRepository } from './alerts.repository.js';
import { AlertErrors } from './alerts.errors.js';
import type { SavedSearch } from './entities/saved-search.entity.js';
import { ItemIndexCatchUp } from './item-index.catch-up.js';
import { type MatchedItem, SavedSearchMatcher } from './saved-search.matcher.js';

/** Saved searches read per batch when an item is checked. */
const SAVED_SEARCH_BATCH = 200;
/** Titles a digest names; the rest are counted. */
const DIGEST_TITLES = 5;
const NOTIFICATION_TITLE_MAX = 200;

const LINKS: Record<SavedSearchKind, (id: string) => string> = {
  DEMANDS: (id) => `/demands/${id}`,
  ENTERPRISES: (id) => `/enterprises/${id}`,
};

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The stored query, validated again (a saved search written under older rules is skipped, not trusted). */
function storedQuery(search: SavedSearch): SavedSearchQuery | null {
  const parsed = SavedSearchQuerySchema.safeParse(search.query);
  return parsed.success ? parsed.data : null;
}

function savedSearchView(search: SavedSearch): SavedSearchView {
  return {
    id: search.id,
    kind: search.kind,
    name: search.name,
    query: storedQuery(search) ?? { q: '', sectors: [], regions: [], qualifications: [] },
    frequency: search.frequency,
    createdAt: search.createdAt.toISOString(),
  };
}

function alertView(row: AlertRow): AlertItemView {
  const { alert } = row;
  return {
    id: alert.id,
    savedSearchId: alert.savedSearchId,
    savedSearchName: row.savedSearchName,
    kind: alert.kind,
    itemId: alert.itemId,
    title: alert.title,
    link: LINKS[alert.kind](alert.itemId),
    rankScore: alert.rankScore,
    demoted: alert.demoted,
    feedback: row.feedback,
    createdAt: alert.createdAt.toISOString(),
    notifiedAt: alert.notifiedAt?.toISOString() ?? null,
  };
}

/** Who owns saved searches, resolved once per job. */
type OwnerCache = Map<string, Actor | null>;

/**
 * Saved searches and their alerts. When a demand is published or revised, or a profile published, a job
 * checks every saved search of that kind against that one item with Meilisearch (as the owner's own
 * search would), stores an alert per saved search and item, and notifies at once (IMMEDIATE) or in the
 * daily digest (DAILY). Items like those the user marked not relevant rank lower; very like them, they
 * are listed last and not notified at once.
 */
@Injectable()
export class AlertsService {
  private readonly logger = new Logger('Alerts');

  constructor(
    private readonly alerts: AlertsRepository,
    private readonly matcher: SavedSearchMatcher,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly index: ItemIndexCatchUp,
  ) {}

  async savedSearches(actor: Actor): Promise<SavedSearchList> {
    const items = await this.alerts.savedSearchesOf(actor.userId);
    return { items: items.map(savedSearchView), max: SAVED_SEARCHES_MAX };
  }

  async createSavedSearch(actor: Actor, input: SavedSearchCreate): Promise<SavedSearchView> {
    const created = await this.alerts.transaction(async (manager) => {
      await this.alerts.lockUser(actor.userId, manager);
      const existing = await this.alerts.savedSearchesOf(actor.userId, manager);
      if (existing.length >= SAVED_SEARCHES_MAX) throw AlertErrors.tooManySavedSearches();
      return this.alerts.insertSavedSearch(
        {
          userId: actor.userId,
          kind: input.kind,
          name: input.name,
          query: input.query,
          frequency: input.frequency,
        },
        manager,
      );
    });
    return savedSearchView(created);
  }

  /** Deletes the user's own saved search (and its alerts); anyone else's does not exist for them. */
  async deleteSavedSearch(actor: Actor, id: string): Promise<void> {
    const search = await this.alerts.findSavedSearch(id);
    if (!search || search.userId !== actor.userId) throw CommonErrors.notFound();
    await this.alerts.deleteSavedSearch(id);
  }

  async alertPage(actor: Actor, page: number, pageSize: number): Promise<AlertPage> {
    const [rows, total] = await this.alerts.alertPage(actor.userId, page, pageSize);
    return { items: rows.map(alertView), total, page, pageSize };
  }

  /** "不相关" (or relevant after all) on one of the user's own alerts; kept per user and item. */
  async giveFeedback(actor: Actor, alertId: string, relevant: boolean): Promise<AlertItemView> {
    const row = await this.alerts.findAlertRow(alertId);
    if (!row || row.alert.userId !== actor.userId) throw CommonErrors.notFound();
    await this.alerts.saveFeedback({
      userId: actor.userId,
      kind: row.alert.kind,
      itemId: row.alert.itemId,
      relevant,
      title: row.alert.title,
      sectors: row.alert.sectors,
    });
    return alertView({ ...row, feedback: relevant });
  }

  /**
   * The alert job of a published or revised demand (DEMANDS) or a published profile (ENTERPRISES), with
   * the job's outbox id as `version`. The index is brought up to the change first (see ItemIndexCatchUp).
   */
  async checkItem(
    kind: SavedSearchKind,
    itemId: string,
    version: number,
  ): Promise<{ alerted: number; notified: number }> {
    // Nobody saved a search of this kind: nothing to check, and no reason to write the document ahead of
    // its indexing job (a second engine write per publication, each a batch of its own).
    const first = await this.alerts.savedSearchesOfKind(kind, null, 1);
    if (first.length === 0) return { alerted: 0, notified: 0 };
    await this.index.catchUp(kind, itemId, version);
    const item = await this.matcher.indexed(kind, itemId);
    if (!item) return { alerted: 0, notified: 0 };
    const owners: OwnerCache = new Map();
    let alerted = 0;
    let notified = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.alerts.savedSearchesOfKind(kind, after, SAVED_SEARCH_BATCH);
      if (batch.length === 0) break;
      after = batch[batch.length - 1]!.id;
      const candidates: { search: SavedSearch; query: SavedSearchQuery; owner: Actor }[] = [];
      for (const search of batch) {
        const query = storedQuery(search);
        const owner = await this.ownerOf(search.userId, owners);
        // Nobody is alerted to their own organisation's demand or profile.
        if (query && owner && owner.organizationId !== item.organizationId)
          candidates.push({ search, query, owner });
      }
      const found = await this.matcher.matches(kind, itemId, candidates);
      const matched = candidates.filter((_, index) => found[index]);
      const dismissed = await this.alerts.dismissedBy([...new Set(matched.map((m) => m.owner.userId))], kind);
      for (const { search, owner } of matched) {
        const outcome = await this.store(search, owner, itemId, item, dismissed.get(owner.userId) ?? []);
        if (outcome !== 'existing') alerted++;
        if (outcome === 'notified') notified++;
      }
    }
    if (alerted > 0) this.logger.log(`${kind} ${itemId}: ${alerted} new alert(s), ${notified} notified at once`);
    return { alerted, notified };
  }

  /** Stores the alert once; an IMMEDIATE one that is not demoted is notified in the same transaction. */
  private store(
    search: SavedSearch,
    owner: Actor,
    itemId: string,
    item: MatchedItem,
    dismissed: readonly AlertSubject[],
  ): Promise<'existing' | 'stored' | 'notified'> {
    const similarity = similarityToDismissed(item, dismissed);
    const demoted = isDemotedAlert(similarity);
    return this.alerts.transaction(async (manager) => {
      const alert = await this.alerts.insertAlertOnce(
        {
          savedSearchId: search.id,
          userId: search.userId,
          kind: search.kind,
          itemId,
          title: clip(item.title, 300),
          sectors: item.sectors,
          rankScore: alertRankScore(similarity),
          demoted,
          notifiedAt: null,
        },
        manager,
      );
      if (!alert) return 'existing';
      if (search.frequency !== 'IMMEDIATE' || demoted || !owner.organizationId) return 'stored';
      const sent = await this.notifyAlert(search, owner.organizationId, alert.id, item, itemId, manager);
      if (!sent) return 'stored';
      await this.alerts.markNotified([alert.id], new Date(), manager);
      return 'notified';
    });
  }

  private notifyAlert(
    search: SavedSearch,
    organizationId: string,
    alertId: string,
    item: MatchedItem,
    itemId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const demand = search.kind === 'DEMANDS';
    return this.notifications.notify(
      {
        organizationId,
        kind: 'SAVED_SEARCH_ALERT',
        title: {
          zh: clip(`订阅「${search.name}」有新${demand ? '需求' : '供应商'}：${item.title}`, NOTIFICATION_TITLE_MAX),
          en: clip(
            `New ${demand ? 'demand' : 'supplier'} for your saved search "${search.name}": ${item.title}`,
            NOTIFICATION_TITLE_MAX,
          ),
        },
        body: demand
          ? { zh: '该需求符合您保存的订阅条件，点击查看详情。', en: 'It matches your saved search; open it for details.' }
          : {
              zh: '该企业的能力档案符合您保存的订阅条件，点击查看详情。',
              en: 'Its capability profile matches your saved search; open it for details.',
            },
        link: LINKS[search.kind](itemId),
        dedupKey: `saved-search-alert:${alertId}`,
      },
      manager,
    );
  }

  /**
   * The daily digest (08:00 China time; `asOf` stands in for the clock): one notification per DAILY
   * saved search naming its alerts not yet notified that matched by then. The alerts are marked in the
   * digest's transaction, so a retried run sends nothing twice.
   */
  async sendDigests(asOf: Date): Promise<{ sent: number }> {
    const owners: OwnerCache = new Map();
    let sent = 0;
    for (const search of await this.alerts.dailyWithPendingAlerts(asOf)) {
      const owner = await this.ownerOf(search.userId, owners);
      if (!owner?.organizationId) continue;
      const organizationId = owner.organizationId;
      const delivered = await this.alerts.transaction(async (manager) => {
        const pending = await this.alerts.pendingAlerts(search.id, asOf, manager);
        if (pending.length === 0) return false;
        const inserted = await this.notifications.notify(
          {
            organizationId,
            kind: 'SAVED_SEARCH_DIGEST',
            ...digestText(search, pending.map((a) => a.title)),
            link: '/alerts',
            dedupKey: `saved-search-digest:${search.id}:${pending[0]!.id}`,
          },
          manager,
        );
        // Marked even when the organisation muted digests: a muted digest is not owed later.
        await this.alerts.markNotified(
          pending.map((a) => a.id),
          asOf,
          manager,
        );
        return inserted;
      });
      if (delivered) sent++;
    }
    return { sent };
  }

  /** The owner of saved searches as the search pages see them; null when the user is gone or disabled. */
  private async ownerOf(userId: string, cache: OwnerCache): Promise<Actor | null> {
    if (cache.has(userId)) return cache.get(userId) ?? null;
    const user = await this.accounts.findUserById(userId);
    const actor = user && !user.disabledAt ? await this.accounts.actorFor(user.id, user.sessionVersion, null) : null;
    cache.set(userId, actor);
    return actor;
  }
}

function digestText(search: SavedSearch, titles: readonly string[]) {
  const n = titles.length;
  const named = titles.slice(0, DIGEST_TITLES);
  const more = n - named.length;
  const what = search.kind === 'DEMANDS' ? { zh: '需求', en: n === 1 ? 'demand' : 'demands' } : { zh: '供应商', en: n === 1 ? 'supplier' : 'suppliers' };
  return {
    title: {
      zh: clip(`订阅「${search.name}」今日有 ${n} 条新${what.zh}`, NOTIFICATION_TITLE_MAX),
      en: clip(`${n} new ${what.en} for your saved search "${search.name}"`, NOTIFICATION_TITLE_MAX),
    },
    body: {
      zh: `${named.join('；')}${more > 0 ? ` 等 ${n} 条` : ''}。`,
      en: `${named.join('; ')}${more > 0 ? ` and ${more} more` : ''}.`,
    },
  };
}
