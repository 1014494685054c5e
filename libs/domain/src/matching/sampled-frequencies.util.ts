import { type FeatureFrequencies } from './match-context.types.js';

/**
 * Document frequencies counted over a sample of the documents (the newest published demands), scaled to all
 * of them: a frequency is a share, and counting every open demand for every term of every demand matched
 * costs seconds at 10⁵ demands. Exact when the sample holds every document.
 */
export function scaleSampledFrequencies(
  counts: Readonly<Record<string, number>>,
  sampled: number,
  documents: number,
): FeatureFrequencies {
  const scale = sampled === 0 || sampled >= documents ? 1 : documents / sampled;
  return { documents, counts: Object.fromEntries(Object.entries(counts).map(([term, n]) => [term, n * scale])) };
}
