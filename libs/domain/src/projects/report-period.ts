/**
 * Progress reports are due once a quarter: a period is written `YYYY-Qn` (2026-Q3). Dates are China
 * dates (YYYY-MM-DD) throughout; the caller decides what "today" is.
 */
export const REPORT_PERIOD_PATTERN = /^(\d{4})-Q([1-4])$/;

/** Days after a quarter ends before its report counts as overdue. */
export const REPORT_GRACE_DAYS = 15;

export interface ReportPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parseReportPeriod(period: string): ReportPeriod | null {
  const match = REPORT_PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2100) return null;
  return { year, quarter: Number(match[2]) as ReportPeriod['quarter'] };
}

export function formatReportPeriod(period: ReportPeriod): string {
  return `${period.year}-Q${period.quarter}`;
}

/** The quarter a China date (YYYY-MM-DD) falls in. */
export function reportPeriodOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return formatReportPeriod({ year, quarter: (Math.floor((month - 1) / 3) + 1) as ReportPeriod['quarter'] });
}

/** First and last day of a period. */
export function reportPeriodBounds(period: string): { start: string; end: string } {
  const parsed = parseReportPeriod(period);
  if (!parsed) throw new Error(`not a report period: ${period}`);
  const startMonth = (parsed.quarter - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(parsed.year, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    start: `${parsed.year}-${pad(startMonth)}-01`,
    end: `${parsed.year}-${pad(endMonth)}-${pad(lastDay)}`,
  };
}

function nextPeriod(period: ReportPeriod): ReportPeriod {
  return period.quarter === 4
    ? { year: period.year + 1, quarter: 1 }
    : { year: period.year, quarter: (period.quarter + 1) as ReportPeriod['quarter'] };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day a period's report becomes overdue (the quarter's end plus the grace days). */
export function reportDueDate(period: string, graceDays = REPORT_GRACE_DAYS): string {
  return addDays(reportPeriodBounds(period).end, graceDays);
}

/** Whether a report may be filed for `period` on `today`: the quarter has begun. */
export function isReportPeriodOpen(period: string, today: string): boolean {
  const parsed = parseReportPeriod(period);
  return parsed !== null && reportPeriodBounds(period).start <= today;
}

/**
 * The periods whose report is due and not filed: every quarter from the one `reportingFrom` falls in
 * whose due date (end + grace) has passed by `today`, less those with a report filed (submitted or
 * accepted; one sent back for revision does not count). Oldest first.
 */
export function missingReportPeriods(input: {
  reportingFrom: string | null;
  today: string;
  filedPeriods: Iterable<string>;
  graceDays?: number;
}): string[] {
  if (!input.reportingFrom || input.reportingFrom > input.today) return [];
  const filed = new Set(input.filedPeriods);
  const missing: string[] = [];
  let period = parseReportPeriod(reportPeriodOf(input.reportingFrom))!;
  for (;;) {
    const label = formatReportPeriod(period);
    if (reportDueDate(label, input.graceDays ?? REPORT_GRACE_DAYS) >= input.today) break;
    if (!filed.has(label)) missing.push(label);
    period = nextPeriod(period);
  }
  return missing;
}
