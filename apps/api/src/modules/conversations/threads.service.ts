import { Injectable } from '@nestjs/common';
import {
  INBOX_PREVIEW_MAX_CHARS,
  type InboxPage,
  type InboxQuery,
  type MessagePage,
  type MessageQuery,
  type MessageView,
  type ThreadReadResult,
  type ThreadView,
} from '@mcf/contracts';
import { type AcceptedFileKind, inspectedFileKind } from '@mcf/domain';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { storedFileName } from '../../core/storage/file-name.js';
import { FileStore } from '../../core/storage/file-store.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import type { DemandRecord as Demand } from '../demands/demand-queries.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ConversationsRepository } from './conversations.repository.js';
import { ConversationErrors } from './conversations.errors.js';
import { excerpt, TITLE_MAX } from './excerpt.util.js';
import type { MessageThread } from './entities/message-thread.entity.js';
import type { ThreadMessage } from './entities/thread-message.entity.js';

export interface UploadedAttachment {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** The name the client gave, without control characters (NUL cannot be stored), at most 255 characters. */
/**
 * Conversations between a demand's procurer and one firm: one thread per demand and firm, opened by
 * either side (the firm when it can read the demand's details, the procurer naming a verified firm),
 * listed once it has a message. Only the two organisations read and write it; administrators read it;
 * anyone else is told it does not exist. Each message tells the other side once; read receipts mark
 * the other side's messages read.
 */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly demands: DemandQueries,
    private readonly organizations: OrganizationDirectory,
    private readonly demandAccess: DemandAccessService,
    private readonly accounts: AccountsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly files: FileStore,
  ) {}

  private isParty(actor: Actor, thread: MessageThread): boolean {
    return (
      actor.organizationId !== null &&
      (actor.organizationId === thread.procurerId || actor.organizationId === thread.enterpriseId)
    );
  }

  /** The thread for one of its two organisations, or an administrator when `adminMayRead`; 404 for anyone else. */
  private async threadFor(actor: Actor, threadId: string, adminMayRead: boolean): Promise<MessageThread> {
    const thread = await this.conversations.findThread(threadId);
    if (!thread) throw CommonErrors.notFound();
    if (this.isParty(actor, thread)) return thread;
    if (isAdmin(actor)) {
      if (adminMayRead) return thread;
      throw ConversationErrors.readOnlyForAdmins();
    }
    throw CommonErrors.notFound();
  }

  private async threadViews(threads: MessageThread[], viewer: Actor): Promise<ThreadView[]> {
    const reader = isAdmin(viewer) ? null : viewer.organizationId;
    const stats = await this.conversations.threadStats(
      threads.map((t) => t.id),
      reader,
    );
    const names = await this.organizations.namesOf(
      threads.flatMap((t) => [t.procurerId, t.enterpriseId]),
    );
    const demandIds = threads.flatMap((t) => (t.demandId ? [t.demandId] : []));
    const offerIds = threads.flatMap((t) => (t.offerId ? [t.offerId] : []));
    const titles = new Map([
      ...(await this.demands.findMany(demandIds)).map((d) => [d.id, d.title] as const),
      ...(await this.conversations.offerTitles(offerIds)),
    ]);
    return threads.map((t) => ({
      id: t.id,
      demandId: t.demandId,
      demandTitle: titles.get(t.demandId ?? t.offerId ?? '') ?? '',
      offerId: t.offerId,
      procurer: { id: t.procurerId, name: names.get(t.procurerId) ?? '' },
      enterprise: { id: t.enterpriseId, name: names.get(t.enterpriseId) ?? '' },
      createdAt: t.createdAt.toISOString(),
      lastMessageAt: t.lastMessageAt?.toISOString() ?? null,
      messageCount: stats.get(t.id)?.messages ?? 0,
      unreadCount: reader ? (stats.get(t.id)?.unread ?? 0) : 0,
    }));
  }

  private async messageViews(
    thread: MessageThread,
    rows: ThreadMessage[],
    viewer: Actor,
  ): Promise<MessageView[]> {
    const names = await this.organizations.namesOf([thread.procurerId, thread.enterpriseId]);
    return rows.map((m) => ({
      id: m.id,
      threadId: m.threadId,
      sender: {
        organizationId: m.senderOrganizationId,
        organizationName: names.get(m.senderOrganizationId) ?? '',
        side: m.senderOrganizationId === thread.procurerId ? 'PROCURER' : 'ENTERPRISE',
      },
      mine: viewer.organizationId !== null && m.senderOrganizationId === viewer.organizationId,
      body: m.body,
      attachment:
        m.attachmentKind && m.attachmentSize !== null
          ? { kind: m.attachmentKind, size: m.attachmentSize, name: m.attachmentName ?? 'attachment' }
          : null,
      createdAt: m.createdAt.toISOString(),
      readAt: m.readAt?.toISOString() ?? null,
    }));
  }

  /** Whether the firm may read the demand's details (and so open a conversation about it). */
  private async firmReads(demand: Demand, actor: Actor): Promise<boolean> {
    return (await this.demandAccess.accessFor(demand, actor)) === 'DETAILS';
  }

  /**
   * The procurer and administrators: every thread of the demand; a firm: its own, when it has one or
   * can read the demand; anyone else: 404. Threads without messages are listed to the side that opened them.
   */
  async list(actor: Actor, demandId: string): Promise<ThreadView[]> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw CommonErrors.notFound();
    if (isAdmin(actor))
      return this.threadViews(await this.conversations.threadsOf(demandId, null, null), actor);
    if (actor.organizationId && actor.organizationId === demand.organizationId)
      return this.threadViews(
        await this.conversations.threadsOf(demandId, null, actor.organizationId),
        actor,
      );
    if (actor.organizationKind === 'ENTERPRISE' && actor.organizationId) {
      const own = await this.conversations.threadsOf(demandId, actor.organizationId, actor.organizationId);
      if (own.length > 0 || (await this.firmReads(demand, actor))) return this.threadViews(own, actor);
    }
    throw CommonErrors.notFound();
  }

  /**
   * The inbox: the threads of the caller's organisation across its demands (a procurer) or its own (a
   * firm), listed as `list` lists them, latest activity first, each with the other side and its latest
   * message; administrators read every thread. A user without an organisation has none.
   */
  async inbox(actor: Actor, query: InboxQuery): Promise<InboxPage> {
    const party = isAdmin(actor) ? null : actor.organizationId;
    if (!party && !isAdmin(actor))
      return { items: [], total: 0, page: query.page, pageSize: query.pageSize, unread: 0 };
    const { items: threads, total } = await this.conversations.inboxOf(party, query.page, query.pageSize);
    const [views, last, unread] = await Promise.all([
      this.threadViews(threads, actor),
      this.conversations.lastMessages(threads.map((t) => t.id)),
      party ? this.conversations.unreadFor(party) : Promise.resolve(0),
    ]);
    return {
      items: views.map((view) => {
        const message = last.get(view.id);
        return {
          ...view,
          counterpart: party === view.enterprise.id ? view.procurer : view.enterprise,
          lastMessage: message
            ? {
                preview: excerpt(message.body.replace(/\s+/g, ' ').trim(), INBOX_PREVIEW_MAX_CHARS),
                attachmentName: message.attachmentName,
                mine: party !== null && message.senderOrganizationId === party,
                createdAt: message.createdAt.toISOString(),
              }
            : null,
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
      unread,
    };
  }

  /**
   * Opens the conversation of the demand with a firm, or returns the one the pair has. A firm opens its
   * own when it can read the demand's details; the procurer names a verified firm.
   */
  async start(
    actor: Actor,
    demandId: string,
    enterpriseId: string | undefined,
  ): Promise<{ thread: ThreadView; created: boolean }> {
    if (isAdmin(actor)) throw ConversationErrors.readOnlyForAdmins();
    if (!actor.organizationId) throw CommonErrors.forbidden();
    if (actor.organizationStatus !== 'VERIFIED') throw ConversationErrors.notVerified();
    const demand = await this.demands.find(demandId);
    if (!demand) throw CommonErrors.notFound();
    let firmId: string;
    if (demand.organizationId === actor.organizationId) {
      if (!enterpriseId) throw ConversationErrors.enterpriseRequired();
      if (demand.status === 'DRAFT' || demand.status === 'CANCELLED')
        throw DemandErrors.notOpen(demand.status);
      const firm = await this.accounts.findOrganizationById(enterpriseId);
      if (!firm || firm.kind !== 'ENTERPRISE' || firm.status !== 'VERIFIED')
        throw ConversationErrors.notContactable();
      firmId = enterpriseId;
    } else if (actor.organizationKind === 'ENTERPRISE') {
      if (enterpriseId && enterpriseId !== actor.organizationId) throw ConversationErrors.notOwnThread();
      firmId = actor.organizationId;
      const existing = await this.conversations.findThreadOf(demandId, firmId);
      if (existing) return { thread: (await this.threadViews([existing], actor))[0]!, created: false };
      if (!(await this.firmReads(demand, actor))) throw CommonErrors.notFound();
    } else {
      throw CommonErrors.notFound();
    }
    const { thread, created } = await this.conversations.transaction(async (manager) => {
      const result = await this.conversations.insertThreadOnce(
        {
          demandId,
          procurerId: demand.organizationId,
          enterpriseId: firmId,
          startedByOrganizationId: actor.organizationId!,
          createdBy: actor.userId,
        },
        manager,
      );
      if (result.created)
        await this.audit.record(
          {
            actor,
            action: 'thread.opened',
            targetType: 'thread',
            targetId: result.thread.id,
            after: { demandId, procurerId: demand.organizationId, enterpriseId: firmId },
          },
          manager,
        );
      return result;
    });
    return { thread: (await this.threadViews([thread], actor))[0]!, created };
  }

  /**
   * Opens the conversation of an organisation interested in a technology offer with the offer's owner, or
   * returns the one the pair has. The offers module checks who may (a published offer, not one's own).
   */
  async openAboutOffer(
    actor: Actor,
    offer: { id: string; organizationId: string },
  ): Promise<{ thread: ThreadView; created: boolean }> {
    if (!actor.organizationId) throw CommonErrors.forbidden();
    const interested = actor.organizationId;
    const { thread, created } = await this.conversations.transaction(async (manager) => {
      const result = await this.conversations.insertOfferThreadOnce(
        {
          offerId: offer.id,
          procurerId: offer.organizationId,
          enterpriseId: interested,
          startedByOrganizationId: interested,
          createdBy: actor.userId,
        },
        manager,
      );
      if (result.created)
        await this.audit.record(
          {
            actor,
            action: 'thread.opened',
            targetType: 'thread',
            targetId: result.thread.id,
            after: { offerId: offer.id, ownerId: offer.organizationId, interestedId: interested },
          },
          manager,
        );
      return result;
    });
    return { thread: (await this.threadViews([thread], actor))[0]!, created };
  }

  async messages(actor: Actor, threadId: string, query: MessageQuery): Promise<MessagePage> {
    const thread = await this.threadFor(actor, threadId, true);
    if (query.before) {
      const before = await this.conversations.findMessage(query.before);
      if (!before || before.threadId !== threadId) throw CommonErrors.notFound();
    }
    const page = await this.conversations.messagesOf(threadId, query.before ?? null, query.limit);
    return {
      thread: (await this.threadViews([thread], actor))[0]!,
      items: await this.messageViews(thread, page.items, actor),
      hasMore: page.hasMore,
    };
  }

  /** One of the two organisations writes (verified ones only); the other side is told once per message. */
  async post(
    actor: Actor,
    threadId: string,
    body: string,
    file: UploadedAttachment | undefined,
  ): Promise<MessageView> {
    const thread = await this.threadFor(actor, threadId, false);
    if (actor.organizationStatus !== 'VERIFIED') throw ConversationErrors.notVerified();
    if (!body && !file) throw ConversationErrors.emptyMessage();
    let attachment: { sha256: string; kind: AcceptedFileKind; size: number; name: string } | null = null;
    if (file) {
      const name = storedFileName(file.originalname, 'attachment', 'attachment');
      const kind = inspectedFileKind(file.buffer);
      if (!kind) throw ConversationErrors.attachmentKindRefused();
      attachment = { sha256: await this.files.save(file.buffer), kind, size: file.size, name };
    }
    const sender = actor.organizationId!;
    const recipient = sender === thread.procurerId ? thread.enterpriseId : thread.procurerId;
    const message = await this.conversations.transaction(async (manager) => {
      const created = await this.conversations.insertMessage(
        {
          threadId,
          senderOrganizationId: sender,
          senderUserId: actor.userId,
          body,
          attachmentSha256: attachment?.sha256 ?? null,
          attachmentKind: attachment?.kind ?? null,
          attachmentSize: attachment?.size ?? null,
          attachmentName: attachment?.name ?? null,
        },
        manager,
      );
      const demand = thread.demandId ? await this.demands.find(thread.demandId, manager) : null;
      const subject = demand?.title ?? (await this.conversations.offerTitles(thread.offerId ? [thread.offerId] : []))[0]?.[1] ?? '';
      const from = (await this.organizations.namesOf([sender])).get(sender) ?? '';
      const preview = body ? excerpt(body) : `[附件] ${attachment?.name ?? ''}`;
      const previewEn = body ? excerpt(body) : `[attachment] ${attachment?.name ?? ''}`;
      await this.notifications.notify(
        {
          organizationId: recipient,
          kind: 'MESSAGE_RECEIVED',
          title: {
            zh: excerpt(`${from} 发来消息：${subject}`, TITLE_MAX),
            en: excerpt(`Message from ${from}: ${subject}`, TITLE_MAX),
          },
          body: { zh: preview, en: previewEn },
          link: threadLink(thread),
          dedupKey: `message-received:${created.id}`,
        },
        manager,
      );
      return created;
    });
    return (await this.messageViews(thread, [message], actor))[0]!;
  }

  /**
   * Marks the other side's messages in the thread read (the read receipts the sender sees), and the
   * reader's notifications of those messages with them.
   */
  async markRead(actor: Actor, threadId: string): Promise<ThreadReadResult> {
    const thread = await this.threadFor(actor, threadId, false);
    const at = new Date();
    const marked = await this.conversations.markRead(thread.id, actor.organizationId!, at);
    if (marked > 0)
      await this.notifications.markReadAbout(
        actor.organizationId!,
        'MESSAGE_RECEIVED',
        threadLink(thread),
        at,
      );
    return { marked, readAt: at.toISOString() };
  }

  /** An attachment, for the two organisations and administrators. */
  async attachment(
    actor: Actor,
    messageId: string,
  ): Promise<{ kind: AcceptedFileKind; size: number; name: string; stream: NodeJS.ReadableStream }> {
    const message = await this.conversations.findMessage(messageId);
    if (!message) throw CommonErrors.notFound();
    await this.threadFor(actor, message.threadId, true);
    if (!message.attachmentSha256 || !message.attachmentKind || message.attachmentSize === null)
      throw CommonErrors.notFound();
    return {
      kind: message.attachmentKind,
      size: message.attachmentSize,
      name: message.attachmentName ?? 'attachment',
      stream: await this.files.open(message.attachmentSha256),
    };
  }
}

/**
 * Where a notification about a thread's message leads: the demand's page, opening the conversation; for a
 * conversation about a technology offer, the conversation itself.
 */
function threadLink(thread: Pick<MessageThread, 'id' | 'demandId'>): string {
  return thread.demandId ? `/demands/${thread.demandId}?thread=${thread.id}` : `/messages/${thread.id}`;
}
