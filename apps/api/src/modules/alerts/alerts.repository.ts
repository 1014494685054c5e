import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SavedSearchKind } from '@mcf/contracts';
import type { AlertSubject } from '@mcf/domain';
import { type DataSource, type EntityManager, In, MoreThan } from 'typeorm';
import { AlertFeedbackRecord } from './entities/alert-feedback.entity.js';
import { AlertItem } from './entities/alert-item.entity.js';
import { SavedSearch } from './entities/saved-search.entity.js';

/** An alert as the user's list shows it: the alert with its saved search's name and the user's feedback. */
export interface AlertRow {
  alert: AlertItem;
  savedSearchName: string;
  feedback: boolean | null;
}

interface RawAlertRow {
  id: string;
  saved_search_id: string;
  user_id: string;
  kind: SavedSearchKind;
  item_id: string;
  title: string;
  sectors: string[];
  rank_score: number;
  demoted: boolean;
  notified_at: Date | null;
  created_at: Date;
  saved_search_name: string;
  feedback: boolean | null;
}

function toAlertRow(raw: RawAlertRow): AlertRow {
  const alert = Object.assign(new AlertItem(), {
    id: raw.id,
    savedSearchId: raw.saved_search_id,
    userId: raw.user_id,
    kind: raw.kind,
    itemId: raw.item_id,
    title: raw.title,
    sectors: raw.sectors,
    rankScore: Number(raw.rank_score),
    demoted: raw.demoted,
    notifiedAt: raw.notified_at,
    createdAt: raw.created_at,
  });
  return { alert, savedSearchName: raw.saved_search_name, feedback: raw.feedback };
}

const ALERT_SELECT = `
  SELECT a."id", a."saved_search_id", a."user_id", a."kind", a."item_id", a."title", a."sectors",
         a."rank_score", a."demoted", a."notified_at", a."created_at",
         s."name" AS "saved_search_name", f."relevant" AS "feedback"
    FROM "alert_items" a
    JOIN "saved_searches" s ON s."id" = a."saved_search_id"
    LEFT JOIN "alert_feedback" f
      ON f."user_id" = a."user_id" AND f."kind" = a."kind" AND f."item_id" = a."item_id"`;

/** Persistence of saved searches, their alerts and the users' feedback on them. */
@Injectable()
export class AlertsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** Serialises a user's saved-search changes, so that two requests at once cannot pass the limit together. */
  async lockUser(userId: string, manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('saved-searches:' || $1))`, [userId]);
  }

  savedSearchesOf(userId: string, manager?: EntityManager): Promise<SavedSearch[]> {
    return this.manager(manager)
      .getRepository(SavedSearch)
      .find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' } });
  }

  async insertSavedSearch(
    search: Omit<SavedSearch, 'id' | 'createdAt'>,
    manager: EntityManager,
  ): Promise<SavedSearch> {
    const repository = manager.getRepository(SavedSearch);
    return repository.save(repository.create(search));
  }

  findSavedSearch(id: string): Promise<SavedSearch | null> {
    return this.dataSource.getRepository(SavedSearch).findOne({ where: { id } });
  }

  async deleteSavedSearch(id: string): Promise<void> {
    await this.dataSource.getRepository(SavedSearch).delete({ id });
  }

  /** Saved searches of one kind in id order, a batch after `afterId` (null: from the start). */
  savedSearchesOfKind(kind: SavedSearchKind, afterId: string | null, limit: number): Promise<SavedSearch[]> {
    return this.dataSource.getRepository(SavedSearch).find({
      where: { kind, ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** What each of these users marked not relevant among items of this kind. */
  async dismissedBy(userIds: readonly string[], kind: SavedSearchKind): Promise<Map<string, AlertSubject[]>> {
    const dismissed = new Map<string, AlertSubject[]>();
    if (userIds.length === 0) return dismissed;
    const rows = await this.dataSource
      .getRepository(AlertFeedbackRecord)
      .find({ where: { userId: In([...userIds]), kind, relevant: false } });
    for (const row of rows) {
      const list = dismissed.get(row.userId) ?? [];
      list.push({ title: row.title, sectors: row.sectors });
      dismissed.set(row.userId, list);
    }
    return dismissed;
  }

  /** Inserts the alert unless the saved search already has one for the item; the new alert, or null. */
  async insertAlertOnce(
    alert: Omit<AlertItem, 'id' | 'createdAt' | 'savedSearch'>,
    manager: EntityManager,
  ): Promise<AlertItem | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(AlertItem)
      .values(alert)
      .orIgnore()
      .returning('"id", "created_at"')
      .execute();
    const inserted = (result.raw as { id: string; created_at: Date }[])[0];
    if (!inserted) return null;
    return Object.assign(new AlertItem(), alert, { id: inserted.id, createdAt: inserted.created_at });
  }

  async markNotified(ids: readonly string[], at: Date, manager: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await manager.getRepository(AlertItem).update({ id: In([...ids]) }, { notifiedAt: at });
  }

  /** A page of the user's alerts, most relevant first: not marked not relevant, not demoted, by score, newest. */
  async alertPage(userId: string, page: number, pageSize: number): Promise<[AlertRow[], number]> {
    const rows = (await this.dataSource.query(
      `${ALERT_SELECT}
        WHERE a."user_id" = $1
        ORDER BY (f."relevant" IS FALSE) ASC, a."demoted" ASC, a."rank_score" DESC, a."created_at" DESC, a."id" DESC
        LIMIT $2 OFFSET $3`,
      [userId, pageSize, (page - 1) * pageSize],
    )) as RawAlertRow[];
    const total = await this.dataSource.getRepository(AlertItem).count({ where: { userId } });
    return [rows.map(toAlertRow), total];
  }

  async findAlertRow(id: string): Promise<AlertRow | null> {
    const rows = (await this.dataSource.query(`${ALERT_SELECT} WHERE a."id" = $1`, [id])) as RawAlertRow[];
    return rows[0] ? toAlertRow(rows[0]) : null;
  }

  async saveFeedback(feedback: Omit<AlertFeedbackRecord, 'updatedAt'>): Promise<void> {
    await this.dataSource
      .getRepository(AlertFeedbackRecord)
      .upsert({ ...feedback, updatedAt: new Date() }, ['userId', 'kind', 'itemId']);
  }

  /** Daily saved searches with alerts not yet in a digest (and not demoted) that matched by `asOf`. */
  async dailyWithPendingAlerts(asOf: Date): Promise<SavedSearch[]> {
    return this.dataSource
      .getRepository(SavedSearch)
      .createQueryBuilder('s')
      .where(`s.frequency = 'DAILY'`)
      .andWhere(
        `EXISTS (SELECT 1 FROM "alert_items" a WHERE a."saved_search_id" = s."id" AND a."notified_at" IS NULL AND a."demoted" = false AND a."created_at" <= :asOf)`,
        { asOf },
      )
      .orderBy('s.id', 'ASC')
      .getMany();
  }

  /** The pending alerts of a saved search, oldest first, locked until the digest's transaction ends. */
  pendingAlerts(savedSearchId: string, asOf: Date, manager: EntityManager): Promise<AlertItem[]> {
    return manager
      .getRepository(AlertItem)
      .createQueryBuilder('a')
      .where('a.saved_search_id = :savedSearchId', { savedSearchId })
      .andWhere('a.notified_at IS NULL AND a.demoted = false AND a.created_at <= :asOf', { asOf })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }
}
