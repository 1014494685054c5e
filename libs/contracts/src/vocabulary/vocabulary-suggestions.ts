import { normaliseVocabularyTerm } from '@mcf/domain';
import { z } from 'zod';
import { ReasonSchema, textRule } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

export const VOCABULARY_SUGGESTION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export const VocabularySuggestionStatusSchema = z.enum(VOCABULARY_SUGGESTION_STATUSES);
export type VocabularySuggestionStatus = z.infer<typeof VocabularySuggestionStatusSchema>;

/**
 * How the pair relates once approved: `equivalent` (two names of one thing), `abbreviation` (terms[0] the
 * full form, terms[1] the short one), `broader` (terms[0] the broader thing, terms[1] a kind of it),
 * `lookalike` (alike in writing, different things: never expanded).
 */
export const SUGGESTION_RELATIONS = ['equivalent', 'abbreviation', 'broader', 'lookalike'] as const;
export const SuggestionRelationSchema = z.enum(SUGGESTION_RELATIONS);
export type SuggestionRelation = z.infer<typeof SuggestionRelationSchema>;

export const SUGGESTION_SOURCE_KINDS = ['PROFILE', 'DEMAND', 'INVITATION', 'SHORTLIST', 'AWARD'] as const;

/** One occurrence of the pair: a published profile or demand, or a procurer's choice of a low-ranked firm. */
export const SuggestionEvidenceSchema = z.object({
  sourceKind: z.enum(SUGGESTION_SOURCE_KINDS),
  /** The profile's organisation id or the demand's id. */
  sourceId: z.string(),
  snippet: z.string(),
  seenAt: z.string(),
});
export type SuggestionEvidenceView = z.infer<typeof SuggestionEvidenceSchema>;

export const VocabularySuggestionViewSchema = z.object({
  id: z.uuid(),
  relation: SuggestionRelationSchema,
  terms: z.tuple([z.string(), z.string()]),
  status: VocabularySuggestionStatusSchema,
  /** The latest occurrences, newest first (at most 20 kept). */
  evidence: z.array(SuggestionEvidenceSchema),
  /** Every distinct occurrence seen, also those no longer kept in `evidence`. */
  evidenceCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type VocabularySuggestionView = z.infer<typeof VocabularySuggestionViewSchema>;

export const VocabularySuggestionPageSchema = pageOf(VocabularySuggestionViewSchema);
export type VocabularySuggestionPage = z.infer<typeof VocabularySuggestionPageSchema>;

export const VocabularySuggestionQuerySchema = PageQuerySchema.extend({
  /** Absent: every status. */
  status: VocabularySuggestionStatusSchema.optional(),
});
export type VocabularySuggestionQuery = z.input<typeof VocabularySuggestionQuerySchema>;

const charCount = (value: string) => [...value].length;

/** A term an administrator types: 1–40 characters that mean something once normalised. */
export const VocabularyTermSchema = z
  .string()
  .trim()
  .refine(
    ...textRule(
      (v) => charCount(v) <= 40 && normaliseVocabularyTerm(v) !== '',
      'INVALID_TERM',
      'a term of 1–40 characters is required',
      '请填写词语（1至40个字）',
    ),
  );

/** Approve, optionally with the relation or the terms corrected, and why. */
export const VocabularySuggestionApproveSchema = z
  .object({
    relation: SuggestionRelationSchema.optional(),
    terms: z.tuple([VocabularyTermSchema, VocabularyTermSchema]).optional(),
    reason: ReasonSchema.optional(),
  })
  .strict();
export type VocabularySuggestionApprove = z.input<typeof VocabularySuggestionApproveSchema>;

export const VocabularySuggestionRejectSchema = z.object({ reason: ReasonSchema }).strict();
export type VocabularySuggestionReject = z.input<typeof VocabularySuggestionRejectSchema>;
