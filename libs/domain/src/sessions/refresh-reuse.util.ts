/**
 * How long a rotated refresh token may still be presented once and answered with the successor it was
 * already rotated to: two tabs (or a request and its retry) that refresh with the same cookie at once
 * are one user, not a thief. Past the window, or on a second reuse, the token counts as stolen.
 */
export const REFRESH_REUSE_GRACE_MS = 30_000;

export type RefreshReuseVerdict = 'SAME_SUCCESSOR' | 'THEFT';

/** What a rotated refresh token presented again means: the same session inside the grace window, theft after it. */
export function refreshReuseVerdict(
  token: { rotatedAt: Date; graceUsedAt: Date | null },
  now: Date,
  graceMs: number = REFRESH_REUSE_GRACE_MS,
): RefreshReuseVerdict {
  if (token.graceUsedAt !== null) return 'THEFT';
  // A rotation that looks later than now (clocks of two replicas apart) was concurrent: inside the window.
  return now.getTime() - token.rotatedAt.getTime() <= graceMs ? 'SAME_SUCCESSOR' : 'THEFT';
}
