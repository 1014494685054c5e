import { z } from 'zod';
import { textRule } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';
import { wellFormedTextRefinement } from '../common/wire-text.js';

/**
 * Clarifications (答疑) and conversations (沟通) about a demand. A clarification is a firm's question
 * whose answer every firm that can read the demand sees, without learning who asked; a thread is a
 * private conversation between the demand's procurer and one firm.
 */

const charCount = (value: string) => [...value].length;
/** PostgreSQL cannot hold NUL or lone surrogates: refused with the field named (the wire rule). */
const wellFormedText = wellFormedTextRefinement;

export const CLARIFICATION_QUESTION_MAX_CHARS = 2000;
export const CLARIFICATION_ANSWER_MAX_CHARS = 5000;
export const MESSAGE_BODY_MAX_CHARS = 5000;
/** Attachments follow the certificate rules: PDF, PNG or JPEG by content, at most 10 MB. */
export const MESSAGE_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ClarificationQuestionSchema = z
  .string()
  .trim()
  .refine(...wellFormedText)
  .refine(
    ...textRule(
      (v) => charCount(v) >= 2 && charCount(v) <= CLARIFICATION_QUESTION_MAX_CHARS,
      'INVALID_QUESTION',
      `a question of 2–${CLARIFICATION_QUESTION_MAX_CHARS} characters is required`,
      `请填写问题（2至${CLARIFICATION_QUESTION_MAX_CHARS}个字）`,
    ),
  );

export const ClarificationAnswerTextSchema = z
  .string()
  .trim()
  .refine(...wellFormedText)
  .refine(
    ...textRule(
      (v) => charCount(v) >= 2 && charCount(v) <= CLARIFICATION_ANSWER_MAX_CHARS,
      'INVALID_ANSWER',
      `an answer of 2–${CLARIFICATION_ANSWER_MAX_CHARS} characters is required`,
      `请填写答复（2至${CLARIFICATION_ANSWER_MAX_CHARS}个字）`,
    ),
  );

/** `POST /api/v1/demands/{id}/clarifications`: a firm that can read the demand asks. */
export const ClarificationCreateSchema = z.object({ question: ClarificationQuestionSchema }).strict();
export type ClarificationCreate = z.output<typeof ClarificationCreateSchema>;

/** `POST /api/v1/clarifications/{id}/answer`: the demand's procurer answers, once; the answer is published. */
export const ClarificationAnswerSchema = z.object({ answer: ClarificationAnswerTextSchema }).strict();
export type ClarificationAnswer = z.output<typeof ClarificationAnswerSchema>;

export const ClarificationViewSchema = z.object({
  id: z.uuid(),
  demandId: z.uuid(),
  question: z.string(),
  answer: z.string().nullable(),
  askedAt: z.string(),
  answeredAt: z.string().nullable(),
  /** The viewer's organisation asked it. */
  askedByMe: z.boolean(),
  /** Who asked: shown to the procurer, administrators and the asking firm itself, never to other firms. */
  askedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type ClarificationView = z.infer<typeof ClarificationViewSchema>;
export const ClarificationListSchema = z.object({ items: z.array(ClarificationViewSchema) });
export type ClarificationList = z.infer<typeof ClarificationListSchema>;

/**
 * `POST /api/v1/demands/{id}/threads`: opens (or returns) the conversation of a demand with one firm.
 * A firm opens its own (leave `enterpriseId` out); the procurer names the firm.
 */
export const ThreadStartSchema = z.object({ enterpriseId: z.uuid().optional() }).strict();
export type ThreadStart = z.output<typeof ThreadStartSchema>;

const PartySchema = z.object({ id: z.uuid(), name: z.string() });

export const ThreadViewSchema = z.object({
  id: z.uuid(),
  /** The demand the conversation is about; null when it is about a technology offer instead. */
  demandId: z.uuid().nullable(),
  /** The demand's title, or the offer's for a conversation about an offer. */
  demandTitle: z.string(),
  /**
   * The technology offer the conversation is about (then `procurer` is the offer's owner and `enterprise`
   * the organisation interested in it); null for a conversation about a demand.
   */
  offerId: z.uuid().nullable(),
  procurer: PartySchema,
  enterprise: PartySchema,
  createdAt: z.string(),
  lastMessageAt: z.string().nullable(),
  messageCount: z.number().int(),
  /** Messages of the other side the viewer's organisation has not marked read (0 for administrators). */
  unreadCount: z.number().int(),
});
export type ThreadView = z.infer<typeof ThreadViewSchema>;
export const ThreadListSchema = z.object({ items: z.array(ThreadViewSchema) });
export type ThreadList = z.infer<typeof ThreadListSchema>;

export const MessageBodySchema = z
  .string()
  .trim()
  .refine(...wellFormedText)
  .refine(
    ...textRule(
      (v) => charCount(v) <= MESSAGE_BODY_MAX_CHARS,
      'MESSAGE_TOO_LONG',
      `a message has at most ${MESSAGE_BODY_MAX_CHARS} characters`,
      `消息不能超过${MESSAGE_BODY_MAX_CHARS}个字`,
    ),
  );

/**
 * `POST /api/v1/threads/{id}/messages`, as JSON or multipart (these fields plus the file `attachment`).
 * The body may be empty only when a file is attached.
 */
export const MessageCreateSchema = z.object({ body: MessageBodySchema.default('') }).strict();
export type MessageCreate = z.output<typeof MessageCreateSchema>;

/** `GET /api/v1/threads/{id}/messages?before=&limit=`: the latest `limit` messages before `before`, oldest first. */
export const MessageQuerySchema = z.object({
  before: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type MessageQuery = z.output<typeof MessageQuerySchema>;

export const MessageAttachmentSchema = z.object({
  kind: z.enum(['PDF', 'PNG', 'JPEG']),
  size: z.number().int(),
  name: z.string(),
});

export const MessageViewSchema = z.object({
  id: z.uuid(),
  threadId: z.uuid(),
  sender: z.object({
    organizationId: z.uuid(),
    organizationName: z.string(),
    side: z.enum(['PROCURER', 'ENTERPRISE']),
  }),
  /** Sent by the viewer's organisation. */
  mine: z.boolean(),
  body: z.string(),
  /** Download at `GET /api/v1/messages/{id}/attachment`. */
  attachment: MessageAttachmentSchema.nullable(),
  createdAt: z.string(),
  /** When the other side marked it read (its read receipt). */
  readAt: z.string().nullable(),
});
export type MessageView = z.infer<typeof MessageViewSchema>;

export const MessagePageSchema = z.object({
  thread: ThreadViewSchema,
  items: z.array(MessageViewSchema),
  /** Older messages exist: ask again with `before` = the first item's id. */
  hasMore: z.boolean(),
});
export type MessagePage = z.infer<typeof MessagePageSchema>;

/** `POST /api/v1/threads/{id}/read`: the other side's messages are marked read. */
export const ThreadReadResultSchema = z.object({ marked: z.number().int(), readAt: z.string() });
export type ThreadReadResult = z.infer<typeof ThreadReadResultSchema>;

/** `GET /api/v1/me/threads?page=&pageSize=`: the caller's conversations across all demands. */
export const InboxQuerySchema = PageQuerySchema;
export type InboxQuery = z.output<typeof InboxQuerySchema>;

/** The latest message of a thread, as the inbox quotes it. */
export const InboxLastMessageSchema = z.object({
  /** The start of its text (at most 140 characters; empty when it is only an attachment). */
  preview: z.string(),
  /** The attached file's name, when there is one. */
  attachmentName: z.string().nullable(),
  /** Sent by the viewer's organisation. */
  mine: z.boolean(),
  createdAt: z.string(),
});

export const InboxThreadViewSchema = ThreadViewSchema.extend({
  /** The other organisation of the thread; for administrators, who are neither side, the firm. */
  counterpart: PartySchema,
  lastMessage: InboxLastMessageSchema.nullable(),
});
export type InboxThreadView = z.infer<typeof InboxThreadViewSchema>;

/**
 * The caller's inbox, latest activity first: a procurer's threads about all its demands, a firm's own
 * threads (each listed once it has a message, or to the side that opened it), every thread for
 * administrators. `unread` counts the other sides' unread messages over all of them (0 for administrators).
 */
export const InboxPageSchema = pageOf(InboxThreadViewSchema).extend({ unread: z.number().int() });
export type InboxPage = z.infer<typeof InboxPageSchema>;

/** How much of a message the inbox quotes. */
export const INBOX_PREVIEW_MAX_CHARS = 140;
