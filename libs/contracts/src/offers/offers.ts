import {
  OFFER_DIRECTIONS,
  OFFER_IP_STATUSES,
  OFFER_READINESS_MAX,
  OFFER_READINESS_MIN,
  OFFER_STATUSES,
  OFFER_TRANSFER_MODES,
  SECTOR_CODES,
} from '@mcf/domain';
import { z } from 'zod';
import { ReasonSchema, RegionCodeSchema, textRule } from '../auth/field-rules.js';
import { PageQuerySchema, pageOf } from '../common/pagination.js';
import { OrganizationKindSchema } from '../session/viewer.js';

export { OFFER_DIRECTIONS, OFFER_IP_STATUSES, OFFER_STATUSES, OFFER_TRANSFER_MODES };
export const OfferStatusSchema = z.enum(OFFER_STATUSES);
export type OfferStatus = z.infer<typeof OfferStatusSchema>;
export const OfferTransferModeSchema = z.enum(OFFER_TRANSFER_MODES);
export type OfferTransferMode = z.infer<typeof OfferTransferModeSchema>;
export const OfferDirectionSchema = z.enum(OFFER_DIRECTIONS);
export type OfferDirection = z.infer<typeof OfferDirectionSchema>;
export const OfferIpStatusSchema = z.enum(OFFER_IP_STATUSES);
export type OfferIpStatus = z.infer<typeof OfferIpStatusSchema>;

/** A Chinese patent or application number: ZL/CN, 8–13 digits, then a check digit (.7) or a kind code (A, B, U). */
export const PATENT_NUMBER_PATTERN = /^(ZL|CN)?\d{8,13}(\.[\dX]|[ABUS]\d?)?$/u;

const PatentNumberSchema = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase().replaceAll(' ', ''))
  .refine(
    ...textRule(
      (v) => PATENT_NUMBER_PATTERN.test(v),
      'INVALID_PATENT_NUMBER',
      'must be a patent number such as ZL202110123456.7 or CN112345678A',
      '请填写正确的专利号，如 ZL202110123456.7 或 CN112345678A',
    ),
  );

/** The offer's intellectual property: its state and the patents (granted or applied for) it rests on. */
export const OfferIpSchema = z
  .object({
    status: OfferIpStatusSchema.default('NONE'),
    patentNumbers: z.array(PatentNumberSchema).max(20).default([]),
  })
  .strict();
export type OfferIp = z.output<typeof OfferIpSchema>;

const titleRule = z
  .string()
  .trim()
  .refine(
    ...textRule(
      (v) => [...v].length >= 2 && [...v].length <= 100,
      'INVALID_TITLE',
      'must be 2 to 100 characters',
      '成果名称须为 2 至 100 个字符',
    ),
  );

/**
 * What an organisation writes in a technology offer (成果转化): title, readiness level and direction are
 * required at once; the rest may wait until it is submitted (`POST /offers/{id}/submit` names what is
 * missing). `nonClassified` is the owner's declaration that nothing in it is classified.
 */
export const OfferContentSchema = z
  .object({
    title: titleRule,
    summary: z.string().trim().max(5000).default(''),
    sectors: z.array(z.enum(SECTOR_CODES)).max(13).default([]),
    /** Technology readiness level, 1 (principle) … 9 (proven in operation). */
    readinessLevel: z.number().int().min(OFFER_READINESS_MIN).max(OFFER_READINESS_MAX),
    transferModes: z
      .array(OfferTransferModeSchema)
      .max(OFFER_TRANSFER_MODES.length)
      .refine((v) => new Set(v).size === v.length, {
        message: 'each way to transfer once',
        params: { messageZh: '转化方式不能重复', code: 'DUPLICATE' },
      })
      .default([]),
    /** 军转民 (MILITARY_TO_CIVIL) or 民参军 (CIVIL_TO_MILITARY). */
    direction: OfferDirectionSchema,
    ip: OfferIpSchema.default({ status: 'NONE', patentNumbers: [] }),
    /** Where it applies, in the words of the industries that would use it (应用领域 / 关键词). */
    applications: z.array(z.string().trim().min(1).max(50)).max(20).default([]),
    /** 预期条件: licence fee, price, equity share, what a partner brings. */
    expectedTerms: z.string().trim().max(1000).default(''),
    regionCode: RegionCodeSchema.nullable().optional(),
    nonClassified: z.boolean().default(false),
  })
  .strict();
export type OfferContent = z.output<typeof OfferContentSchema>;
export type OfferContentInput = z.input<typeof OfferContentSchema>;

/** `POST /api/v1/offers` → 201 */
export const OfferCreatedSchema = z.object({ id: z.uuid(), status: OfferStatusSchema });
export type OfferCreated = z.infer<typeof OfferCreatedSchema>;

/** `GET /api/v1/offers/{id}`: a published offer to anyone; others to its owner and administrators. */
/**
 * A file attached to an offer (a brochure, a test report): PDF, PNG or JPEG by content, at most 10 MB,
 * under the certificate file rules, as demands' attachments.
 */
export const OfferAttachmentViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(['PDF', 'PNG', 'JPEG']),
  size: z.number().int(),
  createdAt: z.string(),
});
export type OfferAttachmentView = z.infer<typeof OfferAttachmentViewSchema>;

/** At most this many files per offer. */
export const OFFER_ATTACHMENTS_MAX = 10;

export const OfferViewSchema = z.object({
  id: z.uuid(),
  status: OfferStatusSchema,
  title: z.string(),
  summary: z.string(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  readinessLevel: z.number().int(),
  transferModes: z.array(OfferTransferModeSchema),
  direction: OfferDirectionSchema,
  ip: z.object({ status: OfferIpStatusSchema, patentNumbers: z.array(z.string()) }),
  applications: z.array(z.string()),
  expectedTerms: z.string(),
  regionCode: z.string().nullable(),
  nonClassified: z.boolean(),
  organization: z.object({ id: z.uuid(), name: z.string(), kind: OrganizationKindSchema }),
  /** The viewer's organisation owns it (may edit, submit, withdraw, read matches). */
  mine: z.boolean(),
  /** Why an administrator rejected it; only to the owner and administrators. */
  reviewReason: z.string().nullable(),
  matchingStatus: z.enum(['PENDING', 'READY']).nullable(),
  /** The files attached to it, oldest first (whoever may read the offer may download them). */
  attachments: z.array(OfferAttachmentViewSchema),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfferView = z.infer<typeof OfferViewSchema>;

export const OfferPageSchema = pageOf(OfferViewSchema);
export type OfferPage = z.infer<typeof OfferPageSchema>;

/** `GET /api/v1/offers/mine?status=`: the caller's organisation's offers, newest first. */
export const MyOffersQuerySchema = PageQuerySchema.extend({ status: OfferStatusSchema.optional() });
export type MyOffersQuery = z.output<typeof MyOffersQuerySchema>;

/** `GET /api/v1/admin/offers?status=`: the review queue (PENDING_REVIEW, oldest first, by default). */
export const OfferAdminQuerySchema = PageQuerySchema.extend({ status: OfferStatusSchema.default('PENDING_REVIEW') });
export type OfferAdminQuery = z.output<typeof OfferAdminQuerySchema>;

/** `POST /api/v1/admin/offers/{id}/reject` */
export const OfferRejectSchema = z.object({ reason: ReasonSchema }).strict();

/** A firm whose capability profile could take the offer up, with why. */
export const OfferMatchViewSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  regionCode: z.string().nullable(),
  score: z.number(),
  textRelevance: z.number(),
  matchedTerms: z.array(z.string()),
  /** The firm said it is interested (a conversation is open). */
  interested: z.boolean(),
});
export type OfferMatchView = z.infer<typeof OfferMatchViewSchema>;

/** `GET /api/v1/offers/{id}/matches`: to the owner and administrators; best first. */
export const OfferMatchListSchema = z.object({
  status: z.enum(['PENDING', 'READY']),
  matchedAt: z.string().nullable(),
  items: z.array(OfferMatchViewSchema),
});
export type OfferMatchList = z.infer<typeof OfferMatchListSchema>;

/** `POST /api/v1/offers/{id}/interest`: the conversation with the owner, opened or found. */
export const OfferInterestSchema = z.object({ threadId: z.uuid(), created: z.boolean() });
export type OfferInterest = z.infer<typeof OfferInterestSchema>;

/** `GET /api/v1/search/offers?q=&sector=&transferMode=&direction=` */
export const OfferSearchQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(200).default(''),
  sector: z.enum(SECTOR_CODES).optional(),
  transferMode: OfferTransferModeSchema.optional(),
  direction: OfferDirectionSchema.optional(),
  minReadiness: z.coerce.number().int().min(OFFER_READINESS_MIN).max(OFFER_READINESS_MAX).optional(),
});
export type OfferSearchQuery = z.output<typeof OfferSearchQuerySchema>;

export const OfferSearchHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  readinessLevel: z.number().int(),
  transferModes: z.array(OfferTransferModeSchema),
  direction: OfferDirectionSchema,
  organizationName: z.string(),
  organizationKind: OrganizationKindSchema,
  publishedAt: z.string().nullable(),
});
export type OfferSearchHit = z.infer<typeof OfferSearchHitSchema>;
export const OfferSearchResultSchema = pageOf(OfferSearchHitSchema);
export type OfferSearchResult = z.infer<typeof OfferSearchResultSchema>;
