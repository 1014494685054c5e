/**
 * What the bases-and-parks registry holds: the plan's layout “两基地、三区、多点” (BASE, ZONE, POINT), the
 * parks it names (PARK) and the dual-use innovation platforms it asks to cultivate (PLATFORM). Stored and
 * sent over the wire, so a code is never renamed.
 */
export const PARK_KINDS = ['BASE', 'ZONE', 'POINT', 'PARK', 'PLATFORM'] as const;
export type ParkKind = (typeof PARK_KINDS)[number];

/** The level at which a place is recognised as a 军民融合示范基地 (null: not recognised as one). */
export const DEMONSTRATION_LEVELS = ['NATIONAL', 'PROVINCIAL', 'MUNICIPAL'] as const;
export type DemonstrationLevel = (typeof DEMONSTRATION_LEVELS)[number];

export const PARK_KIND_ZH: Readonly<Record<ParkKind, string>> = {
  BASE: '基地',
  ZONE: '产业集聚区',
  POINT: '多点布局',
  PARK: '园区',
  PLATFORM: '创新平台',
};

export const DEMONSTRATION_LEVEL_ZH: Readonly<Record<DemonstrationLevel, string>> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  MUNICIPAL: '市级',
};
