import { MAP_BREAKDOWNS, MAP_LAYER_KEYS, SECTOR_CODES } from '@mcf/domain';
import { z } from 'zod';

export { MAP_LAYER_KEYS, type MapLayerKey } from '@mcf/domain';

/** `{layer}` of `GET /maps/layers/{layer}`; an unknown layer answers 404. */
export const MapLayerKeySchema = z.enum(MAP_LAYER_KEYS);

/** `?sector=` of the map's layers: only listings naming this sector count. */
export const MapLayerQuerySchema = z.object({
  sector: z.enum(SECTOR_CODES).optional(),
});
export type MapLayerQuery = z.infer<typeof MapLayerQuerySchema>;

export const MapCountyCountSchema = z.object({
  /** GB/T 2260 code of the county (咸安区 421202 …). */
  regionCode: z.string(),
  total: z.number().int().nonnegative(),
  /** Per breakdown key (a sector code for firms, demands and parks; a stage for projects), the listings naming it, most first. */
  breakdown: z.array(z.object({ key: z.string(), count: z.number().int().nonnegative() })),
});
export type MapCountyCount = z.infer<typeof MapCountyCountSchema>;

/** One layer of the 招商地图 / 人才地图: public listings counted per county of Xianning, no rows. */
export const MapLayerViewSchema = z.object({
  layer: MapLayerKeySchema,
  /** The city the counties belong to (421200). */
  areaCode: z.string(),
  sector: z.enum(SECTOR_CODES).nullable(),
  breakdown: z.enum(MAP_BREAKDOWNS),
  counties: z.array(MapCountyCountSchema),
  /** Listings in the counties. */
  total: z.number().int().nonnegative(),
  /** Listings of Xianning placed at the city only, not in a county. */
  cityOnly: z.number().int().nonnegative(),
  /** Listings elsewhere in China. */
  elsewhere: z.number().int().nonnegative(),
  /** Listings without a region. */
  unplaced: z.number().int().nonnegative(),
});
export type MapLayerView = z.infer<typeof MapLayerViewSchema>;

/** The layers the API serves, with what each counts and breaks down by. */
export const MapLayerListSchema = z.object({
  layers: z.array(z.object({ layer: MapLayerKeySchema, breakdown: z.enum(MAP_BREAKDOWNS) })),
});
export type MapLayerList = z.infer<typeof MapLayerListSchema>;

/** `?sector=` of the roadmap: required, one sector code. */
export const RoadmapQuerySchema = z.object({
  sector: z.enum(SECTOR_CODES),
});
export type RoadmapQuery = z.infer<typeof RoadmapQuerySchema>;

/** Kinds of listings on the roadmap: demands today; offers and projects append theirs. */
export const ROADMAP_ENTRY_KINDS = ['DEMAND'] as const;
export type RoadmapEntryKind = (typeof ROADMAP_ENTRY_KINDS)[number];

export const RoadmapEntrySchema = z.object({
  kind: z.enum(ROADMAP_ENTRY_KINDS),
  id: z.string(),
  /** What any visitor may read of it: a demand's title (its summary). */
  title: z.string(),
  /** The listing's state in its own words (a demand: PUBLISHED, CLOSED, AWARDED). */
  status: z.string(),
  regionCode: z.string().nullable(),
  sectors: z.array(z.enum(SECTOR_CODES)),
  /** `YYYY-MM-DD`, China time: a demand's publication. */
  startsOn: z.iso.date(),
  /** `YYYY-MM-DD`: a demand's deadline, if any. */
  endsOn: z.iso.date().nullable(),
});
export type RoadmapEntry = z.infer<typeof RoadmapEntrySchema>;

/** 技术路线图 of one sector: its public listings by the quarter they start in, oldest first. */
export const RoadmapViewSchema = z.object({
  sector: z.enum(SECTOR_CODES),
  /** Whether the plan names it among its key sectors. */
  keySector: z.boolean(),
  periods: z.array(z.object({ period: z.string().regex(/^\d{4}-Q[1-4]$/), entries: z.array(RoadmapEntrySchema) })),
  total: z.number().int().nonnegative(),
  /** True when only the most recent `limit` listings are shown. */
  truncated: z.boolean(),
  limit: z.number().int().positive(),
});
export type RoadmapView = z.infer<typeof RoadmapViewSchema>;
