import type { RoadmapEntry } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';

/**
 * One kind of listing on the 技术路线图: the public listings of a sector, newest first, at most
 * `limit`. Demands today; technology offers and projects add a source each.
 */
export interface RoadmapSource {
  readonly kind: RoadmapEntry['kind'];
  entries(sector: SectorCode, limit: number): Promise<RoadmapEntry[]>;
}

/** Every roadmap source, as one array (see MapsModule). */
export const ROADMAP_SOURCES = Symbol('ROADMAP_SOURCES');
