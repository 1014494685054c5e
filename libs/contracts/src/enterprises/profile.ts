import { PROFILE_FIELDS, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema, textRule } from '../auth/field-rules.js';

const tag = z.string().trim().min(1).max(100);
const tags = (max: number) => z.array(tag).max(max).default([]);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** What a firm writes about itself (能力档案); every field optional while drafting. */
export const ProfileContentSchema = z
  .object({
    summary: optionalText(4000),
    sectors: z.array(z.enum(SECTOR_CODES)).max(13).default([]),
    products: tags(50),
    capabilities: tags(50),
    equipment: tags(50),
    capacity: optionalText(500),
    employees: z.number().int().min(0).max(1_000_000).nullable().optional(),
    foundedYear: z.number().int().min(1900).max(2100).nullable().optional(),
    regionCode: RegionCodeSchema.nullable().optional(),
    website: z.url({ protocol: /^https?$/ }).max(300).nullable().optional(),
    contactName: optionalText(100),
    contactPhone: z
      .string()
      .trim()
      .refine(...textRule((v) => /^[0-9+()\- ]{5,30}$/.test(v), 'INVALID_PHONE', 'must be a phone number', '请填写有效的电话号码'))
      .nullable()
      .optional(),
    /** The base or park (from GET /api/v1/parks) the firm names as its home; optional. */
    parkId: z.uuid().nullable().optional(),
  })
  .strict();
export type ProfileContent = z.output<typeof ProfileContentSchema>;
export type ProfileContentInput = z.input<typeof ProfileContentSchema>;

export const ProfileCompletenessSchema = z.object({ score: z.number().int(), missing: z.array(z.enum(PROFILE_FIELDS)) });

/** The owner's view: the draft being edited, and what is published. */
export const ProfileDraftViewSchema = z.object({
  organizationId: z.uuid(),
  draft: ProfileContentSchema,
  draftUpdatedAt: z.string().nullable(),
  completeness: ProfileCompletenessSchema,
  publishedVersion: z.number().int(),
  publishedAt: z.string().nullable(),
  stale: z.boolean(),
});
export type ProfileDraftView = z.infer<typeof ProfileDraftViewSchema>;

export const VettedQualificationSchema = z.object({
  id: z.uuid(),
  type: z.string(),
  level: z.number().int().nullable(),
  name: z.string(),
  certificateNo: z.string(),
  issuer: z.string(),
  expiresOn: z.string(),
  expiringSoon: z.boolean(),
});
export type VettedQualification = z.infer<typeof VettedQualificationSchema>;

/**
 * `GET /api/v1/enterprises/{orgId}`: the public view of a published profile. The contact person and phone
 * are left out (`contactWithheld`) unless the reader is an administrator, the firm itself or a member of a
 * verified organisation (`mayReadFirmContact` in @mcf/domain).
 */
export const EnterprisePublicViewSchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  verified: z.boolean(),
  /** Demo data (loaded by DEMO_DATA), shown with a 演示 tag. */
  isDemo: z.boolean(),
  profile: ProfileContentSchema,
  contactWithheld: z.boolean(),
  version: z.number().int(),
  publishedAt: z.string(),
  stale: z.boolean(),
  qualifications: z.array(VettedQualificationSchema),
});
export type EnterprisePublicView = z.infer<typeof EnterprisePublicViewSchema>;
