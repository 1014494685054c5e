/**
 * The rank score of an alert, 0..1 (higher is listed first): 1 for an item unlike anything the user
 * marked not relevant, lowered by its similarity to those items. Rounded to three decimals so that the
 * stored score and the listed one are the same number.
 */
export function alertRankScore(similarity: number): number {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(similarity) ? similarity : 0));
  return Math.round((1 - clamped) * 1000) / 1000;
}
