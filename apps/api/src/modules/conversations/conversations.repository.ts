import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { DemandClarification } from './entities/demand-clarification.entity.js';
import { MessageThread } from './entities/message-thread.entity.js';
import { ThreadMessage } from './entities/thread-message.entity.js';

export type LastMessage = Pick<ThreadMessage, 'senderOrganizationId' | 'body' | 'attachmentName' | 'createdAt'>;

export interface ThreadStats {
  messages: number;
  unread: number;
}

/** Persistence of clarifications, threads and their messages. */
@Injectable()
export class ConversationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // Clarifications

  async insertClarification(
    clarification: Pick<DemandClarification, 'demandId' | 'organizationId' | 'askedBy' | 'question'>,
    manager: EntityManager,
  ): Promise<DemandClarification> {
    const repository = manager.getRepository(DemandClarification);
    return repository.save(
      repository.create({ ...clarification, answer: null, answeredBy: null, answeredAt: null }),
    );
  }

  findClarification(id: string, manager?: EntityManager, lock = false): Promise<DemandClarification | null> {
    return this.manager(manager)
      .getRepository(DemandClarification)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async answerClarification(
    id: string,
    changes: Pick<DemandClarification, 'answer' | 'answeredBy' | 'answeredAt'>,
    manager: EntityManager,
  ): Promise<DemandClarification> {
    await manager.getRepository(DemandClarification).update({ id }, changes);
    return (await this.findClarification(id, manager))!;
  }

  /** All of a demand's clarifications, or only the answered ones plus those the organisation `answeredOrAskedBy` asked. */
  clarificationsOf(
    demandId: string,
    only?: { answeredOrAskedBy: string | null },
  ): Promise<DemandClarification[]> {
    const query = this.dataSource
      .getRepository(DemandClarification)
      .createQueryBuilder('c')
      .where('c.demand_id = :demandId', { demandId })
      .orderBy('c.created_at', 'ASC')
      .addOrderBy('c.id', 'ASC');
    if (only)
      query.andWhere('(c.answered_at IS NOT NULL OR c.organization_id = :askerId)', {
        askerId: only.answeredOrAskedBy,
      });
    return query.getMany();
  }

  /**
   * The firms engaged with a demand: invited, or that responded (whatever became of the response).
   * Read from the responses module's tables, as DemandsRepository reads invitations.
   */
  async engagedOrganizationIds(demandId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { organization_id: string }[] = await this.manager(manager).query(
      `SELECT "organization_id" FROM "demand_invitations" WHERE "demand_id" = $1
       UNION SELECT "organization_id" FROM "demand_responses" WHERE "demand_id" = $1`,
      [demandId],
    );
    return rows.map((r) => r.organization_id);
  }

  // Threads

  findThread(id: string, manager?: EntityManager): Promise<MessageThread | null> {
    return this.manager(manager).getRepository(MessageThread).findOne({ where: { id } });
  }

  findThreadOf(
    demandId: string,
    enterpriseId: string,
    manager?: EntityManager,
  ): Promise<MessageThread | null> {
    return this.manager(manager).getRepository(MessageThread).findOne({ where: { demandId, enterpriseId } });
  }

  /** Inserts the thread unless the pair has one already; the pair's thread either way, and whether it is new. */
  async insertThreadOnce(
    thread: Pick<MessageThread, 'procurerId' | 'enterpriseId' | 'startedByOrganizationId' | 'createdBy'> & {
      demandId: string;
    },
    manager: EntityManager,
  ): Promise<{ thread: MessageThread; created: boolean }> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(MessageThread)
      .values({ ...thread, lastMessageAt: null })
      .orIgnore()
      .execute();
    const created = (result.raw as unknown[]).length > 0;
    return { thread: (await this.findThreadOf(thread.demandId, thread.enterpriseId, manager))!, created };
  }

  /** The offer's thread with one interested organisation, inserted unless the pair has one already. */
  async insertOfferThreadOnce(
    thread: Pick<MessageThread, 'procurerId' | 'enterpriseId' | 'startedByOrganizationId' | 'createdBy'> & { offerId: string },
    manager: EntityManager,
  ): Promise<{ thread: MessageThread; created: boolean }> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(MessageThread)
      .values({ ...thread, demandId: null, lastMessageAt: null })
      .orIgnore()
      .execute();
    const created = (result.raw as unknown[]).length > 0;
    const found = await manager.getRepository(MessageThread).findOne({ where: { offerId: thread.offerId, enterpriseId: thread.enterpriseId } });
    return { thread: found!, created };
  }

  /** Titles of technology offers that conversations are about (read here, so that offers need not be imported). */
  async offerTitles(ids: readonly string[]): Promise<Array<readonly [string, string]>> {
    if (ids.length === 0) return [];
    const rows = (await this.dataSource.query(`SELECT "id", "title" FROM "technology_offers" WHERE "id" = ANY($1)`, [
      [...new Set(ids)],
    ])) as { id: string; title: string }[];
    return rows.map((row) => [row.id, row.title] as const);
  }

  /**
   * A demand's threads (one firm's, with `enterpriseId`): those with messages, and the empty ones that
   * `listedFor` opened (null: all), the latest conversation first.
   */
  threadsOf(
    demandId: string,
    enterpriseId: string | null,
    listedFor: string | null,
  ): Promise<MessageThread[]> {
    const query = this.dataSource
      .getRepository(MessageThread)
      .createQueryBuilder('t')
      .where('t.demand_id = :demandId', { demandId })
      .orderBy('t.last_message_at', 'DESC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'DESC');
    if (enterpriseId) query.andWhere('t.enterprise_id = :enterpriseId', { enterpriseId });
    if (listedFor)
      query.andWhere('(t.last_message_at IS NOT NULL OR t.started_by_organization_id = :listedFor)', {
        listedFor,
      });
    return query.getMany();
  }

  /** Message and unread counts per thread; unread = not yet read by `reader` (none for no reader). */
  async threadStats(threadIds: readonly string[], reader: string | null): Promise<Map<string, ThreadStats>> {
    if (threadIds.length === 0) return new Map();
    const rows: { thread_id: string; messages: number; unread: number }[] = await this.dataSource.query(
      `SELECT "thread_id", count(*)::int AS "messages",
              (count(*) FILTER (WHERE "read_at" IS NULL AND "sender_organization_id" <> $2::uuid))::int AS "unread"
         FROM "thread_messages" WHERE "thread_id" = ANY($1::uuid[]) GROUP BY "thread_id"`,
      [[...new Set(threadIds)], reader],
    );
    return new Map(rows.map((r) => [r.thread_id, { messages: r.messages, unread: r.unread }]));
  }

  /**
   * One page of the threads `party` takes part in (null: every thread): those with messages, and the
   * empty ones it opened, latest activity first; and how many there are.
   */
  async inboxOf(
    party: string | null,
    page: number,
    pageSize: number,
  ): Promise<{ items: MessageThread[]; total: number }> {
    const query = this.dataSource.getRepository(MessageThread).createQueryBuilder('t');
    if (party)
      query
        .where('(t.procurer_id = :party OR t.enterprise_id = :party)', { party })
        .andWhere('(t.last_message_at IS NOT NULL OR t.started_by_organization_id = :party)', { party });
    const total = await query.getCount();
    const items = await query
      .orderBy('COALESCE(t.last_message_at, t.created_at)', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .getMany();
    return { items, total };
  }

  /** The latest message of each thread. */
  async lastMessages(threadIds: readonly string[]): Promise<Map<string, LastMessage>> {
    if (threadIds.length === 0) return new Map();
    const rows: {
      thread_id: string;
      sender_organization_id: string;
      body: string;
      attachment_name: string | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT DISTINCT ON ("thread_id") "thread_id", "sender_organization_id", "body", "attachment_name", "created_at"
         FROM "thread_messages" WHERE "thread_id" = ANY($1::uuid[])
        ORDER BY "thread_id", "created_at" DESC, "id" DESC`,
      [[...new Set(threadIds)]],
    );
    return new Map(
      rows.map((r) => [
        r.thread_id,
        {
          senderOrganizationId: r.sender_organization_id,
          body: r.body,
          attachmentName: r.attachment_name,
          createdAt: r.created_at,
        },
      ]),
    );
  }

  /** Messages the other sides sent to `party` that it has not marked read, over all its threads. */
  async unreadFor(party: string): Promise<number> {
    const rows: { unread: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS "unread"
         FROM "thread_messages" m JOIN "message_threads" t ON t."id" = m."thread_id"
        WHERE (t."procurer_id" = $1 OR t."enterprise_id" = $1)
          AND m."sender_organization_id" <> $1 AND m."read_at" IS NULL`,
      [party],
    );
    return rows[0]?.unread ?? 0;
  }

  // Messages

  async insertMessage(
    message: Omit<ThreadMessage, 'id' | 'createdAt' | 'readAt'>,
    manager: EntityManager,
  ): Promise<ThreadMessage> {
    const repository = manager.getRepository(ThreadMessage);
    const saved = await repository.save(repository.create({ ...message, readAt: null }));
    await manager
      .getRepository(MessageThread)
      .update({ id: message.threadId }, { lastMessageAt: saved.createdAt });
    return saved;
  }

  findMessage(id: string): Promise<ThreadMessage | null> {
    return this.dataSource.getRepository(ThreadMessage).findOne({ where: { id } });
  }

  /** Up to `limit` messages of a thread before the message `beforeId` (the latest without), oldest first. */
  async messagesOf(
    threadId: string,
    beforeId: string | null,
    limit: number,
  ): Promise<{ items: ThreadMessage[]; hasMore: boolean }> {
    const query = this.dataSource
      .getRepository(ThreadMessage)
      .createQueryBuilder('m')
      .where('m.thread_id = :threadId', { threadId })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    // Compared in the database: its timestamps are finer than a JavaScript Date.
    if (beforeId)
      query.andWhere(
        '(m.created_at, m.id) < (SELECT b.created_at, b.id FROM thread_messages b WHERE b.id = :beforeId)',
        { beforeId },
      );
    const rows = await query.getMany();
    return { items: rows.slice(0, limit).reverse(), hasMore: rows.length > limit };
  }

  /** Marks the messages the other side sent read; how many were unread. */
  async markRead(threadId: string, reader: string, at: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(ThreadMessage)
      .update({ threadId, senderOrganizationId: Not(reader), readAt: IsNull() }, { readAt: at });
    return result.affected ?? 0;
  }
}
