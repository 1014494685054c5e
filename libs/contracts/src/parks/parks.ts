import { DEMONSTRATION_LEVELS, PARK_KINDS, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';
import { RegionCodeSchema } from '../auth/field-rules.js';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

export const ParkKindSchema = z.enum(PARK_KINDS);
export const DemonstrationLevelSchema = z.enum(DEMONSTRATION_LEVELS);

const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.number().int().min(1949).max(2100);

/**
 * A base, zone, point, park or innovation platform of the registry (“两基地、三区、多点”, 示范基地).
 * `regionCodes`: where it lies (a zone may span several counties). `mcfDemonstrationLevel`: the level at
 * which it is recognised as a 军民融合示范基地, and `recognizedYear` the year it was recognised or set up.
 * `designation`: any other title it carries (e.g. 国家应急产业示范基地), as text.
 */
const parkShape = {
  name: text(100),
  kind: ParkKindSchema,
  regionCodes: z.array(RegionCodeSchema).min(1).max(10),
  sectors: z.array(z.enum(SECTOR_CODES)).min(1).max(13),
  description: text(4000),
  designation: z.string().trim().max(100).nullable(),
  mcfDemonstrationLevel: DemonstrationLevelSchema.nullable(),
  recognizedYear: year.nullable(),
};

export const ParkFieldsSchema = z
  .object({
    ...parkShape,
    designation: parkShape.designation.default(null),
    mcfDemonstrationLevel: parkShape.mcfDemonstrationLevel.default(null),
    recognizedYear: parkShape.recognizedYear.default(null),
  })
  .strict();
export type ParkFields = z.output<typeof ParkFieldsSchema>;
export type ParkFieldsInput = z.input<typeof ParkFieldsSchema>;

/** `PATCH /admin/parks/{id}`: any of the fields (no defaults: an omitted field stays as it is); at least one. */
export const ParkChangesSchema = z
  .object(parkShape)
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: 'name at least one field to change' });
export type ParkChanges = z.output<typeof ParkChangesSchema>;

export const ParkSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: ParkKindSchema,
  regionCodes: z.array(z.string()),
  sectors: z.array(z.enum(SECTOR_CODES)),
  description: z.string(),
  designation: z.string().nullable(),
  mcfDemonstrationLevel: DemonstrationLevelSchema.nullable(),
  recognizedYear: z.number().int().nullable(),
  /** Demo data (loaded by DEMO_DATA from the action plan), shown with a 演示 tag. */
  isDemo: z.boolean(),
  /** Firms whose published profile names this park. */
  organizationCount: z.number().int(),
  updatedAt: z.string(),
});
export type ParkSummary = z.infer<typeof ParkSummarySchema>;

export const ParkOrganizationSchema = z.object({
  organizationId: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
  isDemo: z.boolean(),
});
export type ParkOrganization = z.infer<typeof ParkOrganizationSchema>;

export const ParkDetailSchema = ParkSummarySchema.extend({
  /** Passages of the action plan it is described from (demo data), else empty. */
  sources: z.array(z.string()),
  organizations: z.array(ParkOrganizationSchema),
});
export type ParkDetail = z.infer<typeof ParkDetailSchema>;

export const ParkPageSchema = pageOf(ParkSummarySchema);
export type ParkPage = z.infer<typeof ParkPageSchema>;

export const ParkQuerySchema = PageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: ParkKindSchema.optional(),
  regionCode: z.string().trim().regex(/^\d{6}$/, 'must be a six-digit region code').optional(),
  sector: z.enum(SECTOR_CODES).optional(),
  mcfDemonstrationLevel: DemonstrationLevelSchema.optional(),
});
export type ParkQuery = z.infer<typeof ParkQuerySchema>;
