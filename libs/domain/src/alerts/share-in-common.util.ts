/** The share of two sets' values that both hold (Jaccard), 0..1; 0 when both are empty. */
export function shareInCommon(a: Iterable<string>, b: Iterable<string>): number {
  const left = new Set(a);
  const right = new Set(b);
  const union = new Set([...left, ...right]).size;
  if (union === 0) return 0;
  return [...left].filter((value) => right.has(value)).length / union;
}
