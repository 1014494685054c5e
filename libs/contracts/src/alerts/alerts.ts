import { QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

/** What a saved search watches: demands (for firms) or supplier profiles (for procurers). */
export const SAVED_SEARCH_KINDS = ['DEMANDS', 'ENTERPRISES'] as const;
export const SavedSearchKindSchema = z.enum(SAVED_SEARCH_KINDS);
export type SavedSearchKind = z.infer<typeof SavedSearchKindSchema>;

/** IMMEDIATE: a notification per new match; DAILY: one digest a day (08:00 China time). */
export const ALERT_FREQUENCIES = ['IMMEDIATE', 'DAILY'] as const;
export const AlertFrequencySchema = z.enum(ALERT_FREQUENCIES);
export type AlertFrequency = z.infer<typeof AlertFrequencySchema>;

/** How many saved searches one user may keep. */
export const SAVED_SEARCHES_MAX = 20;
export const SAVED_SEARCH_NAME_MAX = 60;

/**
 * The query of a saved search: the filters of the search pages, with the same rules and limits as
 * `GET /search/demands` and `GET /search/enterprises`, sent as JSON arrays.
 */
export const SavedSearchQuerySchema = z
  .object({
    q: z.string().trim().max(200).default(''),
    sectors: z.array(z.enum(SECTOR_CODES)).max(13).default([]),
    regions: z.array(RegionCodeSchema).max(20).default([]),
    /** Demands requiring, or firms holding a vetted certificate of, each of these types. */
    qualifications: z.array(z.enum(QUALIFICATION_TYPE_CODES)).max(9).default([]),
  })
  .strict();
export type SavedSearchQuery = z.infer<typeof SavedSearchQuerySchema>;
export type SavedSearchQueryInput = z.input<typeof SavedSearchQuerySchema>;

/** `POST /api/v1/me/saved-searches` */
export const SavedSearchCreateSchema = z
  .object({
    kind: SavedSearchKindSchema,
    name: z.string().trim().min(1).max(SAVED_SEARCH_NAME_MAX),
    query: SavedSearchQuerySchema.default({ q: '', sectors: [], regions: [], qualifications: [] }),
    frequency: AlertFrequencySchema.default('IMMEDIATE'),
  })
  .strict();
export type SavedSearchCreate = z.infer<typeof SavedSearchCreateSchema>;
export type SavedSearchCreateInput = z.input<typeof SavedSearchCreateSchema>;

export const SavedSearchViewSchema = z.object({
  id: z.uuid(),
  kind: SavedSearchKindSchema,
  name: z.string(),
  query: SavedSearchQuerySchema,
  frequency: AlertFrequencySchema,
  createdAt: z.string(),
});
export type SavedSearchView = z.infer<typeof SavedSearchViewSchema>;

/** `GET /api/v1/me/saved-searches`: all of the user's saved searches, newest first, and the limit. */
export const SavedSearchListSchema = z.object({
  items: z.array(SavedSearchViewSchema),
  max: z.number().int(),
});
export type SavedSearchList = z.infer<typeof SavedSearchListSchema>;

/** A demand or firm that matched one of the user's saved searches. */
export const AlertItemViewSchema = z.object({
  id: z.uuid(),
  savedSearchId: z.uuid(),
  savedSearchName: z.string(),
  kind: SavedSearchKindSchema,
  /** The demand's or the firm's id. */
  itemId: z.uuid(),
  /** The demand's title or the firm's name, when it matched. */
  title: z.string(),
  /** Where the web app shows the item: `/demands/{id}` or `/enterprises/{id}`. */
  link: z.string(),
  /** 0..1, higher first: lowered by the item's similarity to what the user marked not relevant. */
  rankScore: z.number(),
  /** So like what the user marked not relevant that it is listed last and was not notified at once. */
  demoted: z.boolean(),
  /** The user's feedback on the item: false = not relevant; null = none given. */
  feedback: z.boolean().nullable(),
  createdAt: z.string(),
  /** When a notification (immediate or the daily digest) told the user; null until then. */
  notifiedAt: z.string().nullable(),
});
export type AlertItemView = z.infer<typeof AlertItemViewSchema>;

export const AlertPageSchema = pageOf(AlertItemViewSchema);
export type AlertPage = z.infer<typeof AlertPageSchema>;

/** `GET /api/v1/me/alerts?page=&pageSize=` */
export const AlertQuerySchema = PageQuerySchema.strict();
export type AlertQuery = z.infer<typeof AlertQuerySchema>;

/** `POST /api/v1/alerts/{id}/feedback`: "不相关" sends `relevant: false`. */
export const AlertFeedbackSchema = z.object({ relevant: z.boolean() }).strict();
export type AlertFeedback = z.infer<typeof AlertFeedbackSchema>;
