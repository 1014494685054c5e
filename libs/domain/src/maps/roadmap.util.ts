import type { SectorCode } from '../sectors/sector-code.constant.js';

/**
 * The plan's key sectors, in its order: the three industrial clusters of "三区" (新材料, 智能装备,
 * 生物医药), the 应急 base of "两基地" (赤壁国家应急产业示范基地) and 军事后勤, the "咸宁支点".
 */
export const ROADMAP_KEY_SECTORS = [
  'NEW_MATERIALS',
  'INTELLIGENT_EQUIPMENT',
  'BIOMEDICINE',
  'EMERGENCY',
  'LOGISTICS',
] as const satisfies readonly SectorCode[];

/** One listing on the roadmap: a demand today; offers and projects append their kinds. */
export interface RoadmapEntry {
  kind: string;
  id: string;
  /** `YYYY-MM-DD` (China time) it starts on the roadmap: a demand's publication. */
  startsOn: string;
  /** `YYYY-MM-DD` it ends: a demand's deadline, if it has one. */
  endsOn: string | null;
}

/** `2026-Q4` of a `YYYY-MM-DD` date. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The `YYYY-MM-DD` date of an instant in a time zone (China time for the roadmap). */
export function calendarDateIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

/**
 * The roadmap's periods: entries by the quarter they start in, oldest quarter first and, inside one,
 * by start date then end date (open-ended last) then id, so that the same data always reads the same.
 */
export function roadmapPeriods<T extends RoadmapEntry>(entries: readonly T[]): { period: string; entries: T[] }[] {
  const sorted = [...entries].sort(
    (a, b) =>
      a.startsOn.localeCompare(b.startsOn) ||
      (a.endsOn ?? '9999-12-31').localeCompare(b.endsOn ?? '9999-12-31') ||
      a.kind.localeCompare(b.kind) ||
      a.id.localeCompare(b.id),
  );
  const periods: { period: string; entries: T[] }[] = [];
  for (const entry of sorted) {
    const period = quarterOf(entry.startsOn);
    const last = periods.at(-1);
    if (last?.period === period) last.entries.push(entry);
    else periods.push({ period, entries: [entry] });
  }
  return periods;
}
