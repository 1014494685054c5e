import { PROFILE_STALE_AFTER_DAYS } from '../profiles/profile-completeness.util.js';
import { FRESH_PROFILE_DAYS } from './match-component.constant.js';

const DAY_MS = 86_400_000;

/**
 * How recently a firm confirmed its profile, 0..1: full for 90 days, then falling linearly to 0 when the
 * profile turns stale (365 days). Never confirmed, or an unreadable instant, counts as stale.
 */
export function freshnessScore(lastConfirmedAt: string | null, now: Date): number {
  if (lastConfirmedAt === null) return 0;
  const confirmed = Date.parse(lastConfirmedAt);
  if (Number.isNaN(confirmed)) return 0;
  const days = (now.getTime() - confirmed) / DAY_MS;
  if (days <= FRESH_PROFILE_DAYS) return 1;
  if (days >= PROFILE_STALE_AFTER_DAYS) return 0;
  return (PROFILE_STALE_AFTER_DAYS - days) / (PROFILE_STALE_AFTER_DAYS - FRESH_PROFILE_DAYS);
}
