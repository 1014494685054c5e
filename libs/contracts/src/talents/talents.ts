import { SECTOR_CODES, TALENT_AVAILABILITIES, TALENT_CONSENT_SCOPES, TALENT_CONSENT_VERSION } from '@mcf/domain';
import { z } from 'zod';
import { EmailSchema, NewPasswordSchema, passwordNotEmail, PersonNameSchema, RegionCodeSchema, textRule } from '../auth/field-rules.js';

export { TALENT_AVAILABILITIES, TALENT_CONSENT_SCOPES, TALENT_CONSENT_VERSION };
export const TalentAvailabilitySchema = z.enum(TALENT_AVAILABILITIES);
export type TalentAvailabilityCode = z.infer<typeof TalentAvailabilitySchema>;
export const TalentConsentScopeSchema = z.enum(TALENT_CONSENT_SCOPES);

const charCount = (value: string) => [...value].length;
const tag = z
  .string()
  .trim()
  .refine(...textRule((v) => charCount(v) >= 1 && charCount(v) <= 40, 'INVALID_SPECIALTY', 'each specialty is 1–40 characters', '每项专业特长为1至40个字'));

const uniqueList = <T extends z.ZodType>(item: T, min: number, max: number, code: string, message: string, messageZh: string) =>
  z
    .array(item)
    .refine((list) => list.length >= min && list.length <= max, { message, params: { messageZh, code } })
    .transform((list) => [...new Set(list)] as z.output<T>[]);

/**
 * `consent: true` and nothing else: the person ticked the consent step. Missing, false or any other value
 * is refused naming `consent` (a profile is never published without it).
 */
const ConsentSchema = z
  .unknown()
  .refine((v) => v === true, {
    message: 'publishing a talent profile needs your explicit consent (consent: true)',
    params: { messageZh: '发布人才档案须明确同意《人才信息发布与使用授权》', code: 'CONSENT_REQUIRED' },
  })
  .transform(() => true as const);

const ConsentVersionSchema = z
  .string()
  .optional()
  .refine((v) => v === undefined || v === TALENT_CONSENT_VERSION, {
    message: `the consent text has changed; read and agree to version ${TALENT_CONSENT_VERSION}`,
    params: { messageZh: '授权书已更新，请阅读并同意最新版本', code: 'CONSENT_VERSION_OUTDATED' },
  });

const profileFields = {
  name: PersonNameSchema,
  /** 职称 (高级工程师, 研究员, 高级技师…), optional. */
  title: z.string().trim().max(60).nullable().optional(),
  /** Free tags: what the person is good at, in their own words. */
  specialties: uniqueList(tag, 1, 20, 'INVALID_SPECIALTIES', 'name 1–20 specialties', '请填写1至20项专业特长'),
  sectors: uniqueList(z.enum(SECTOR_CODES), 1, 5, 'INVALID_SECTORS', 'choose 1–5 sectors', '请选择1至5个领域'),
  availability: uniqueList(TalentAvailabilitySchema, 1, 4, 'INVALID_AVAILABILITY', 'choose at least one way of working', '请至少选择一种合作方式'),
  regionCode: RegionCodeSchema,
  summary: z.string().trim().max(1000).nullable().optional(),
  consent: ConsentSchema,
  /** The version of the consent text shown; when sent it must be the current one. */
  consentVersion: ConsentVersionSchema,
};

/** `POST /api/v1/talents` and `PUT /api/v1/talents/me`: the signed-in person's own profile, with consent. */
export const TalentProfileRequestSchema = z.object(profileFields).strict();
export type TalentProfileRequest = z.input<typeof TalentProfileRequestSchema>;

export const TalentCreatedSchema = z.object({ id: z.uuid() });
export type TalentCreated = z.infer<typeof TalentCreatedSchema>;

/** What was consented to, when, and to which version of the text. */
export const TalentConsentRecordSchema = z.object({
  version: z.string(),
  scopes: z.array(TalentConsentScopeSchema),
  consentedAt: z.string(),
});

/** The person's own profile (`GET /api/v1/talents/me`). */
export const TalentProfileViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  specialties: z.array(z.string()),
  sectors: z.array(z.enum(SECTOR_CODES)),
  availability: z.array(TalentAvailabilitySchema),
  regionCode: z.string(),
  summary: z.string().nullable(),
  consent: TalentConsentRecordSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TalentProfileView = z.infer<typeof TalentProfileViewSchema>;

/** A profile as verified organisations see it: a summary, never phone or email. */
export const TalentSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  title: z.string().nullable(),
  specialties: z.array(z.string()),
  sectors: z.array(z.enum(SECTOR_CODES)),
  availability: z.array(TalentAvailabilitySchema),
  regionCode: z.string(),
  summary: z.string().nullable(),
});
export type TalentSummary = z.infer<typeof TalentSummarySchema>;

function listOf<T extends z.ZodType>(item: T, max: number) {
  return z.preprocess(
    (raw) =>
      raw === undefined
        ? []
        : (Array.isArray(raw) ? raw : [raw])
            .flatMap((v) => String(v).split(','))
            .map((v) => v.trim())
            .filter((v) => v !== ''),
    z.array(item).max(max),
  );
}

/** `GET /api/v1/search/talents` (verified organisations only). */
export const TalentSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).default(''),
    sectors: listOf(z.enum(SECTOR_CODES), 13),
    availability: listOf(TalentAvailabilitySchema, 4),
    regions: listOf(RegionCodeSchema, 20),
    page: z.coerce.number().int().min(1).max(500).default(1),
    pageSize: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type TalentSearchQuery = z.input<typeof TalentSearchQuerySchema>;

export const TalentSearchResultSchema = z.object({
  items: z.array(TalentSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type TalentSearchResult = z.infer<typeof TalentSearchResultSchema>;

/** `POST /api/v1/auth/register/individual`: a person without an organisation (for the talent pool). */
export const IndividualRegisterRequestSchema = z
  .object({ email: EmailSchema, password: NewPasswordSchema, name: PersonNameSchema })
  .strict()
  .superRefine(passwordNotEmail);
export type IndividualRegisterRequest = z.input<typeof IndividualRegisterRequestSchema>;

// ── talent needs ────────────────────────────────────────────────────────────────────────────────────

/** `POST /api/v1/talent-needs`: what a verified organisation is looking for. */
export const TalentNeedRequestSchema = z
  .object({
    title: z
      .string()
      .trim()
      .refine(...textRule((v) => charCount(v) >= 4 && charCount(v) <= 100, 'INVALID_TITLE', 'a title of 4–100 characters', '标题应为4至100个字')),
    description: z.string().trim().max(2000).default(''),
    specialties: uniqueList(tag, 1, 20, 'INVALID_SPECIALTIES', 'name 1–20 specialties', '请填写1至20项所需专业特长'),
    sectors: uniqueList(z.enum(SECTOR_CODES), 0, 5, 'INVALID_SECTORS', 'choose at most 5 sectors', '最多选择5个领域').default([]),
    availability: uniqueList(TalentAvailabilitySchema, 0, 4, 'INVALID_AVAILABILITY', 'at most 4 ways of working', '合作方式最多4种').default([]),
    regionCode: RegionCodeSchema.nullable().optional(),
  })
  .strict();
export type TalentNeedRequest = z.input<typeof TalentNeedRequestSchema>;

export const TALENT_NEED_MATCHING_STATUSES = ['PENDING', 'READY'] as const;

export const TalentNeedViewSchema = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  title: z.string(),
  description: z.string(),
  specialties: z.array(z.string()),
  sectors: z.array(z.enum(SECTOR_CODES)),
  availability: z.array(TalentAvailabilitySchema),
  regionCode: z.string().nullable(),
  matchingStatus: z.enum(TALENT_NEED_MATCHING_STATUSES),
  matchCount: z.number().int(),
  createdAt: z.string(),
});
export type TalentNeedView = z.infer<typeof TalentNeedViewSchema>;
export const TalentNeedListSchema = z.object({ items: z.array(TalentNeedViewSchema) });
export type TalentNeedList = z.infer<typeof TalentNeedListSchema>;

/** A matched person of a need: the summary with the score and the need's terms the profile covers. */
export const TalentMatchViewSchema = z.object({
  talent: TalentSummarySchema,
  score: z.number(),
  matchedTerms: z.array(z.string()),
  components: z.object({ text: z.number(), sector: z.number(), availability: z.number(), locality: z.number() }),
});
export type TalentMatchView = z.infer<typeof TalentMatchViewSchema>;
export const TalentMatchListSchema = z.object({
  matchingStatus: z.enum(TALENT_NEED_MATCHING_STATUSES),
  items: z.array(TalentMatchViewSchema),
});
export type TalentMatchList = z.infer<typeof TalentMatchListSchema>;

/** A need matched to the person (`GET /api/v1/talents/me/needs`): what they were told of. */
export const MatchedNeedViewSchema = z.object({
  needId: z.uuid(),
  title: z.string(),
  organizationName: z.string(),
  specialties: z.array(z.string()),
  availability: z.array(TalentAvailabilitySchema),
  regionCode: z.string().nullable(),
  score: z.number(),
  matchedAt: z.string(),
  seenAt: z.string().nullable(),
});
export type MatchedNeedView = z.infer<typeof MatchedNeedViewSchema>;
export const MatchedNeedListSchema = z.object({ items: z.array(MatchedNeedViewSchema) });
export type MatchedNeedList = z.infer<typeof MatchedNeedListSchema>;

// ── contact through the platform ───────────────────────────────────────────────────────────────────

export const TalentMessageRequestSchema = z
  .object({
    body: z
      .string()
      .trim()
      .refine(...textRule((v) => charCount(v) >= 1 && charCount(v) <= 2000, 'INVALID_MESSAGE', 'a message of 1–2000 characters', '消息应为1至2000个字')),
  })
  .strict();
export type TalentMessageRequest = z.input<typeof TalentMessageRequestSchema>;

export const TalentContactViewSchema = z.object({
  id: z.uuid(),
  talentId: z.uuid(),
  talentName: z.string(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  createdAt: z.string(),
  lastMessageAt: z.string(),
  messageCount: z.number().int(),
});
export type TalentContactView = z.infer<typeof TalentContactViewSchema>;
export const TalentContactListSchema = z.object({ items: z.array(TalentContactViewSchema) });
export type TalentContactList = z.infer<typeof TalentContactListSchema>;

export const TalentMessageViewSchema = z.object({
  id: z.uuid(),
  /** Who wrote it: the organisation or the person (never an address). */
  side: z.enum(['ORGANIZATION', 'PERSON']),
  mine: z.boolean(),
  body: z.string(),
  createdAt: z.string(),
});
export type TalentMessageView = z.infer<typeof TalentMessageViewSchema>;
export const TalentMessageListSchema = z.object({ contact: TalentContactViewSchema, items: z.array(TalentMessageViewSchema) });
export type TalentMessageList = z.infer<typeof TalentMessageListSchema>;
export const TalentMessageCreatedSchema = z.object({ contactId: z.uuid(), messageId: z.uuid() });
export type TalentMessageCreated = z.infer<typeof TalentMessageCreatedSchema>;
