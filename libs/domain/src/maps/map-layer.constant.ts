/**
 * The layers of the 招商地图 / 人才地图: each counts one kind of public listing per county of Xianning.
 * A new layer (projects by stage, parks, talents by specialty) is appended here and gets one provider in
 * the API's maps module; nothing else in the rule changes.
 */
export const MAP_LAYER_KEYS = ['firms', 'demands', 'projects', 'parks'] as const;
export type MapLayerKey = (typeof MAP_LAYER_KEYS)[number];

/**
 * What a layer's counts are broken down by, per county: sector codes for firms, demands and parks (and
 * for talents' specialties); projects by their stage (前期论证, 建设中, 投产/运营).
 */
export const MAP_BREAKDOWNS = ['SECTOR', 'STAGE'] as const;
export type MapBreakdown = (typeof MAP_BREAKDOWNS)[number];
