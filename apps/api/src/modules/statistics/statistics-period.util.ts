import { chinaDateOf } from '@mcf/domain';

/** China keeps UTC+8 all year (no daylight saving time), so a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar the statistics are counted in, for one moment. */
export interface StatisticsPeriod {
  /** Today in China, `YYYY-MM-DD`. */
  today: string;
  /** The last day counted as "expiring soon": today plus `expiringWithinDays`. */
  expiringUntil: string;
  /** The months of the funnel, `YYYY-MM`, oldest first, the current one last. */
  months: string[];
  /** The instant the first of those months began in China. */
  monthsFrom: Date;
}

const monthKey = (year: number, monthIndex: number) => `${year}-${String(monthIndex + 1).padStart(2, '0')}`;

export function statisticsPeriod(
  now: Date,
  monthCount: number,
  expiringWithinDays: number,
): StatisticsPeriod {
  const china = new Date(now.getTime() + CHINA_OFFSET_MS);
  const year = china.getUTCFullYear();
  const month = china.getUTCMonth();
  const months: string[] = [];
  for (let back = monthCount - 1; back >= 0; back--) {
    const first = new Date(Date.UTC(year, month - back, 1));
    months.push(monthKey(first.getUTCFullYear(), first.getUTCMonth()));
  }
  const today = chinaDateOf(now);
  return {
    today,
    expiringUntil: new Date(Date.parse(`${today}T00:00:00Z`) + expiringWithinDays * DAY_MS)
      .toISOString()
      .slice(0, 10),
    months,
    monthsFrom: new Date(Date.UTC(year, month - (monthCount - 1), 1) - CHINA_OFFSET_MS),
  };
}
