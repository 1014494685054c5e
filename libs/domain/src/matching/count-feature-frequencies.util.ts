import { type FeatureFrequencies } from './match-context.types.js';
import { type ProfileFeatures } from './profile-features.util.js';

/** Document frequencies over a set of profiles: in how many of them each feature occurs. */
export function countFeatureFrequencies(profiles: Iterable<ProfileFeatures>): FeatureFrequencies {
  const counts: Record<string, number> = {};
  let documents = 0;
  for (const profile of profiles) {
    documents += 1;
    for (const key of Object.keys(profile)) counts[key] = (counts[key] ?? 0) + 1;
  }
  return { documents, counts };
}
