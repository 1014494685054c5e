import { type FeatureFrequencies } from './match-context.types.js';

/**
 * How much finding a feature says, 0..1, from its document frequency over the platform's profiles: the
 * inverse document frequency ln(1 + N/df), divided by its largest value ln(1 + N), so a feature one firm
 * uses weighs 1 and one every firm uses little (系统, 有限公司). Without statistics every feature weighs 1;
 * a feature no profile contains weighs 0 (it cannot tell firms apart: procurement boilerplate, a place).
 */
export function featureWeight(key: string, frequencies: FeatureFrequencies | null): number {
  if (frequencies === null || frequencies.documents <= 0) return 1;
  const count = frequencies.counts[key] ?? 0;
  if (count <= 0) return 0;
  const documents = Math.max(frequencies.documents, count);
  return Math.log(1 + documents / count) / Math.log(1 + documents);
}
