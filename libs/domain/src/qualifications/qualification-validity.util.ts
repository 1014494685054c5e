/** The statuses of a qualification certificate on the platform. */
export const QUALIFICATION_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

export interface QualificationValidityInput {
  status: QualificationStatus;
  /** ISO date (YYYY-MM-DD) the certificate is valid through. */
  expiresOn: string;
}

/** The calendar day of an instant in China (UTC+8), where the certificates are issued. */
export function chinaDateOf(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

/**
 * Whether a certificate counts on `onDate` (YYYY-MM-DD, a demand's deadline or today): only when an
 * administrator approved it and it is valid through that day. Pending, rejected and expired never count.
 */
export function qualificationCountsOn(qualification: QualificationValidityInput, onDate: string): boolean {
  return qualification.status === 'APPROVED' && qualification.expiresOn >= onDate;
}

/** Shown as vetted (核验) today: approved and not yet expired. */
export function isVettedNow(qualification: QualificationValidityInput, now: Date): boolean {
  return qualificationCountsOn(qualification, chinaDateOf(now));
}

/** Whole days from `now` (China date) until the expiry date; negative once expired. */
export function daysUntilExpiry(expiresOn: string, now: Date): number {
  const today = Date.parse(`${chinaDateOf(now)}T00:00:00Z`);
  return Math.round((Date.parse(`${expiresOn}T00:00:00Z`) - today) / 86_400_000);
}

/** Owners are reminded 60, 30 and 7 days before a certificate expires. */
export const EXPIRY_REMINDER_DAYS = [60, 30, 7] as const;

/** The reminder (days before expiry) due now that has not been sent yet, if any: the nearest one. */
export function dueExpiryReminder(expiresOn: string, now: Date, alreadySent: readonly number[]): number | null {
  const days = daysUntilExpiry(expiresOn, now);
  if (days < 0) return null;
  const due = EXPIRY_REMINDER_DAYS.filter((threshold) => days <= threshold && !alreadySent.includes(threshold));
  return due.length > 0 ? Math.min(...due) : null;
}

/** The windows of the administrators' expiry watch (到期预警): certificates expiring within 30, 60 or 90 days. */
export const EXPIRY_WATCH_WINDOWS = [30, 60, 90] as const;
export type ExpiryWatchWindow = (typeof EXPIRY_WATCH_WINDOWS)[number];

/**
 * The narrowest watch window a certificate expiring in `daysLeft` days falls in (0 = expires today), or
 * null when it has lapsed or is further away than the widest. An administrator reminds an owner once
 * per certificate and window.
 */
export function expiryWatchWindow(daysLeft: number): ExpiryWatchWindow | null {
  if (daysLeft < 0) return null;
  return EXPIRY_WATCH_WINDOWS.find((window) => daysLeft <= window) ?? null;
}
