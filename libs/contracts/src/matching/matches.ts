import { CONSTRAINT_OUTCOMES, MATCH_COMPONENTS, QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { DemandVisibilitySchema, MatchingStatusSchema } from '../demands/demands.js';

export const ConstraintCheckSchema = z.object({
  kind: z.enum(['ORGANIZATION', 'QUALIFICATION']),
  qualificationType: z.enum(QUALIFICATION_TYPE_CODES).nullable(),
  requiredLevel: z.number().int().nullable(),
  heldLevel: z.number().int().nullable(),
  expiresOn: z.string().nullable(),
  outcome: z.enum(CONSTRAINT_OUTCOMES),
  met: z.boolean(),
  /** The constraint in words, e.g. "需二级保密资格，贵单位为三级". */
  messageZh: z.string(),
  message: z.string(),
});
export type ConstraintCheckView = z.infer<typeof ConstraintCheckSchema>;

export const ComponentScoreSchema = z.object({
  component: z.enum(MATCH_COMPONENTS),
  value: z.number(),
  weight: z.number(),
  contribution: z.number(),
});

/** Why a firm matched a demand: what the procurer can check. */
export const MatchExplanationSchema = z.object({
  matchedTerms: z.array(z.string()),
  constraints: z.array(ConstraintCheckSchema),
  components: z.array(ComponentScoreSchema),
});
export type MatchExplanation = z.infer<typeof MatchExplanationSchema>;

export const MatchedEnterpriseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCode: z.string().nullable(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  products: z.array(z.string()),
  verified: z.boolean(),
});

/** How many firms of the demand's sectors lack one requirement (valid through the deadline). */
export const MissingRequirementSchema = z.object({
  qualificationType: z.enum(QUALIFICATION_TYPE_CODES),
  requiredLevel: z.number().int().nullable(),
  firms: z.number().int(),
});

/**
 * Why no firm passed the text threshold: the demand's words no supplier on the platform uses, how many
 * verified firms share its sectors and how many of them each requirement removes, in words.
 */
export const MatchDiagnosticsSchema = z.object({
  unmatchedTerms: z.array(z.string()),
  sectorFirms: z.number().int(),
  missing: z.array(MissingRequirementSchema),
  /** e.g. "37 家企业领域相符，其中 29 家缺少二级保密资格；以下为领域相符的较弱匹配，可调整需求措辞。" */
  messageZh: z.string(),
  message: z.string(),
});
export type MatchDiagnostics = z.infer<typeof MatchDiagnosticsSchema>;

/**
 * `GET /api/v1/demands/{id}/matches`: eligible firms only, best first. When no firm passes the text
 * threshold, the best eligible firms of the demand's sectors come as weak matches, with diagnostics.
 */
export const DemandMatchesSchema = z.object({
  status: MatchingStatusSchema,
  demandVersion: z.number().int(),
  items: z.array(
    z.object({
      enterprise: MatchedEnterpriseSchema,
      score: z.number(),
      /** Below the text threshold: shown only because nothing passed it. */
      weak: z.boolean(),
      explanation: MatchExplanationSchema,
    }),
  ),
  diagnostics: MatchDiagnosticsSchema.nullable(),
});
export type DemandMatches = z.infer<typeof DemandMatchesSchema>;

export const MatchedDemandSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  organizationName: z.string(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  deadline: z.string().nullable(),
  visibility: DemandVisibilitySchema,
  publishedAt: z.string().nullable(),
});

/**
 * `GET /api/v1/enterprises/{orgId}/matches`, for that firm only: open demands it matches, and those it
 * nearly matches with the constraints that keep it out (e.g. "需二级保密资格，贵单位为三级").
 */
export const EnterpriseMatchesSchema = z.object({
  items: z.array(
    z.object({ demand: MatchedDemandSchema, score: z.number(), explanation: MatchExplanationSchema }),
  ),
  nearlyMatched: z.array(
    z.object({
      demand: MatchedDemandSchema,
      score: z.number(),
      unmet: z.array(ConstraintCheckSchema),
      matchedTerms: z.array(z.string()),
    }),
  ),
});
export type EnterpriseMatches = z.infer<typeof EnterpriseMatchesSchema>;
